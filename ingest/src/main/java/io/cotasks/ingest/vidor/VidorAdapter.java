package io.cotasks.ingest.vidor;

import io.cotasks.ingest.ContentHash;
import io.cotasks.ingest.IngestUnit;
import io.cotasks.ingest.InputFiles;
import io.cotasks.ingest.JsonCursor;
import io.cotasks.ingest.SourceAdapter;
import io.cotasks.ingest.UnitContent;
import io.cotasks.ingest.derive.RelationDerivation;
import io.cotasks.store.model.Box;
import io.cotasks.store.model.Entity;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * VidOR (and VidVRD) annotation files, one video per file: entities from {@code subject/objects}, one box
 * per entity per frame from {@code trajectories} (keeping the {@code generated} flag), annotated events from
 * {@code relation_instances} ({@code end_fid} exclusive) with their kind from {@link VidorTaxonomy}; then
 * derived relations ({@link RelationDerivation#enrich}). The unit's video id is the file name without
 * {@code .json} until the file is read.
 */
public final class VidorAdapter implements SourceAdapter {

    public static final String ORIGIN = "vidor";

    private VidorAdapter() {
    }

    public static VidorAdapter create() {
        return new VidorAdapter();
    }

    @Override
    public String name() {
        return ORIGIN;
    }

    @Override
    public List<IngestUnit> units(List<Path> inputs) {
        return InputFiles.expand(inputs, ".json").stream().map(FileUnit::new).map(IngestUnit.class::cast).toList();
    }

    /** Parses one VidOR annotation document into its annotated graph (before derivation). */
    public static VideoGraph parse(JsonCursor root, String contentHash) {
        String videoId = root.get("video_id").asText();
        int frameCount = root.get("frame_count").asInt();
        int width = root.get("width").asInt();
        int height = root.get("height").asInt();
        Video video = new Video(videoId, ORIGIN, root.get("fps").asDouble(), frameCount, width, height);
        Map<Integer, Entity> entities = entities(videoId, root.get("subject/objects"));
        List<Box> boxes = new ArrayList<>();
        List<JsonCursor> frames = root.get("trajectories").elements();
        if (frames.size() > frameCount) {
            throw root.get("trajectories").error(frames.size() + " frames but frame_count is " + frameCount);
        }
        for (int f = 0; f < frames.size(); f++) {
            for (JsonCursor box : frames.get(f).elements()) {
                boxes.add(box(box, f, entities, width, height));
            }
        }
        List<Event> events = new ArrayList<>();
        for (JsonCursor rel : root.get("relation_instances").elements()) {
            events.add(relation(videoId, rel, entities, frameCount));
        }
        return new VideoGraph(video, ORIGIN, contentHash, List.copyOf(entities.values()), boxes,
                dedupe(events), List.of(), List.of());
    }

    /** Entities of {@code subject/objects}, keyed by tid. */
    static Map<Integer, Entity> entities(String videoId, JsonCursor list) {
        Map<Integer, Entity> entities = new LinkedHashMap<>();
        for (JsonCursor so : list.elements()) {
            int tid = so.get("tid").asInt();
            String category = so.get("category").asText();
            if (!VidorTaxonomy.get().isCategory(category)) {
                throw so.get("category").error("unknown object category '" + category + "'");
            }
            if (entities.put(tid, Entity.annotated(videoId, tid, category)) != null) {
                throw so.get("tid").error("duplicate tid " + tid);
            }
        }
        return entities;
    }

    private static Box box(JsonCursor box, int frame, Map<Integer, Entity> entities, int width, int height) {
        int tid = box.get("tid").asInt();
        if (!entities.containsKey(tid)) {
            throw box.get("tid").error("tid " + tid + " is not in subject/objects");
        }
        JsonCursor bb = box.get("bbox");
        double x1 = bb.get("xmin").asDouble();
        double y1 = bb.get("ymin").asDouble();
        double x2 = bb.get("xmax").asDouble();
        double y2 = bb.get("ymax").asDouble();
        if (x2 <= x1 || y2 <= y1) {
            throw bb.error("empty box [" + x1 + "," + y1 + "," + x2 + "," + y2 + "]");
        }
        if (x1 < 0 || y1 < 0 || x2 > width || y2 > height) {
            throw bb.error("box [" + x1 + "," + y1 + "," + x2 + "," + y2 + "] outside the " + width + "x" + height + " frame");
        }
        JsonCursor generated = box.opt("generated");
        boolean gen = generated != null && (generated.node().asBoolean() || generated.node().asInt() != 0);
        return new Box(tid, frame, x1, y1, x2, y2, gen, 1.0);
    }

    /** An annotated relation instance ({@code end_fid} exclusive). */
    static Event relation(String videoId, JsonCursor rel, Map<Integer, Entity> entities, int frameCount) {
        int subject = tid(rel.get("subject_tid"), entities);
        int object = tid(rel.get("object_tid"), entities);
        String predicate = rel.get("predicate").asText();
        PredicateKind kind = VidorTaxonomy.get().kind(predicate)
                .orElseThrow(() -> rel.get("predicate").error("unknown predicate '" + predicate + "'"));
        int begin = rel.get("begin_fid").asInt();
        int end = rel.get("end_fid").asInt();
        if (end <= begin) {
            throw rel.get("end_fid").error("end_fid " + end + " is not after begin_fid " + begin);
        }
        if (begin < 0 || end > frameCount) {
            throw rel.error("frames " + begin + ".." + end + " outside the video's " + frameCount + " frames");
        }
        return Event.annotated(videoId, predicate, kind, subject, object, begin, end);
    }

    private static int tid(JsonCursor tid, Map<Integer, Entity> entities) {
        int t = tid.asInt();
        if (!entities.containsKey(t)) {
            throw tid.error("tid " + t + " is not in subject/objects");
        }
        return t;
    }

    /** Drops events whose uid repeats (same subject, predicate, object, begin), keeping the longest. */
    static List<Event> dedupe(List<Event> events) {
        Map<String, Event> byUid = new LinkedHashMap<>();
        for (Event e : events) {
            byUid.merge(e.uid(), e, (a, b) -> b.end() > a.end() ? b : a);
        }
        return List.copyOf(byUid.values());
    }

    private record FileUnit(Path file) implements IngestUnit {

        @Override
        public String videoId() {
            String name = file.getFileName().toString();
            return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        }

        @Override
        public String location() {
            return file.toString();
        }

        @Override
        public String origin() {
            return IngestUnit.origin(ORIGIN, file.getFileName().toString());
        }

        @Override
        public String contentHash() {
            return ContentHash.of(InputFiles.read(file));
        }

        @Override
        public UnitContent load(String contentHash) {
            VideoGraph graph = parse(JsonCursor.parse(file, InputFiles.read(file)), contentHash);
            return UnitContent.of(RelationDerivation.enrich(graph));
        }
    }
}
