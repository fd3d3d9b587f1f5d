package io.cotasks.store;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A video's captions with the origins that wrote each: {@code Video.captions} and, parallel to it,
 * {@code Video.captionOrigins} (absent when there are no captions) (each the positions in {@code Video.origins}, ascending, comma-separated), so
 * a unit replaces its origin's captions like its other elements. Computed in Java for both backends, after
 * the video node is locked.
 *
 * @param captions the captions, each once, in the order first written
 * @param origins  per caption, the origins that wrote it
 */
record Captions(List<String> captions, List<String> origins) {

    /** The stored lists (either may be null on a video written before caption origins were kept). */
    static Captions of(List<String> captions, List<String> origins) {
        List<String> caps = captions == null ? List.of() : captions;
        List<String> tags = new ArrayList<>(origins == null ? List.of() : origins);
        while (tags.size() < caps.size()) {
            tags.add("");
        }
        return new Captions(caps, tags);
    }

    /** The captions once {@code slot} wrote {@code written} (null: withdrew) instead of what it wrote before. */
    Captions replace(long slot, List<String> written) {
        List<String> caps = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < captions.size(); i++) {
            TreeSet<Long> slots = slots(origins.get(i));
            slots.remove(slot);
            if (written != null && written.contains(captions.get(i))) {
                slots.add(slot);
            }
            if (!slots.isEmpty() || origins.get(i).isEmpty()) {
                caps.add(captions.get(i));
                tags.add(join(slots));
            }
        }
        if (written != null) {
            for (String c : written) {
                if (!caps.contains(c)) {
                    caps.add(c);
                    tags.add(String.valueOf(slot));
                }
            }
        }
        return new Captions(caps, tags);
    }

    private static TreeSet<Long> slots(String tag) {
        TreeSet<Long> slots = new TreeSet<>();
        for (String s : tag.split(",")) {
            if (!s.isEmpty()) {
                slots.add(Long.parseLong(s));
            }
        }
        return slots;
    }

    private static String join(TreeSet<Long> slots) {
        StringBuilder out = new StringBuilder();
        for (long s : slots) {
            out.append(out.length() == 0 ? "" : ",").append(s);
        }
        return out.toString();
    }
}
