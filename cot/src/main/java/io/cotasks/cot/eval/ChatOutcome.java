package io.cotasks.cot.eval;

/**
 * What became of one chat request.
 *
 * @param status   OK with the reply's text, MALFORMED when the server answered 200 with something that is
 *                 not a chat completion, FAILED when no attempt succeeded (or the server refused the request)
 * @param content  the reply's text (OK), the raw body (MALFORMED), or null
 * @param detail   why it is not OK, or null
 * @param attempts how many HTTP requests were made
 */
public record ChatOutcome(Status status, String content, String detail, int attempts) {

    public enum Status { OK, MALFORMED, FAILED }

    public boolean ok() {
        return status == Status.OK;
    }
}
