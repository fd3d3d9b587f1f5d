package io.cotasks.cot.nextqa;

import java.util.List;

/**
 * The question's words found in one video's vocabulary.
 *
 * @param entities   words grounded in entity categories of the video
 * @param predicates words grounded in event predicates of the video
 * @param modifiers  colours and other attributes kept as text (the graph has none)
 * @param ungrounded content words that name nothing in this video
 */
public record Grounding(List<Term> entities, List<Term> predicates, List<String> modifiers, List<String> ungrounded) {

    /**
     * One grounded word.
     *
     * @param word    as written in the question
     * @param lemma   its lemma
     * @param targets the categories or predicates of the video it names
     */
    public record Term(String word, String lemma, List<String> targets) {
        @Override
        public String toString() {
            return word + "->" + String.join("|", targets);
        }
    }

    public Grounding {
        entities = List.copyOf(entities);
        predicates = List.copyOf(predicates);
        modifiers = List.copyOf(modifiers);
        ungrounded = List.copyOf(ungrounded);
    }

    public boolean hasEntity() {
        return !entities.isEmpty();
    }

    public boolean hasPredicate() {
        return !predicates.isEmpty();
    }

    /** Every category the question names in this video. */
    public List<String> categories() {
        return entities.stream().flatMap(t -> t.targets().stream()).distinct().toList();
    }

    /** Every predicate the question names in this video. */
    public List<String> predicateNames() {
        return predicates.stream().flatMap(t -> t.targets().stream()).distinct().toList();
    }
}
