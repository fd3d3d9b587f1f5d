package io.cotasks.cot.nextqa;

import java.util.List;

/**
 * A NExT-QA question analysed into its asked part, its main clause and, when it has one, a temporal
 * connective with its clause and a named part of the video.
 *
 * @param asked      what the question asks for
 * @param main       the clause the question asks about (for "what did X do after Y": X)
 * @param connective the temporal connective ("after", "before", "when", "while", "as", "during", "until",
 *                   "once"), or null
 * @param temporal   the connective's clause (Y), or null
 * @param part       the part of the video a phrase such as "at the beginning" names, or null
 * @param parsed     false when the question matched no known form (the planner then falls back to the bag of
 *                   words)
 */
public record QuestionParse(Asked asked, Clause main, String connective, Clause temporal, Part part, boolean parsed) {

    /** The asked part of a question. */
    public enum Asked { WHAT, WHY, HOW, WHERE, WHO, WHICH, HOW_MANY, YES_NO }

    /** A third of the video named by a phrase of the question. */
    public enum Part { BEGINNING, MIDDLE, END }

    /**
     * A noun phrase: its head lemma and the words that describe it (colours, clothing, position and ordinal
     * words).
     */
    public record Phrase(String head, List<String> attributes) {
        public Phrase {
            attributes = List.copyOf(attributes);
        }

        @Override
        public String toString() {
            return attributes.isEmpty() ? head : head + "[" + String.join(" ", attributes) + "]";
        }
    }

    /**
     * A clause: subject phrase, verb lemma (null for do/happen/be) and object phrase, each possibly null,
     * and the content lemmas of all its words.
     */
    public record Clause(Phrase subject, String verb, Phrase object, List<String> lemmas) {
        public Clause {
            lemmas = List.copyOf(lemmas);
        }

        /** True when the clause names something to match. */
        public boolean isEmpty() {
            return subject == null && verb == null && object == null && lemmas.isEmpty();
        }

        @Override
        public String toString() {
            return "subject " + (subject == null ? "-" : subject) + ", verb " + (verb == null ? "-" : verb)
                    + ", object " + (object == null ? "-" : object);
        }
    }

    /** One line: {@code asked WHY; main subject man[white], verb hold, object boy; after: ...; part END}. */
    public String describe() {
        if (!parsed) {
            return "not parsed";
        }
        StringBuilder b = new StringBuilder("asked ").append(asked.name().toLowerCase(java.util.Locale.ROOT))
                .append("; main ").append(main);
        if (temporal != null) {
            b.append("; ").append(connective).append(": ").append(temporal);
        }
        if (part != null) {
            b.append("; part ").append(part.name().toLowerCase(java.util.Locale.ROOT));
        }
        return b.toString();
    }
}
