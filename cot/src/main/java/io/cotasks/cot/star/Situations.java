package io.cotasks.cot.star;

import java.util.List;

/** A set of keyframes (frame indices, sorted) of one question's situation. */
public record Situations(List<Integer> keyframes) {

    public Situations {
        keyframes = List.copyOf(keyframes);
    }

    @Override
    public String toString() {
        if (keyframes.isEmpty()) {
            return "no keyframes";
        }
        return keyframes.size() + " keyframes " + keyframes.get(0) + ".." + keyframes.get(keyframes.size() - 1);
    }
}
