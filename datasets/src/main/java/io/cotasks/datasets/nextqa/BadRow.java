package io.cotasks.datasets.nextqa;

import java.nio.file.Path;

/**
 * A row the reader skipped, with why.
 *
 * @param file   the CSV
 * @param line   the row's line (the header is line 1)
 * @param reason one phrase, e.g. {@code expected 13 fields, found 9}
 */
public record BadRow(Path file, long line, String reason) {

    /** {@code file:line: reason}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
