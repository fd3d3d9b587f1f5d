package io.cotasks.store;

import io.cotasks.store.model.Question;
import io.cotasks.store.model.Span;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The writes of the scene graph, shared by both backends. A video is written in one transaction with a
 * handful of batched {@code UNWIND} statements. When the video has no entities or events yet, the
 * statements {@code CREATE} (the fast path of a first ingest); otherwise they {@code MERGE} on the natural
 * keys, so writing the same graph again leaves identical counts. On the embedded database {@link CoreWriter}
 * does the same through the Core API, with no Cypher to plan.
 */
final class GraphWriter {

    private static final int QUESTION_BATCH = 5_000;

    private GraphWriter() {
    }

    static WriteSummary writeVideo(CypherTx tx, VideoGraph graph) {
        GraphRows rows = GraphRows.of(graph);
        if (tx.core().isPresent()) {
            CoreWriter.write(tx.core().get(), graph, rows);
        } else {
            writeWithCypher(tx, graph, rows);
        }
        return new WriteSummary(graph.elementCount(), false);
    }

    private static void writeWithCypher(CypherTx tx, VideoGraph graph, GraphRows rows) {
        Video video = graph.video();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", video.id());
        p.put("dataset", video.dataset());
        p.put("props", videoProperties(video));
        p.put("captions", graph.captions());
        p.put("prefix", graph.origin() + "=");
        p.put("hash", graph.contentHash());
        boolean populated = (Boolean) tx.run(Cypher.VIDEO, p).rows().get(0).get("populated");
        writeRows(tx, video.id(), rows, populated ? Cypher.Mode.MERGE : Cypher.Mode.CREATE);
    }

    private static void writeRows(CypherTx tx, String videoId, GraphRows rows, Cypher.Mode mode) {
        tx.run(Cypher.entities(mode), Map.of("id", videoId, "rows", rows.entities()));
        long boxes = (Long) tx.run(Cypher.boxes(mode), Map.of("id", videoId, "frames", rows.frames(),
                "tracks", rows.tracks())).rows().get(0).get("written");
        if (boxes != rows.boxCount()) {
            throw missingTrackOfBoxes(videoId, rows.boxCount() - boxes);
        }
        Map<String, Object> written = tx.run(Cypher.events(mode), Map.of("id", videoId, "rows", rows.events()))
                .rows().get(0);
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

    static WriteSummary writeQuestions(CypherTx tx, List<Question> questions) {
        Map<String, Map<String, Object>> byUid = new LinkedHashMap<>();
        for (Question q : questions) {
            byUid.put(q.uid(), questionRow(q));
        }
        List<Map<String, Object>> all = new ArrayList<>(byUid.values());
        for (int from = 0; from < all.size(); from += QUESTION_BATCH) {
            List<Map<String, Object>> batch = all.subList(from, Math.min(all.size(), from + QUESTION_BATCH));
            tx.run(Cypher.QUESTIONS, Map.of("rows", batch));
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
