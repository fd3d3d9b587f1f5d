package io.cotasks.ingest;

import java.util.List;
import java.util.Locale;

/**
 * What an ingest run did.
 *
 * @param units     units considered (after sharding)
 * @param videos    video graphs written
 * @param skipped   units skipped because their content hash was already stored
 * @param withdrawn (video, origin) pairs removed because the origin no longer describes the video
 * @param entities  entities in written graphs
 * @param boxes     boxes in written graphs
 * @param events    events (annotated and derived) in written graphs
 * @param temporal  Allen relations in written graphs
 * @param questions questions written
 * @param elements  nodes and relationships written, as the store reports them
 * @param failures  one line per failed unit, sorted, each starting with its location
 * @param nanos     wall-clock time of the run
 * @param graph     what the graph holds after the run, counted in the store
 * @param unmappedLabels label ids of the written units that the source's vocabulary does not know, with their
 *                  kind ({@code object o999}, {@code action c999}), sorted; the graph keeps them as written
 */
public record IngestReport(long units, long videos, long skipped, long withdrawn, long entities, long boxes,
                           long events, long temporal, long questions, long elements, List<String> failures,
                           long nanos, GraphCounts graph, List<String> unmappedLabels) {

    /** Labels listed by name in the summary; more are only counted. */
    private static final int LABELS_SHOWN = 10;

    public IngestReport {
        failures = List.copyOf(failures);
        unmappedLabels = unmappedLabels.stream().sorted().distinct().toList();
    }

    /** A report of a run whose labels all had a mapping. */
    public IngestReport(long units, long videos, long skipped, long withdrawn, long entities, long boxes,
                        long events, long temporal, long questions, long elements, List<String> failures,
                        long nanos, GraphCounts graph) {
        this(units, videos, skipped, withdrawn, entities, boxes, events, temporal, questions, elements, failures,
                nanos, graph, List.of());
    }

    public double seconds() {
        return nanos / 1e9;
    }

    public double elementsPerSecond() {
        return nanos == 0 ? 0 : elements / seconds();
    }

    public boolean failed() {
        return !failures.isEmpty();
    }

    /**
     * The one summary line printed at the end of {@code cotasks ingest}: what the run wrote, then what the
     * graph holds afterwards, then (only when there are any) the label ids that had no mapping.
     */
    public String summary() {
        return String.format(Locale.ROOT,
                "videos %d (skipped %d unchanged), entities %d, boxes %d, events %d, temporal relations %d, "
                        + "questions %d, failures %d, %.1f s, %,.0f elements/s; withdrawn %d; the graph holds %s",
                videos, skipped, entities, boxes, events, temporal, questions, failures.size(), seconds(),
                elementsPerSecond(), withdrawn, graph) + unmappedSummary();
    }

    /** {@code ; 2 labels without a mapping, kept as written: object o999, relationship r999} or nothing. */
    private String unmappedSummary() {
        if (unmappedLabels.isEmpty()) {
            return "";
        }
        int n = unmappedLabels.size();
        String shown = String.join(", ", unmappedLabels.subList(0, Math.min(n, LABELS_SHOWN)));
        return "; " + n + (n == 1 ? " label" : " labels") + " without a mapping, kept as written: " + shown
                + (n > LABELS_SHOWN ? ", ..." : "");
    }
}
