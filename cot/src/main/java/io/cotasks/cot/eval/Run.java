package io.cotasks.cot.eval;

/** The two runs per question: the question alone, and the question with the CoT steps before it. */
public enum Run {
    BASELINE("baseline", "Baseline"),
    COT("cot", "CoT");

    private final String id;
    private final String title;

    Run(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The name used in the results file. */
    public String id() {
        return id;
    }

    /** The name used in tables and charts. */
    public String title() {
        return title;
    }

    /** The run named {@code id} in a results file. */
    public static Run of(String id) {
        for (Run run : values()) {
            if (run.id.equals(id)) {
                return run;
            }
        }
        throw new IllegalArgumentException("unknown run '" + id + "' (expected baseline or cot)");
    }
}
