package io.cotasks.cot.star;

/** An action as the STAR program sees it: a verb and an object class. */
public record StarAction(String verb, String object) {

    @Override
    public String toString() {
        return verb + " " + object;
    }
}
