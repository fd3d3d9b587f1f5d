package io.cotasks.cot.eval;

import io.cotasks.datasets.nextqa.NextQaType;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A row of the report: one NExT-QA type code, a group of them, or all.
 *
 * @param name  the row label
 * @param types the type codes it covers
 */
public record Category(String name, Set<String> types) {

    public static final List<Category> TYPES = Arrays.stream(NextQaType.values())
            .map(t -> new Category(t.name(), Set.of(t.name()))).toList();
    public static final Category CAUSAL = group(NextQaType.Group.CAUSAL);
    public static final Category TEMPORAL = group(NextQaType.Group.TEMPORAL);
    public static final Category DESCRIPTIVE = group(NextQaType.Group.DESCRIPTIVE);
    public static final Category OVERALL = new Category("Overall",
            Arrays.stream(NextQaType.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet()));

    /** The rows in report order: the nine types, the three groups, overall. */
    public static List<Category> rows() {
        return Stream.concat(TYPES.stream(), Stream.of(CAUSAL, TEMPORAL, DESCRIPTIVE, OVERALL)).toList();
    }

    private static Category group(NextQaType.Group group) {
        return new Category(group.title(), Arrays.stream(NextQaType.values()).filter(t -> t.group() == group)
                .map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }
}
