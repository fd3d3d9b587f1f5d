package io.cotasks.store;

import io.cotasks.store.model.Question;
import io.cotasks.store.model.Span;
import io.cotasks.store.model.UnitWrite;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;

import org.neo4j.graphdb.Label;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The writes of the scene graph, shared by both backends. A unit (one origin's content of one video) is
 * written in one transaction with a handful of batched {@code UNWIND} statements. When the video has no
 * entities or events yet, the statements {@code CREATE} (the fast path of a first ingest); otherwise what the
 * origin wrote before is replaced ({@link Replacement}) and the statements {@code MERGE} on the natural keys.
 * On the embedded database {@link CoreWriter} does the same through the Core API, with no Cypher to plan.
 */
final class GraphWriter {

    private static final int QUESTION_BATCH = 5_000;

    private GraphWriter() {
    }

    /**
     * Writes one unit, replacing what its origin wrote before for the video: the origin's elements the new
     * version lacks are removed (kept while another origin also wrote them), and the video's derived
     * elements are those of the graph when nothing else remains, else recomputed by {@code derivation} from
     * everything the video holds.
     */
    static WriteSummary write(CypherTx tx, UnitWrite unit, Derivation derivation) {
        if (unit.withdraw()) {
            withdraw(tx, unit, derivation);
            return new WriteSummary(0, false);
        }
        String id = unit.videoId();
        VideoGraph graph = unit.graph();
        VideoState video = video(tx, unit);
        if (graph != null && video.populated()) {
            Replacement.dropDerived(tx, id);
        }
        if (video.known()) {
            if (graph != null) {
                Replacement.withdrawGraph(tx, id, video.slot());
            }
            List<String> keep = unit.questions().stream().map(Question::uid).toList();
            Replacement.withdrawQuestions(tx, id, video.slot(), keep);
        }
        long elements = 0;
        if (graph != null) {
            boolean populated = video.populated() && Replacement.populated(tx, id);
            boolean rederive = populated && derivation != Derivation.NONE;
            rows(tx, video, id, GraphRows.of(rederive ? Replacement.ownPart(graph) : graph),
                    populated ? Cypher.Mode.MERGE : Cypher.Mode.CREATE);
            if (rederive) {
                rederive(tx, video, unit, derivation);
            }
            elements += graph.elementCount();
        }
        if (!unit.questions().isEmpty()) {
            elements += writeQuestions(tx, unit.questions(), video.slot()).elements();
        }
        return new WriteSummary(elements, false);
    }

    /** Removes everything the unit's origin wrote about the video; deletes the video if nothing is left. */
    private static void withdraw(CypherTx tx, UnitWrite unit, Derivation derivation) {
        String id = unit.videoId();
        List<Map<String, Object>> rows = tx.run(Cypher.WITHDRAW_VIDEO,
                Map.of("id", id, "origin", unit.origin(), "prefix", unit.origin() + "=")).rows();
        if (rows.isEmpty() || rows.get(0).get("slot") == null) {
            return;
        }
        long slot = (Long) rows.get(0).get("slot");
        replaceCaptions(tx, id, slot, null);
        if (Boolean.TRUE.equals(rows.get(0).get("populated"))) {
            Replacement.dropDerived(tx, id);
        }
        Replacement.withdrawGraph(tx, id, slot);
        Replacement.withdrawQuestions(tx, id, slot, List.of());
        if (Replacement.populated(tx, id) && derivation != Derivation.NONE) {
            Object handle = tx.core().map(core -> (Object) core.findNode(Label.label(Schema.VIDEO), Schema.ID, id))
                    .orElse(null);
            rederive(tx, new VideoState(slot, true, true, handle), unit, derivation);
        }
        tx.run(Cypher.DELETE_EMPTY_VIDEO, Map.of("id", id));
    }

    /**
     * The video's derived elements, computed from everything it holds now, written over it. Every caller has
     * dropped the video's derived events and all its Allen relations first ({@link Replacement#dropDerived} or
     * the staged withdrawal), so they are created, not merged: nothing they could merge with is left.
     */
    static void rederive(CypherTx tx, VideoState video, UnitWrite unit, Derivation derivation) {
        VideoGraph remaining = Replacement.remaining(tx, unit.videoId(), unit.origin());
        VideoGraph derived = Replacement.derivedPart(derivation.derive(remaining));
        rows(tx, video, unit.videoId(), GraphRows.of(derived), Cypher.Mode.CREATE);
    }

    /** Merges the unit's video node (its properties, content hash and origin) and locks it. */
    static VideoState video(CypherTx tx, UnitWrite unit) {
        VideoGraph graph = unit.graph();
        Video video = graph != null ? graph.video() : null;
        String dataset = video != null ? video.dataset() : unit.questions().get(0).dataset().split("-", 2)[0];
        Map<String, Object> props = video != null ? videoProperties(video) : Map.of();
        List<String> captions = graph != null ? graph.captions() : List.of();
        String hash = graph != null ? graph.contentHash() : null;
        if (tx.core().isPresent()) {
            return CoreWriter.video(tx.core().get(), unit.videoId(), dataset, props, captions, unit.origin(), hash);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", unit.videoId());
        p.put("dataset", dataset);
        p.put("props", props);
        p.put("captions", captions);
        p.put("origin", unit.origin());
        p.put("prefix", unit.origin() + "=");
        p.put("hash", hash);
        Map<String, Object> row = tx.run(Cypher.VIDEO, p).rows().get(0);
        VideoState state = new VideoState((Long) row.get("slot"), (Boolean) row.get("known"),
                (Boolean) row.get("populated"), null);
        replaceCaptions(tx, unit.videoId(), state.slot(), captions);
        return state;
    }

    /** The {@link Captions} of the video once {@code slot} wrote {@code captions} (null: withdrew). */
    @SuppressWarnings("unchecked")
    private static void replaceCaptions(CypherTx tx, String videoId, long slot, List<String> captions) {
        Map<String, Object> row = tx.run(Cypher.CAPTIONS, Map.of("id", videoId)).rows().get(0);
        Captions caps = Captions.of((List<String>) row.get("captions"), (List<String>) row.get("origins"))
                .replace(slot, captions);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", videoId);
        p.put("captions", caps.captions());
        p.put("origins", caps.captions().isEmpty() ? null : caps.origins());
        tx.run(Cypher.SET_CAPTIONS, p);
    }

    static void rows(CypherTx tx, VideoState video, String videoId, GraphRows rows, Cypher.Mode mode) {
        if (tx.core().isPresent()) {
            CoreWriter.write(tx.core().get(), video, videoId, rows, mode);
        } else {
            writeRows(tx, videoId, rows, mode, video.slot());
        }
    }

    private static void writeRows(CypherTx tx, String videoId, GraphRows rows, Cypher.Mode mode, long slot) {
        tx.run(Cypher.entities(mode), Map.of("id", videoId, "rows", rows.entities(), "slot", slot));
        long boxes = (Long) tx.run(Cypher.boxes(mode), Map.of("id", videoId, "frames", rows.frames(),
                "tracks", rows.tracks(), "slot", slot)).rows().get(0).get("written");
        if (boxes != rows.boxCount()) {
            throw missingTrackOfBoxes(videoId, rows.boxCount() - boxes);
        }
        Map<String, Object> written = tx.run(Cypher.events(mode), Map.of("id", videoId, "rows", rows.events(),
                "slot", slot)).rows().get(0);
        long missing = rows.events().size() - (Long) written.get("written") + (Long) written.get("missingObjects");
        if (missing > 0) {
            throw missingTrackOfEvents(videoId, missing);
        }
        if (!rows.temporal().isEmpty()) {
            long n = (Long) tx.run(Cypher.temporal(mode), Map.of("pairs", rows.temporal())).rows().get(0).get("written");
            if (n != rows.temporal().size()) {
                throw unknownEvents(videoId, rows.temporal().size() - n);
            }
        }
    }

    static CotasksException missingTrackOfBoxes(String videoId, long n) {
        return new CotasksException("video " + videoId + ": " + n
                + " box(es) belong to a track that is not an entity of the video");
    }

    static CotasksException missingTrackOfEvents(String videoId, long n) {
        return new CotasksException("video " + videoId + ": " + n
                + " event(s) name a subject or object track that is not an entity of the video");
    }

    static CotasksException unknownEvents(String videoId, long n) {
        return new CotasksException("video " + videoId + ": " + n
                + " temporal relation(s) name an event that is not in the graph");
    }

    static WriteSummary writeQuestions(CypherTx tx, List<Question> questions, long slot) {
        Map<String, Map<String, Object>> byUid = new LinkedHashMap<>();
        for (Question q : questions) {
            byUid.put(q.uid(), questionRow(q));
        }
        List<Map<String, Object>> all = new ArrayList<>(byUid.values());
        if (tx.core().isPresent()) {
            CoreQuestions.write(tx.core().get(), all, slot);
            return new WriteSummary(2L * all.size(), false);
        }
        for (int from = 0; from < all.size(); from += QUESTION_BATCH) {
            List<Map<String, Object>> batch = all.subList(from, Math.min(all.size(), from + QUESTION_BATCH));
            tx.run(Cypher.QUESTIONS, Map.of("rows", batch, "slot", slot));
        }
        return new WriteSummary(2L * all.size(), false);
    }

    static Optional<String> contentHash(CypherTx tx, String videoId, String origin) {
        List<Map<String, Object>> rows = tx.run(Cypher.CONTENT_HASHES, Map.of("id", videoId)).rows();
        if (rows.isEmpty() || rows.get(0).get("hashes") == null) {
            return Optional.empty();
        }
        String prefix = origin + "=";
        return ((List<?>) rows.get(0).get("hashes")).stream().map(String::valueOf)
                .filter(h -> h.startsWith(prefix)).map(h -> h.substring(prefix.length())).findFirst();
    }

    /** The video's known properties (fps 0 or no size are left out, so they never overwrite). */
    static Map<String, Object> videoProperties(Video video) {
        Map<String, Object> props = new LinkedHashMap<>();
        if (video.fps() > 0) {
            props.put(Schema.FPS, video.fps());
            props.put(Schema.DURATION, video.duration());
        }
        if (video.frameCount() > 0) {
            props.put(Schema.FRAME_COUNT, (long) video.frameCount());
        }
        if (video.width() > 0 && video.height() > 0) {
            props.put(Schema.WIDTH, (long) video.width());
            props.put(Schema.HEIGHT, (long) video.height());
        }
        return props;
    }

    private static Map<String, Object> questionRow(Question q) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(Schema.UID, q.uid());
        props.put(Schema.DATASET, q.dataset());
        props.put(Schema.QID, q.qid());
        props.put(Schema.VIDEO_ID, q.videoId());
        props.put(Schema.TYPE, q.type());
        props.put(Schema.TEXT, q.text());
        props.put(Schema.CHOICES, q.choices());
        props.put(Schema.ANSWER, q.answer());
        props.put(Schema.ANSWER_INDEX, (long) q.answerIndex());
        List<Double> spans = new ArrayList<>();
        for (Span span : q.spans()) {
            spans.add(span.begin());
            spans.add(span.end());
        }
        props.put(Schema.SPANS, spans);
        props.put(Schema.PROGRAM, q.program());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("props", props);
        row.put("videoDataset", q.dataset().split("-", 2)[0]);
        return row;
    }
}
