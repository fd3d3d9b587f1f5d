package io.cotasks.ingest.render;

import java.util.List;

/**
 * A video's events as rows, one per entity pair (or per entity for actions without object).
 *
 * @param videoId    the video
 * @param fps        frames per second, for the time axis; 0 draws frames
 * @param frameCount the video's length in frames
 * @param rows       rows in order of their first event
 */
public record Timeline(String videoId, double fps, int frameCount, List<Row> rows) {

    public Timeline {
        rows = List.copyOf(rows);
    }

    /**
     * One entity pair.
     *
     * @param label e.g. "#1 person -> #3 cup"
     * @param spans the pair's events
     */
    public record Row(String label, List<Span> spans) {

        public Row {
            spans = List.copyOf(spans);
        }
    }

    /**
     * One event: {@code [begin, end)} in frames.
     *
     * @param begin     first frame
     * @param end       end frame, exclusive
     * @param predicate its predicate, which picks its colour
     */
    public record Span(int begin, int end, String predicate) {
    }
}
