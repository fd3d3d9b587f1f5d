package io.cotasks.datasets.nextqa;

import java.util.Arrays;
import java.util.Optional;

/**
 * NExT-QA's question type codes, as published in the {@code type} column of every NExT-QA CSV. MC and GQA
 * use the first eight; NExT-OE adds {@link #DB} (yes/no). GQA keeps only the causal and temporal ones.
 */
public enum NextQaType {
    /** causal: why did ... */
    CW(Group.CAUSAL),
    /** causal: how did ... */
    CH(Group.CAUSAL),
    /** temporal: what happened next, after ... */
    TN(Group.TEMPORAL),
    /** temporal: what happens at the same time, when/while ... */
    TC(Group.TEMPORAL),
    /** temporal: what happened before ... */
    TP(Group.TEMPORAL),
    /** descriptive: where (location) */
    DL(Group.DESCRIPTIVE),
    /** descriptive: how many (count) */
    DC(Group.DESCRIPTIVE),
    /** descriptive: other (what, who, which ...) */
    DO(Group.DESCRIPTIVE),
    /** descriptive: yes/no, NExT-OE only */
    DB(Group.DESCRIPTIVE);

    /** NExT-QA's three reported groups. */
    public enum Group {
        CAUSAL("Causal"), TEMPORAL("Temporal"), DESCRIPTIVE("Descriptive");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        /** The name NExT-QA's papers and result tables use. */
        public String title() {
            return title;
        }
    }

    private final Group group;

    NextQaType(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    /** The type with this code, exactly as spelled in the CSVs (upper case), or empty. */
    public static Optional<NextQaType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }

    /** Whether this question (a {@code Question.type()} of a NExT-QA question) has this type. */
    public boolean is(String code) {
        return name().equals(code);
    }
}
