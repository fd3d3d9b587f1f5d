package io.cotasks.cot.nextqa;

import io.cotasks.datasets.nextqa.NextQaType;
import io.cotasks.cot.VideoFacts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The choice the graph supports for a NExT-QA question, if any: for DC the choice naming the number of
 * tracks of the counted category; otherwise the single choice whose verbs name a predicate of an event of
 * the anchor's subject in the plan's window (the anchor itself excluded for TN and TP), most such verbs
 * winning. Null when no choice or several choices score best: free-text answers mostly describe things a
 * scene graph does not hold, and a guess from shared nouns would not be "supported by the graph".
 */
final class NextQaAnswer {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10));

    private NextQaAnswer() {
    }

    static String choose(NextQaPlan plan) {
        List<String> choices = plan.question().choices();
        if (choices.isEmpty() || !plan.grounding().hasEntity()) {
            return null;
        }
        if (NextQaType.DC.is(plan.question().type())) {
            long n = plan.facts().entities().stream()
                    .filter(e -> plan.grounding().categories().contains(e.category())).count();
            List<String> hits = choices.stream().filter(c -> number(c) == n).toList();
            return hits.size() == 1 ? hits.get(0) : null;
        }
        if (plan.anchor() == null) {
            return null;
        }
        Set<String> vocabulary = windowVocabulary(plan);
        Grounder grounder = Grounder.standard();
        int best = 0;
        List<String> winners = new ArrayList<>();
        for (String choice : choices) {
            Grounding g = grounder.ground(choice, plan.facts());
            int score = 0;
            for (String target : g.predicateNames()) {
                if (vocabulary.contains(target)) {
                    score++;
                }
            }
            if (score > best) {
                best = score;
                winners.clear();
            }
            if (score == best && score > 0) {
                winners.add(choice);
            }
        }
        return winners.size() == 1 ? winners.get(0) : null;
    }

    private static Set<String> windowVocabulary(NextQaPlan plan) {
        boolean skipAnchor = NextQaType.TN.is(plan.question().type()) || NextQaType.TP.is(plan.question().type());
        Set<String> out = new LinkedHashSet<>();
        for (VideoFacts.Event e : plan.facts().events()) {
            if (e.begin() < plan.windowEnd() && e.end() > plan.windowBegin() && !(skipAnchor && e.equals(plan.anchor()))
                    && e.subject().equals(plan.anchor().subject())) {
                out.add(e.predicate());
            }
        }
        return out;
    }

    private static long number(String text) {
        for (String w : Grounder.words(text)) {
            if (NUMBERS.containsKey(w)) {
                return NUMBERS.get(w);
            }
        }
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }
}
