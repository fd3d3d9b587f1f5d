package io.cotasks.query.check;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a graph knows: entity categories and event predicates. The checker validates statements
 * against it and suggests the closest name when one is misspelled.
 *
 * @param categories every entity category in the graph
 * @param predicates every event predicate in the graph
 */
public record Vocabulary(Set<String> categories, Set<String> predicates) {

    public Vocabulary {
        categories = Set.copyOf(categories);
        predicates = Set.copyOf(predicates);
    }

    public static Vocabulary of(Collection<String> categories, Collection<String> predicates) {
        return new Vocabulary(new TreeSet<>(categories), new TreeSet<>(predicates));
    }
}
