package io.cotasks.app;

import io.cotasks.store.ErrorKind;

/** The CLI's exit codes: 0 success, then one per {@link ErrorKind}. */
final class ExitCodes {

    private ExitCodes() {
    }

    static int of(ErrorKind kind) {
        return switch (kind) {
            case FAILURE -> 1;
            case USAGE -> 2;
            case QUERY -> 3;
        };
    }
}
