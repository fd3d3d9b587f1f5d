package io.cotasks.cot.nextqa;

import io.cotasks.cot.nextqa.QuestionParse.Part;

import java.util.List;
import java.util.Set;

/**
 * Phrases naming a part of the video: "at the (very) beginning/start (of the video)", "at first", an adverbial
 * "first"; "in the middle (of the video)", "halfway/midway (through the video)"; "at/near/towards the end (of
 * the video)", "in the end", "finally", "eventually", "lastly", "at last". "At the end of the slide" names a
 * place, not a part of the video, and is left alone.
 */
final class PartPhrases {

    private static final Set<String> LEADS = Set.of("at", "in", "near", "towards", "toward", "by", "around", "from",
            "during", "until", "till");
    private static final Set<String> OF_VIDEO = Set.of("video", "clip", "film", "scene", "recording");

    private PartPhrases() {
    }

    /** The part named, marking the phrase's words in {@code removed}; null when none is named. */
    static Part find(List<String> w, List<String> tags, boolean[] removed) {
        for (int i = 0; i < w.size(); i++) {
            String x = w.get(i);
            Part part = switch (x) {
                case "beginning", "start" -> Part.BEGINNING;
                case "middle" -> Part.MIDDLE;
                case "end" -> Part.END;
                default -> null;
            };
            if (part != null && i >= 2 && "the".equals(w.get(i - 1)) || part != null && i >= 3
                    && "very".equals(w.get(i - 1)) && "the".equals(w.get(i - 2))) {
                int the = "very".equals(w.get(i - 1)) ? i - 2 : i - 1;
                if (the >= 1 && LEADS.contains(w.get(the - 1)) && ofVideoOrNothing(w, i + 1)) {
                    mark(removed, the - 1, i + 1 + ofLength(w, i + 1));
                    return part;
                }
            }
            if (("halfway".equals(x) || "midway".equals(x))) {
                int to = i + 1;
                if (to < w.size() && "through".equals(w.get(to))) {
                    to++;
                    to += ofVideoAfterThrough(w, to);
                }
                mark(removed, i, to);
                return Part.MIDDLE;
            }
            if (Set.of("finally", "eventually", "lastly").contains(x)) {
                mark(removed, i, i + 1);
                return Part.END;
            }
            if ("at".equals(x) && i + 1 < w.size() && Set.of("first", "last").contains(w.get(i + 1))) {
                mark(removed, i, i + 2);
                return "first".equals(w.get(i + 1)) ? Part.BEGINNING : Part.END;
            }
            if ("first".equals(x) && "ADV".equals(tags.get(i))) {
                mark(removed, i, i + 1);
                return Part.BEGINNING;
            }
        }
        return null;
    }

    private static boolean ofVideoOrNothing(List<String> w, int i) {
        return i >= w.size() || !"of".equals(w.get(i)) || ofLength(w, i) > 0;
    }

    /** Length of "of the video" at {@code i}, 0 when absent. */
    private static int ofLength(List<String> w, int i) {
        if (i + 2 < w.size() && "of".equals(w.get(i)) && "the".equals(w.get(i + 1)) && OF_VIDEO.contains(w.get(i + 2))) {
            return 3;
        }
        return 0;
    }

    private static int ofVideoAfterThrough(List<String> w, int i) {
        return i + 1 < w.size() && "the".equals(w.get(i)) && OF_VIDEO.contains(w.get(i + 1)) ? 2 : 0;
    }

    private static void mark(boolean[] removed, int from, int to) {
        for (int k = from; k < Math.min(to, removed.length); k++) {
            removed[k] = true;
        }
    }
}
