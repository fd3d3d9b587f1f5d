package io.cotasks.app.repl;

import io.cotasks.query.error.QueryException;

/** A query error as the CLI prints it: the one-line message, the offending line, a caret under the column. */
public final class QueryErrors {

    private QueryErrors() {
    }

    /**
     * {@code line L:C: message}, then the line of {@code source} it points at, then a caret.
     *
     * @param prefix printed before the message, e.g. {@code "error: "} or {@code "script.ctq: "}
     */
    public static String describe(QueryException e, String source, String prefix) {
        StringBuilder sb = new StringBuilder(prefix).append(e.getMessage());
        String[] lines = source.split("\r?\n", -1);
        if (e.line() >= 1 && e.line() <= lines.length) {
            String line = lines[e.line() - 1].replace('\t', ' ');
            sb.append('\n').append("  ").append(line).append('\n').append("  ")
                    .append(" ".repeat(Math.max(0, Math.min(e.column() - 1, line.length())))).append('^');
        }
        return sb.toString();
    }
}
