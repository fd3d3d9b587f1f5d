/**
 * Typed rows of the CoTask operators ({@code LOCALIZE}, {@code TRACK}, {@code SPATIAL}, {@code TEMPORAL}) and of
 * the look-ups the CoT module makes ({@code VIDEOS}, {@code ENTITIES}, {@code EVENTS}), for callers that run
 * statements built with {@link io.cotasks.query.statement.Statements}. The REPL and {@code --format json|csv}
 * keep the map rows of {@link io.cotasks.query.StatementResult}.
 */
package io.cotasks.query.result;
