package io.cotasks.store;

import io.cotasks.store.model.Box;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.Question;
import io.cotasks.store.model.Source;
import io.cotasks.store.model.TemporalRelation;
import io.cotasks.store.model.UnitWrite;
import io.cotasks.store.model.VideoGraph;

import org.neo4j.graphdb.Label;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A unit too large for one transaction, written in a sequence of bounded ones. Neo4j keeps a transaction's
 * whole state on the heap: a 20,000-frame video of 20 tracks (400,000 boxes with eight properties each) does
 * not fit in a 2 GB heap as one transaction. Its steps, each its own transaction:
 * <ol>
 *   <li><b>open</b>: the video node merged as for any unit, the origin's content hash removed and the origin
 *   added to the video's {@code pending} list;</li>
 *   <li><b>withdraw</b> (a video that already held something): the video's derived elements, then what the
 *   origin wrote before, deleted in chunks, the same statements as {@link Replacement} with a limit;</li>
 *   <li><b>write</b>: entities, boxes by frame ranges, events, then Allen relations, in chunks (created, or
 *   merged when other origins' elements remain), then the derived elements recomputed when they do; created
 *   chunks of one kind commit side by side on {@link Limits#threads} threads;</li>
 *   <li><b>close</b>: the content hash recorded, the origin taken off {@code pending}, the unit's questions
 *   replaced.</li>
 * </ol>
 * Consistency: until the close step commits, the video is marked {@code pending} for the origin and holds no
 * content hash for it. A run killed in between (or a step that fails) leaves the marker and no hash, so the
 * next ingest of the file does not skip the unit: the origin is known to the video, and step 2 removes all it
 * wrote, complete or not, before writing again. Re-running therefore gives the same graph as a clean run.
 * Readers see the marker, never a content hash for a half-written origin. Within one store (one process),
 * a staged write excludes every other write, so no unit of the same video interleaves with it.
 */
final class StagedWrite {

    /**
     * When a unit is staged and how large its transactions are.
     *
     * @param unitElements a unit's graph of at least this many elements is staged
     * @param boxes        boxes per transaction (whole frames)
     * @param events       events per transaction, and Allen relations per transaction
     * @param deletes      elements deleted per transaction while withdrawing
     * @param threads      transactions of one kind written side by side when the unit is created (at least 1)
     */
    record Limits(long unitElements, int boxes, int events, int deletes, int threads) {

        /**
         * 200,000 elements; 20,000 boxes, 10,000 events or 20,000 deletions a transaction (tens of MB of
         * state); as many transactions side by side as cores; {@code
         * -Dcotasks.stagedWrite=ELEMENTS,BOXES,EVENTS,DELETES[,THREADS]} changes them.
         */
        static final Limits DEFAULT = parse(System.getProperty("cotasks.stagedWrite", "200000,20000,10000,20000"));

        Limits {
            threads = Math.max(1, threads);
        }

        static Limits parse(String text) {
            String[] n = text.split(",");
            int threads = n.length > 4 ? Integer.parseInt(n[4].trim()) : Runtime.getRuntime().availableProcessors();
            return new Limits(Long.parseLong(n[0].trim()), Integer.parseInt(n[1].trim()), Integer.parseInt(n[2].trim()),
                    Integer.parseInt(n[3].trim()), threads);
        }
    }

    /** Runs one step in its own write transaction. */
    @FunctionalInterface
    interface Transactions {
        void inTransaction(Consumer<CypherTx> step);
    }

    private static final String ALLEN = String.join("|", Schema.ALLEN_TYPES);

    private final Transactions transactions;
    private final Limits limits;
    private final UnitWrite unit;
    private final Derivation derivation;
    private final String id;

    private StagedWrite(Transactions transactions, Limits limits, UnitWrite unit, Derivation derivation) {
        this.transactions = transactions;
        this.limits = limits;
        this.unit = unit;
        this.derivation = derivation;
        this.id = unit.videoId();
    }

    /** True when {@code unit} is too large for one transaction under {@code limits}. */
    static boolean applies(UnitWrite unit, Limits limits) {
        return unit.graph() != null && unit.graph().elementCount() >= limits.unitElements();
    }

    /** Writes {@code unit} in bounded transactions; see the class comment for the steps. */
    static WriteSummary write(Transactions transactions, Limits limits, UnitWrite unit, Derivation derivation) {
        return new StagedWrite(transactions, limits, unit, derivation).run();
    }

    private WriteSummary run() {
        VideoGraph graph = unit.graph();
        VideoState[] opened = new VideoState[1];
        transactions.inTransaction(tx -> {
            opened[0] = GraphWriter.video(tx, new UnitWrite(id, unit.origin(), graph.withContentHash(null), List.of(), false));
            tx.run("MATCH (v:Video {id: $id}) SET v.pending = [o IN coalesce(v.pending, []) WHERE o <> $origin] + $origin",
                    Map.of("id", id, "origin", unit.origin()));
        });
        long slot = opened[0].slot();
        if (opened[0].populated()) {
            withdraw(slot, opened[0].known());
        }
        boolean[] others = new boolean[1];
        transactions.inTransaction(tx -> others[0] = Replacement.populated(tx, id));
        boolean rederive = others[0] && derivation != Derivation.NONE;
        Cypher.Mode mode = others[0] ? Cypher.Mode.MERGE : Cypher.Mode.CREATE;
        VideoGraph own = rederive ? Replacement.ownPart(graph) : graph;
        for (List<VideoGraph> phase : phases(own)) {
            // Created parts touch disjoint elements (frames, boxes, events and pairs of their own; shared nodes
            // only gain relationships), so they commit side by side; merged parts tag shared entities and run
            // one after another.
            int threads = mode == Cypher.Mode.CREATE ? limits.threads() : 1;
            ParallelSteps.run(threads, phase, part -> retried(() ->
                    transactions.inTransaction(tx -> GraphWriter.rows(tx, state(tx, slot), id, GraphRows.of(part), mode))));
        }
        if (rederive) {
            transactions.inTransaction(tx -> GraphWriter.rederive(tx, state(tx, slot), unit, derivation));
        }
        transactions.inTransaction(tx -> {
            GraphWriter.video(tx, new UnitWrite(id, unit.origin(), graph, List.of(), false));
            tx.run("MATCH (v:Video {id: $id}) SET v.pending = [o IN v.pending WHERE o <> $origin] "
                    + "WITH v WHERE v.pending = [] REMOVE v.pending", Map.of("id", id, "origin", unit.origin()));
            Replacement.withdrawQuestions(tx, id, slot, unit.questions().stream().map(Question::uid).toList());
            if (!unit.questions().isEmpty()) {
                GraphWriter.writeQuestions(tx, unit.questions(), slot);
            }
        });
        return new WriteSummary(graph.elementCount() + 2L * unit.questions().size(), false);
    }

    /**
     * Runs a step again when Neo4j rolled it back as transient (a deadlock between side-by-side steps is
     * detected and one of them rolled back whole, so running it again is safe); at most 3 attempts.
     */
    private static void retried(Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (org.neo4j.graphdb.TransientFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The video node in this step's transaction (its handle does not outlive the one that found it). */
    private VideoState state(CypherTx tx, long slot) {
        Object handle = tx.core().map(core -> (Object) core.findNode(Label.label(Schema.VIDEO), Schema.ID, id)).orElse(null);
        return new VideoState(slot, true, true, handle);
    }

    /** Step 2: the video's derived elements, then what the origin wrote ({@code known}), in chunks. */
    private void withdraw(long slot, boolean known) {
        Map<String, Object> p = Map.of("id", id, "slot", slot, "limit", (long) limits.deletes());
        repeat("MATCH (:Video {id: $id})-[:HAS_EVENT]->(:Event)-[r:" + ALLEN + "]->() WITH r LIMIT $limit "
                + "DELETE r RETURN count(*) AS n", p);
        repeat("MATCH (:Video {id: $id})-[:HAS_EVENT]->(ev:Event {source: '" + Source.DERIVED.key() + "'}) "
                + "WITH ev LIMIT $limit DETACH DELETE ev RETURN count(*) AS n", p);
        if (known) {
            for (String statement : Replacement.withdrawGraphInChunks()) {
                repeat(statement, p);
            }
        }
    }

    /** Runs {@code statement} (which deletes or untags at most {@code $limit} and returns {@code n}) until it does nothing. */
    private void repeat(String statement, Map<String, Object> parameters) {
        long[] n = new long[1];
        do {
            transactions.inTransaction(tx -> n[0] = ((Number) tx.run(statement, parameters).rows().get(0).get("n")).longValue());
        } while (n[0] > 0);
    }

    /**
     * The graph as the parts of step 3, in phases written in order: entities; boxes in runs of whole frames;
     * events; Allen relations. A part names elements of earlier phases only, by uid.
     */
    private List<List<VideoGraph>> phases(VideoGraph g) {
        List<List<VideoGraph>> phases = new ArrayList<>();
        phases.add(List.of(part(g, g.entities(), List.of(), List.of(), List.of(), g.captions())));
        List<VideoGraph> parts = new ArrayList<>();
        List<Box> boxes = new ArrayList<>(g.boxes());
        boxes.sort(Comparator.comparingInt(Box::frame));
        int from = 0;
        for (int i = 1; i <= boxes.size(); i++) {
            boolean cut = i == boxes.size() || (i - from >= limits.boxes() && boxes.get(i).frame() != boxes.get(i - 1).frame());
            if (cut) {
                parts.add(part(g, List.of(), boxes.subList(from, i), List.of(), List.of(), g.captions()));
                from = i;
            }
        }
        phases.add(parts);
        parts = new ArrayList<>();
        List<Event> events = g.events();
        for (int i = 0; i < events.size(); i += limits.events()) {
            parts.add(part(g, List.of(), List.of(), events.subList(i, Math.min(events.size(), i + limits.events())), List.of(), g.captions()));
        }
        phases.add(parts);
        parts = new ArrayList<>();
        List<TemporalRelation> temporal = g.temporal();
        for (int i = 0; i < temporal.size(); i += limits.events()) {
            parts.add(part(g, List.of(), List.of(), List.of(), temporal.subList(i, Math.min(temporal.size(), i + limits.events())), g.captions()));
        }
        phases.add(parts);
        return phases;
    }

    private static VideoGraph part(VideoGraph g, List<io.cotasks.store.model.Entity> entities, List<Box> boxes,
                                   List<Event> events, List<TemporalRelation> temporal, List<String> captions) {
        return new VideoGraph(g.video(), g.origin(), null, entities, boxes, events, temporal, captions);
    }
}
