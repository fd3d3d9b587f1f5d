package io.cotasks.query.parser;

import io.cotasks.query.ast.Statement;

/**
 * One statement of a script with its text as written.
 *
 * @param text      the statement's source text, without the closing semicolon
 * @param statement its syntax tree
 */
public record ParsedStatement(String text, Statement statement) {
}
