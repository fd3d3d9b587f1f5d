package io.cotasks.cot.eval;

import io.cotasks.store.CotasksException;

/** The endpoint refuses every request (401, 403, 404): the run stops instead of failing each item. */
public final class EndpointException extends CotasksException {

    public EndpointException(String message) {
        super(message);
    }
}
