package io.cotasks.cot.eval;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of the results file: a model answer or a judge verdict for one question in one run.
 *
 * @param kind     {@code answer} or {@code judge}
 * @param uid      the question's uid ({@code dataset#video#qid})
 * @param run      {@code baseline} or {@code cot}
 * @param type     the question type code
 * @param status   {@code ok}, {@code malformed} (a reply that names no answer, or is not a chat completion) or
 *                 {@code failed} (no reply; asked again on the next run)
 * @param reply    the reply's text, or the raw body of a malformed reply
 * @param choice   the parsed option index (multiple choice)
 * @param correct  whether the parsed option is the correct one (multiple choice)
 * @param cot      the CoT text the CoT run embedded
 * @param yes      the judge's yes/no
 * @param score    the judge's 0-5 score
 * @param detail   why the status is not ok
 * @param attempts HTTP requests made for this line
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultLine(String kind, String uid, String run, String type, String status, String reply,
                         Integer choice, Boolean correct, String cot, Boolean yes, Double score, String detail,
                         Integer attempts) {

    public static final String ANSWER = "answer";
    public static final String JUDGE = "judge";
    public static final String OK = "ok";
    public static final String MALFORMED = "malformed";
    public static final String FAILED = "failed";

    /** A finished line is never asked again: it has a reply, well-formed or not. */
    public boolean finished() {
        return !FAILED.equals(status);
    }

    public boolean ok() {
        return OK.equals(status);
    }
}
