/**
 * Statements as values: callers outside the engine build syntax trees with {@link
 * io.cotasks.query.statement.Statements} and {@link io.cotasks.query.statement.Patterns} instead of writing DSL
 * text, run them with {@link io.cotasks.query.QueryEngine#run(Operator)} and read typed rows. The text shown for a
 * statement is {@link io.cotasks.query.format.Formatter}'s, so it is always valid DSL.
 */
package io.cotasks.query.statement;
