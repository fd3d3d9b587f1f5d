package io.cotasks.query.ast;

import java.util.List;

/**
 * Where a query looks: {@code IN VIDEO 'id'}, a time window and a source filter, each optional.
 *
 * @param video   the video literal, or null for the session's video (or all videos)
 * @param time    the time window, or null
 * @param sources source names (annotation, derived, detected), empty for all
 */
public record Scope(Pos pos, Literal video, TimeFilter time, List<Name> sources) implements AstNode {

    public Scope {
        sources = List.copyOf(sources);
    }

    public static Scope empty(Pos pos) {
        return new Scope(pos, null, null, List.of());
    }
}
