package io.cotasks.cot.eval;

/** The reported metrics, all as percentages. */
public enum Metric {
    /** Multiple choice: % of answers naming the correct option (malformed replies count as wrong). */
    ACCURACY("Acc", "acc"),
    /** Open-ended: % of judged answers the judge called a match. */
    JUDGE_ACCURACY("Judge acc", "judge_acc"),
    /** Open-ended: the judge's mean 0-5 score, times 20. */
    JUDGE_SCORE("Judge score", "judge_score"),
    /** Open-ended: NExT-OE's WUPS with threshold 0, times 100. */
    WUPS0("WUPS@0", "wups0"),
    /** Open-ended: NExT-OE's WUPS with threshold 0.9, times 100. */
    WUPS9("WUPS@0.9", "wups9");

    private final String title;
    private final String column;

    Metric(String title, String column) {
        this.title = title;
        this.column = column;
    }

    public String title() {
        return title;
    }

    /** The CSV column prefix. */
    public String column() {
        return column;
    }
}
