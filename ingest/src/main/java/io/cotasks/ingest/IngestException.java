package io.cotasks.ingest;

/**
 * Bad input in one unit. The message is one line that starts with the location: {@code file: $.json.path:
 * problem} or {@code file:line: problem}. The unit is skipped and reported; other units still run.
 */
public final class IngestException extends RuntimeException {

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
