package io.cotasks.store;

import java.util.ArrayList;
import java.util.List;

/** The string literals and text blocks of a Java source, outside comments and character literals. */
final class JavaLiterals {

    /** A literal's text as written (escapes kept) and the line it starts on. */
    record Literal(int line, String text) {
    }

    private JavaLiterals() {
    }

    static List<Literal> of(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (c == '\'') {
                i = closing(source, i + 1, "'");
            } else if (c == '"') {
                String quote = source.startsWith("\"\"\"", i) ? "\"\"\"" : "\"";
                int end = closing(source, i + quote.length(), quote);
                literals.add(new Literal(line, source.substring(i + quote.length(), end - quote.length())));
                line += count(source, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return literals;
    }

    /** The index just after the closing quote, skipping escaped characters. */
    private static int closing(String source, int from, String quote) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), i + quote.length());
    }

    private static int count(String source, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
