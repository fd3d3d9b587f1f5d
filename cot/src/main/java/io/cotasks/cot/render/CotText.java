package io.cotasks.cot.render;

import io.cotasks.cot.CotStep;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the four steps as compact text under a token budget.
 *
 * <p>Format, one line per step: {@code [n Task] summary | item; item; item (+k more)}.
 *
 * <p>Tokens are counted as runs of letters, runs of digits and single other non-space characters, which
 * is close to (and rarely below) what BPE tokenizers of video LLMs produce for this text. Truncation rule:
 * while the text is over budget, drop the last evidence item of the step that has the most items left
 * (the later step on ties) and note the count as {@code (+k more)}; when no evidence is left, drop those
 * notes, then cut the summaries' ends word by word, the last step first, marking the cut with an ellipsis character (one token).
 * The step tags and the first word of each summary always stay (about 30 tokens).
 */
public final class CotText {

    private CotText() {
    }

    /**
     * The token count of a text under the rule above: what the pattern {@code [A-Za-z]+|[0-9]+|[^\sA-Za-z0-9]}
     * finds, counted by a scan (a regex matcher was 4% of {@code bench cot}'s time).
     */
    public static int tokens(String text) {
        int n = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (isLetter(c)) {
                do {
                    i++;
                } while (i < length && isLetter(text.charAt(i)));
                n++;
            } else if (isDigit(c)) {
                do {
                    i++;
                } while (i < length && isDigit(text.charAt(i)));
                n++;
            } else {
                // one code point, as the pattern's class matches: a surrogate pair is one token
                n += isSpace(c) ? 0 : 1;
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return n;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The pattern's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** The steps' texts, fitted together under {@code maxTokens}. */
    public static List<CotStep> fit(List<StepDraft> drafts, int maxTokens) {
        int count = drafts.size();
        List<List<String>> items = new ArrayList<>();
        int[] dropped = new int[count];
        String[] summaries = new String[count];
        // Token counts are additive over the parts: items are joined by "; ", which is one token.
        int[][] itemTokens = new int[count][];
        int total = 0;
        for (int i = 0; i < count; i++) {
            items.add(new ArrayList<>(drafts.get(i).evidence()));
            summaries[i] = drafts.get(i).summary();
            itemTokens[i] = items.get(i).stream().mapToInt(CotText::tokens).toArray();
            total += tokens(line(i, drafts.get(i), summaries[i], items.get(i), 0));
        }
        boolean notes = true;
        while (total > maxTokens) {
            int victim = -1;
            for (int i = 0; i < count; i++) {
                if (!items.get(i).isEmpty() && (victim < 0 || items.get(i).size() >= items.get(victim).size())) {
                    victim = i;
                }
            }
            if (victim >= 0) {
                List<String> list = items.get(victim);
                int last = list.size() - 1;
                total -= itemTokens[victim][last] + (last > 0 ? 1 : 0);
                list.remove(last);
                total -= noteTokens(dropped[victim]);
                dropped[victim]++;
                total += noteTokens(dropped[victim]);
                continue;
            }
            if (notes) {
                notes = false;
            } else if (!cutSummary(summaries)) {
                break;
            }
            total = 0;
            for (int i = 0; i < count; i++) {
                total += tokens(line(i, drafts.get(i), summaries[i], items.get(i), notes ? dropped[i] : 0));
            }
        }
        List<CotStep> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            steps.add(new CotStep(drafts.get(i).task(), drafts.get(i).statements(),
                    line(i, drafts.get(i), summaries[i], items.get(i), notes ? dropped[i] : 0)));
        }
        return steps;
    }

    /** Tokens of the " | " and " (+k more)" a step gains when it has dropped {@code k} items. */
    private static int noteTokens(int dropped) {
        return dropped == 0 ? 0 : tokens("(+" + dropped + " more)");
    }

    /** All step texts, one per line. */
    public static String join(List<CotStep> steps) {
        return String.join("\n", steps.stream().map(CotStep::text).toList());
    }

    private static boolean cutSummary(String[] summaries) {
        for (int i = summaries.length - 1; i >= 0; i--) {
            String s = summaries[i].endsWith(" \u2026") ? summaries[i].substring(0, summaries[i].length() - 2) : summaries[i];
            int space = s.lastIndexOf(' ');
            if (space > 0) {
                summaries[i] = s.substring(0, space) + " \u2026";
                return true;
            }
        }
        return false;
    }

    private static String line(int index, StepDraft draft, String summary, List<String> items, int dropped) {
        StringBuilder sb = new StringBuilder("[").append(index + 1).append(' ').append(draft.task().title())
                .append("] ").append(summary);
        if (!items.isEmpty() || dropped > 0) {
            sb.append(" | ").append(String.join("; ", items));
            if (dropped > 0) {
                sb.append(items.isEmpty() ? "" : " ").append("(+").append(dropped).append(" more)");
            }
        }
        return sb.toString();
    }
}
