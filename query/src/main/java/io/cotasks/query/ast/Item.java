package io.cotasks.query.ast;

/**
 * A returned or grouped item: a variable ({@code e}) or one of its properties ({@code x.category}).
 *
 * @param property the property, or null for the variable itself
 */
public record Item(Pos pos, Name variable, Name property) implements AstNode {

    /** The column name: {@code e} or {@code x.category}. */
    public String column() {
        return property == null ? variable.text() : variable.text() + "." + property.text();
    }
}
