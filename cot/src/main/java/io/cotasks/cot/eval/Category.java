package io.cotasks.cot.eval;

import java.util.List;
import java.util.Set;

/**
 * A row of the report: one NExT-QA type code, a group of them, or all.
 *
 * @param name  the row label
 * @param types the type codes it covers
 */
public record Category(String name, Set<String> types) {

    public static final List<Category> TYPES = List.of("CW", "CH", "TN", "TC", "TP", "DL", "DC", "DO", "DB").stream()
            .map(t -> new Category(t, Set.of(t))).toList();
    public static final Category CAUSAL = new Category("Causal", Set.of("CW", "CH"));
    public static final Category TEMPORAL = new Category("Temporal", Set.of("TN", "TC", "TP"));
    public static final Category DESCRIPTIVE = new Category("Descriptive", Set.of("DL", "DC", "DO", "DB"));
    public static final Category OVERALL = new Category("Overall", Set.of("CW", "CH", "TN", "TC", "TP", "DL", "DC", "DO", "DB"));

    /** The rows in report order: the nine types, the three groups, overall. */
    public static List<Category> rows() {
        return java.util.stream.Stream.concat(TYPES.stream(), java.util.stream.Stream.of(CAUSAL, TEMPORAL, DESCRIPTIVE, OVERALL))
                .toList();
    }
}
