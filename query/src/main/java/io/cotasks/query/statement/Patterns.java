package io.cotasks.query.statement;

import io.cotasks.query.ast.Binding;
import io.cotasks.query.ast.EdgePattern;
import io.cotasks.query.ast.Name;
import io.cotasks.query.ast.NodePattern;
import io.cotasks.query.ast.Pos;

import java.util.List;

/** Entity, predicate and event patterns for {@link Statements}; a null variable leaves the pattern anonymous. */
public final class Patterns {

    private Patterns() {
    }

    /** {@code ()}: any entity. */
    public static NodePattern any() {
        return node(null, null, null);
    }

    /** {@code (x)}: any entity, named. */
    public static NodePattern node(String variable) {
        return node(variable, null, null);
    }

    /** {@code (x#3)}, or {@code (#3)} without a variable: the entity of one track. */
    public static NodePattern track(String variable, int track) {
        return node(variable, null, (long) track);
    }

    /** {@code (x:person)}: the entities of a category. */
    public static NodePattern category(String variable, String category) {
        return node(variable, category, null);
    }

    /** {@code [*]}: any predicate. */
    public static EdgePattern anyPredicate() {
        return new EdgePattern(Pos.NONE, List.of(), null);
    }

    /** {@code [watch]}. */
    public static EdgePattern predicate(String predicate) {
        return new EdgePattern(Pos.NONE, List.of(name(predicate)), null);
    }

    /** {@code [*:action]}: any predicate of a kind. */
    public static EdgePattern kind(String kind) {
        return new EdgePattern(Pos.NONE, List.of(), name(kind));
    }

    /** {@code e = (s)-[watch]->(o)}; a null object gives {@code e = (s)-[watch]}, with or without an object. */
    public static Binding event(String variable, NodePattern subject, EdgePattern edge, NodePattern object) {
        return new Binding(Pos.NONE, name(variable), subject, edge, object);
    }

    private static NodePattern node(String variable, String category, Long track) {
        return new NodePattern(Pos.NONE, name(variable), category == null ? List.of() : List.of(name(category)), track);
    }

    static Name name(String text) {
        return text == null ? null : new Name(Pos.NONE, text);
    }
}
