package io.cotasks.cot.star;

import java.util.HashSet;
import java.util.List;

/**
 * The reference executor's situations dict: keyframe ids (as the file writes them, e.g. "000355") in
 * insertion order, each standing for its frame ({@link SituationFrames.Frame}). Equality is a dict's: the
 * same keys in any order (the frames of one question's keys are the same).
 *
 * @param keys   the keyframe ids in insertion order
 * @param frames where each keyframe's actions, relations and objects are read
 */
public record Situations(List<String> keys, SituationFrames frames) {

    public Situations {
        keys = List.copyOf(keys);
    }

    /** The frame of one key. */
    SituationFrames.Frame frame(String key) {
        return new SituationFrames.Frame(frames, key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Situations s && new HashSet<>(keys).equals(new HashSet<>(s.keys));
    }

    @Override
    public int hashCode() {
        return new HashSet<>(keys).hashCode();
    }

    private static String number(String key) {
        return key.matches("\\d{1,9}") ? String.valueOf(Integer.parseInt(key)) : key;
    }

    @Override
    public String toString() {
        if (keys.isEmpty()) {
            return "no keyframes";
        }
        List<String> sorted = keys.stream().sorted().toList();
        return keys.size() + " keyframes " + number(sorted.get(0)) + ".." + number(sorted.get(sorted.size() - 1));
    }
}
