package io.cotasks.query.check;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" from a vocabulary: the closest name by edit distance, if close enough. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The closest candidate within an edit distance of a third of the name's length (at least 2); none for
     * names of one or two characters, where every short name would be "close".
     */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        if (name.length() <= 2) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, name.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** Appends ", did you mean 'x'?" when a close candidate exists. */
    public static String hint(String name, Collection<String> candidates) {
        return closest(name, candidates).map(s -> ", did you mean '" + s + "'?").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
