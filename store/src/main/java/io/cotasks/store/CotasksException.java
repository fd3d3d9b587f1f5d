package io.cotasks.store;

/**
 * An error the user can act on: the CLI prints its message as one line and exits with the code of its
 * {@link ErrorKind}. Messages name the location: file:line, a JSON path or a DSL line:column.
 */
public class CotasksException extends RuntimeException {

    /** Shorthands for the kinds, so that call sites read {@code CotasksException.USAGE}. */
    public static final ErrorKind RUNTIME = ErrorKind.FAILURE;
    public static final ErrorKind USAGE = ErrorKind.USAGE;
    public static final ErrorKind QUERY = ErrorKind.QUERY;

    private final ErrorKind kind;

    public CotasksException(String message) {
        this(message, ErrorKind.FAILURE, null);
    }

    public CotasksException(String message, ErrorKind kind, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
