package io.cotasks.query.compile;

import io.cotasks.query.ast.TimeFilter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement compiled to Cypher, in one of the shapes the executor turns into the statement's rows.
 * Every shape has the Cypher text, its parameters and the columns of the result after shaping.
 */
public sealed interface CompiledQuery {

    /** The Cypher text; empty when the statement needs none (replaying a step). */
    String cypher();

    /** Every user value, by parameter name. */
    Map<String, Object> parameters();

    /** The result's columns after shaping. */
    List<String> columns();

    /** Calls the visitor's method for this shape. */
    <R> R accept(Visitor<R> visitor);

    /** One method per shape. */
    interface Visitor<R> {

        R visitRows(Rows rows);

        R visitLocalize(Localize localize);

        R visitTrack(Track track);

        R visitTimeline(Timeline timeline);

        R visitReplay(Replay replay);
    }

    /** Rows as Cypher returns them. */
    record Rows(String cypher, Map<String, Object> parameters, List<String> columns) implements CompiledQuery {
        public Rows {
            parameters = copy(parameters);
            columns = List.copyOf(columns);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitRows(this);
        }
    }

    /**
     * Frame localization: per-match spans clipped to the window, merged and ranked.
     *
     * @param window the time window, or null
     * @param limit  the number of spans kept after ranking, or null for all
     */
    record Localize(String cypher, Map<String, Object> parameters, TimeFilter window, Long limit)
            implements CompiledQuery {
        public Localize {
            parameters = copy(parameters);
        }

        @Override
        public List<String> columns() {
            return Columns.SPAN_ROWS;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLocalize(this);
        }
    }

    /**
     * Entity tracking: boxes per track in frame order.
     *
     * @param sample the number of evenly spaced boxes kept per track, or null for every box
     */
    record Track(String cypher, Map<String, Object> parameters, Long sample) implements CompiledQuery {
        public Track {
            parameters = copy(parameters);
        }

        @Override
        public List<String> columns() {
            return Columns.BOX_ROWS;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTrack(this);
        }
    }

    /** Temporal relation extraction: the distinct events of all matches paired into a timeline. */
    record Timeline(String cypher, Map<String, Object> parameters) implements CompiledQuery {
        public Timeline {
            parameters = copy(parameters);
        }

        @Override
        public List<String> columns() {
            return Columns.PAIR_ROWS;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTimeline(this);
        }
    }

    /**
     * A {@code LET} step replayed without Cypher.
     *
     * @param step the step's name
     */
    record Replay(String step, List<String> columns) implements CompiledQuery {
        public Replay {
            columns = List.copyOf(columns);
        }

        @Override
        public String cypher() {
            return "";
        }

        @Override
        public Map<String, Object> parameters() {
            return Map.of();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitReplay(this);
        }
    }

    private static Map<String, Object> copy(Map<String, Object> parameters) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
