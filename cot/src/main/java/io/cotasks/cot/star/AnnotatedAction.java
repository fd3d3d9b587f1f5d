package io.cotasks.cot.star;

/**
 * An action the STAR record lists for its situation ({@code anno_actions}), in the STAR vocabulary.
 *
 * @param charadesId the Charades class, e.g. c068
 * @param verb       the STAR verb, e.g. put
 * @param object     the STAR object class, e.g. sandwich
 * @param start      start in seconds
 * @param end        end in seconds
 */
public record AnnotatedAction(String charadesId, String verb, String object, double start, double end) {
}
