package io.cotasks.store;

/**
 * An error the user can act on: the CLI prints its message as one line and exits with its code
 * (1 runtime failure, 2 usage error, 3 query error). Messages name the location: file:line, a JSON path
 * or a DSL line:column.
 */
public class CotasksException extends RuntimeException {

    public static final int RUNTIME = 1;
    public static final int USAGE = 2;
    public static final int QUERY = 3;

    private final int exitCode;

    public CotasksException(String message) {
        this(message, RUNTIME, null);
    }

    public CotasksException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
