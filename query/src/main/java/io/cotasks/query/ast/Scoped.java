package io.cotasks.query.ast;

/** A query that looks at part of the graph: a video, a time window, sources. */
public interface Scoped {

    Scope scope();
}
