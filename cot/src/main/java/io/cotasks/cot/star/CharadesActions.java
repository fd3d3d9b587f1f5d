package io.cotasks.cot.star;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The Charades action classes that have a STAR verb and object (shipped table, see its header). */
public final class CharadesActions {

    /** One mapped class. */
    public record Mapping(String charadesId, String starId, String verb, String object) {
    }

    private static final Map<String, Mapping> TABLE = load();

    private CharadesActions() {
    }

    /** The STAR verb and object of a Charades class, when STAR has one. */
    public static Optional<Mapping> of(String charadesId) {
        return Optional.ofNullable(TABLE.get(charadesId));
    }

    private static Map<String, Mapping> load() {
        Map<String, Mapping> table = new HashMap<>();
        try (InputStream in = CharadesActions.class.getResourceAsStream("charades_to_star.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                table.put(f[0], new Mapping(f[0], f[1], f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
