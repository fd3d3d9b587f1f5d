package io.cotasks.ingest.vidor;

import io.cotasks.ingest.ContentHash;
import io.cotasks.ingest.IngestUnit;
import io.cotasks.ingest.InputFiles;
import io.cotasks.ingest.JsonCursor;
import io.cotasks.ingest.JsonRecord;
import io.cotasks.ingest.SourceAdapter;
import io.cotasks.ingest.UnitContent;
import io.cotasks.ingest.derive.RelationDerivation;
import io.cotasks.store.model.Entity;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * VidSTG annotation files: a JSON list of records, several per video. The records of one video are merged
 * into one unit: entities by tid (a tid must keep its category), the union of the records'
 * {@code used_relation}s deduplicated. Each record's captions and questions (questions prefixed
 * {@code "Q: "}) describe its own relation instance: they are kept on that event ({@link Event#texts}; records
 * repeating one instance pool theirs) and, all together, on the video; both deduplicated in file order.
 * VidSTG has no boxes, so only Allen relations are derived.
 */
public final class VidstgAdapter implements SourceAdapter {

    public static final String ORIGIN = "vidstg";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private VidstgAdapter() {
    }

    public static VidstgAdapter create() {
        return new VidstgAdapter();
    }

    @Override
    public String name() {
        return ORIGIN;
    }

    @Override
    public List<IngestUnit> units(List<Path> inputs) {
        return InputFiles.unitsPerFile(inputs, ".json", file -> {
            List<JsonRecord> records = JsonRecord.elements(file, InputFiles.read(file));
            List<IngestUnit> units = new ArrayList<>();
            JsonCursor.groupBy(records, JsonRecord::cursor, "vid")
                    .forEach((vid, recs) -> units.add(new VideoUnit(vid, recs)));
            return units;
        });
    }

    /** Merges the records of one video into its graph (before derivation). */
    public static VideoGraph merge(String videoId, List<JsonCursor> records, String contentHash) {
        JsonCursor first = records.get(0);
        int frameCount = first.get("frame_count").asInt();
        Video video = new Video(videoId, ORIGIN, first.get("fps").asDouble(), frameCount,
                first.get("width").asInt(), first.get("height").asInt());
        Map<Integer, Entity> entities = new LinkedHashMap<>();
        Map<String, Event> unique = new LinkedHashMap<>();
        Map<String, Set<String>> texts = new LinkedHashMap<>();
        Set<String> captions = new LinkedHashSet<>();
        for (JsonCursor record : records) {
            for (Map.Entry<Integer, Entity> e : VidorAdapter.entities(videoId, record.get("subject/objects")).entrySet()) {
                Entity known = entities.putIfAbsent(e.getKey(), e.getValue());
                if (known != null && !known.category().equals(e.getValue().category())) {
                    throw record.get("subject/objects").error("tid " + e.getKey() + " is '" + e.getValue().category()
                            + "' here but '" + known.category() + "' in another record of video " + videoId);
                }
            }
            Event event = VidorAdapter.relation(videoId, record.get("used_relation"), entities, frameCount);
            String key = event.uid() + "#" + event.end();
            unique.putIfAbsent(key, event);
            Set<String> own = texts.computeIfAbsent(key, k -> new LinkedHashSet<>());
            texts(record.opt("captions"), "", own);
            texts(record.opt("questions"), "Q: ", own);
            captions.addAll(own);
        }
        List<Event> events = new ArrayList<>();
        unique.forEach((key, e) -> events.add(e.withTexts(List.copyOf(texts.get(key)))));
        return new VideoGraph(video, ORIGIN, contentHash, List.copyOf(entities.values()), List.of(),
                VidorAdapter.dedupe(events), List.of(), List.copyOf(captions));
    }

    private static void texts(JsonCursor list, String prefix, Set<String> out) {
        if (list == null) {
            return;
        }
        for (JsonCursor item : list.elements()) {
            out.add(prefix + WHITESPACE.matcher(item.get("description").asText().trim()).replaceAll(" "));
        }
    }

    /** The records of one video, hashed as written in the file (see {@link ContentHash#ofLines}). */
    private record VideoUnit(String videoId, List<JsonRecord> records) implements IngestUnit {

        @Override
        public String location() {
            return JsonRecord.location(records, videoId);
        }

        @Override
        public String origin() {
            return IngestUnit.origin(ORIGIN, records.get(0).cursor().file());
        }

        @Override
        public String contentHash() {
            return ContentHash.ofLines(JsonRecord.raws(records), "");
        }

        @Override
        public UnitContent load(String contentHash) {
            return UnitContent.of(RelationDerivation.enrich(merge(videoId, JsonRecord.cursors(records), contentHash)));
        }
    }
}
