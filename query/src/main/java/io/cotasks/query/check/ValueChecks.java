package io.cotasks.query.check;

import io.cotasks.query.ast.AstNode;
import io.cotasks.query.ast.Constraint;
import io.cotasks.query.ast.Item;
import io.cotasks.query.ast.Literal;
import io.cotasks.query.ast.Name;
import io.cotasks.query.error.QueryException;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks of single names and values: known names, typed properties, positive bounds. */
final class ValueChecks {

    private ValueChecks() {
    }

    static void positive(AstNode node, double seconds, String keyword) {
        if (seconds <= 0) {
            throw error(node, "impossible time range: " + keyword + " " + Numbers.format(seconds) + "s is empty");
        }
    }

    static void distinctColumns(List<Item> items) {
        Set<String> seen = new HashSet<>();
        for (Item item : items) {
            if (!seen.add(item.column())) {
                throw error(item, "'" + item.column() + "' is returned twice");
            }
        }
    }

    static void comparison(Constraint.Comparison c, Map<String, Properties.Property> properties, String owner) {
        Properties.Property p = property(c.property(), properties, owner);
        Literal value = c.value();
        String what = (c.variable() == null ? "" : c.variable().text() + ".") + p.name();
        if (p.numeric() && !value.isNumber()) {
            throw error(value, what + " is a number, not " + describe(value));
        }
        if (!p.numeric() && !value.isString()) {
            throw error(value, what + " is a string, not " + describe(value));
        }
    }

    static String describe(Literal value) {
        return value.isString() ? "a string" : value.isNumber() ? "a number" : "a boolean";
    }

    static Properties.Property property(Name property, Map<String, Properties.Property> properties,
                                                String owner) {
        Properties.Property p = properties.get(property.text());
        if (p == null) {
            throw error(property, "unknown property '" + property.text() + "' of " + owner
                    + Suggestions.hint(property.text(), properties.keySet())
                    + " (one of " + String.join(", ", properties.keySet()) + ")");
        }
        return p;
    }

    static void known(Name name, Set<String> vocabulary, String what) {
        if (!vocabulary.contains(name.text())) {
            throw error(name, "unknown " + what + " '" + name.text() + "'" + Suggestions.hint(name.text(), vocabulary));
        }
    }

    static void reserved(Name name) {
        if (name.text().startsWith("_")) {
            throw error(name, "names starting with '_' are reserved: '" + name.text() + "'");
        }
    }

    static void limit(Long limit, AstNode node) {
        if (limit != null && limit < 1) {
            throw error(node, "LIMIT must be at least 1");
        }
    }

    static QueryException error(AstNode node, String message) {
        return new QueryException(node.pos().line(), node.pos().column(), message);
    }
}
