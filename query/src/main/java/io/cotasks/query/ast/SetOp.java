package io.cotasks.query.ast;

/** Set operators between named steps. */
public enum SetOp {
    UNION, EXCEPT, INTERSECT
}
