package io.cotasks.query.error;

/**
 * A statement names a video the graph does not hold ({@code USE VIDEO}, {@code IN VIDEO}). Callers that
 * treat a missing video as "no facts" catch this type rather than reading the message.
 */
public final class UnknownVideoException extends QueryException {

    private final String video;

    public UnknownVideoException(int line, int column, String video, String hint) {
        super(line, column, "unknown video '" + video + "'" + hint);
        this.video = video;
    }

    /** The video id the statement named. */
    public String video() {
        return video;
    }
}
