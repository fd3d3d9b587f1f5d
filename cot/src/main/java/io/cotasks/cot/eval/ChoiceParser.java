package io.cotasks.cot.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the option a model chose in its free-text reply: a bare letter ("B", "(B)", "B."), a stated answer
 * ("The answer is (C) keep warm", "Option: D"), or the option's own text. Replies that name no option or
 * several different ones are malformed (empty), never guessed.
 */
public final class ChoiceParser {

    private static final Pattern LEADING_LETTER = Pattern.compile("^[(\\[]?([A-Z])(?:[)\\].:,]|$|\\s++(?![a-z]))");
    private static final Pattern STATED = Pattern.compile(
            "(?i:answer|option|choice)(?:\\s+(?i:is|would be|should be))?\\s*[:\\-]?\\s*[(\\[]?([A-Z])(?![A-Za-z])");
    private static final Pattern PARENTHESISED = Pattern.compile("[(\\[]([A-Z])[)\\]]");
    private static final Pattern EMPHASIS = Pattern.compile("[*`]+");
    private static final Pattern DECORATION = Pattern.compile("^[\\s_\"']+|[\\s_\"']+$");

    private ChoiceParser() {
    }

    /** The index of the chosen option, or empty when the reply names none or several. */
    public static OptionalInt parse(String reply, List<String> choices) {
        if (reply == null) {
            return OptionalInt.empty();
        }
        String text = DECORATION.matcher(EMPHASIS.matcher(reply).replaceAll("").strip()).replaceAll("");
        Set<Integer> letters = new LinkedHashSet<>();
        for (Pattern pattern : List.of(LEADING_LETTER, STATED, PARENTHESISED)) {
            letters.addAll(letters(pattern.matcher(text), choices.size()));
        }
        if (letters.size() > 1) {
            return OptionalInt.empty();
        }
        return letters.isEmpty() ? byOptionText(text, choices) : OptionalInt.of(letters.iterator().next());
    }

    private static Set<Integer> letters(Matcher matcher, int n) {
        Set<Integer> found = new LinkedHashSet<>();
        while (matcher.find()) {
            int index = matcher.group(1).charAt(0) - 'A';
            if (index < n) {
                found.add(index);
            }
        }
        return found;
    }

    private static OptionalInt byOptionText(String text, List<String> choices) {
        String reply = normalize(text);
        if (reply.isEmpty()) {
            return OptionalInt.empty();
        }
        List<Integer> contained = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            String option = normalize(choices.get(i));
            if (option.isEmpty()) {
                continue;
            }
            if (option.equals(reply)) {
                return OptionalInt.of(i);
            }
            if ((" " + reply + " ").contains(" " + option + " ")) {
                contained.add(i);
            }
        }
        // "sit on stairs" contains "sit": keep only the longest options that do not sit inside another match
        contained.removeIf(i -> contained.stream().anyMatch(j -> !j.equals(i)
                && normalize(choices.get(j)).contains(normalize(choices.get(i)))));
        return contained.size() == 1 ? OptionalInt.of(contained.get(0)) : OptionalInt.empty();
    }

    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
