package io.cotasks.query.statement;

import io.cotasks.query.ast.Literal;
import io.cotasks.query.ast.Pos;
import io.cotasks.query.ast.Query;
import io.cotasks.query.ast.Scope;
import io.cotasks.query.ast.TimeFilter;
import io.cotasks.query.exec.Executor;
import io.cotasks.query.format.Formatter;

import java.util.List;
import java.util.function.Function;

/**
 * A statement built with {@link Statements}: an immutable syntax tree whose scope the {@code in...} methods
 * narrow, and the reader of its rows as {@code R}.
 *
 * @param <R> the type of its rows
 */
public final class Operator<R> {

    private final Function<Scope, Query> build;
    private final Scope scope;
    private final Function<Executor.Rows, List<R>> reader;

    private Operator(Function<Scope, Query> build, Scope scope, Function<Executor.Rows, List<R>> reader) {
        this.build = build;
        this.scope = scope;
        this.reader = reader;
    }

    static <R> Operator<R> of(Function<Scope, Query> build, Function<Executor.Rows, List<R>> reader) {
        return new Operator<>(build, Scope.empty(Pos.NONE), reader);
    }

    /** {@code IN VIDEO 'id'}. */
    public Operator<R> inVideo(String videoId) {
        return with(new Scope(Pos.NONE, new Literal(Pos.NONE, videoId), scope.time(), scope.sources()));
    }

    /** {@code FRAMES from..to}. */
    public Operator<R> frames(long from, long to) {
        return with(new Scope(Pos.NONE, scope.video(), new TimeFilter.FrameRange(Pos.NONE, from, to), scope.sources()));
    }

    /** {@code SOURCE annotation}. */
    public Operator<R> source(String source) {
        return with(new Scope(Pos.NONE, scope.video(), scope.time(), List.of(Patterns.name(source))));
    }

    /** The syntax tree. */
    public Query query() {
        return build.apply(scope);
    }

    /** The canonical DSL text of the statement. */
    public String text() {
        return Formatter.format(query());
    }

    /** The rows the engine returned for this statement, typed (called by the engine). */
    public List<R> read(Executor.Rows rows) {
        return reader.apply(rows);
    }

    @Override
    public String toString() {
        return text();
    }

    private Operator<R> with(Scope narrowed) {
        return new Operator<>(build, narrowed, reader);
    }
}
