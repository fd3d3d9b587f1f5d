package io.cotasks.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A golden file: comment lines, then sections that start with {@code ### name}. */
final class GoldenFile {

    private final StringBuilder header = new StringBuilder();
    private final Map<String, String> sections = new LinkedHashMap<>();

    static GoldenFile read(Path file) throws IOException {
        GoldenFile g = new GoldenFile();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("### ")) {
                if (current != null) {
                    g.sections.put(current, body.toString());
                }
                current = line.substring(4).strip();
                body.setLength(0);
            } else if (current == null) {
                g.header.append(line).append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            g.sections.put(current, body.toString());
        }
        return g;
    }

    boolean has(String name) {
        return sections.containsKey(name);
    }

    String section(String name) {
        return sections.getOrDefault(name, "");
    }

    void put(String name, String value) {
        sections.put(name, value.endsWith("\n") || value.isEmpty() ? value : value + "\n");
    }

    void write(Path file) throws IOException {
        StringBuilder sb = new StringBuilder(header);
        sections.forEach((name, body) -> sb.append("### ").append(name).append('\n').append(body));
        Files.writeString(file, sb);
    }
}
