package io.cotasks.ingest.star;

import io.cotasks.ingest.ContentHash;
import io.cotasks.ingest.IngestUnit;
import io.cotasks.ingest.InputFiles;
import io.cotasks.ingest.SourceAdapter;
import io.cotasks.ingest.UnitContent;
import io.cotasks.ingest.derive.RelationDerivation;
import io.cotasks.store.model.Entity;
import io.cotasks.store.star.StarClasses;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Charades CSVs ({@code --source charades}): one unit per row, the video's person with one action event
 * per annotated action (see {@link CharadesActions} for the mapping to STAR verbs and objects), then
 * Allen relations. The vocabularies are shipped ({@link StarClasses}); a {@code video_fps.json} near the CSV
 * overrides STAR's frame rates, and a video no table names is taken as 30 fps.
 */
public final class CharadesAdapter implements SourceAdapter {

    public static final String ORIGIN = "charades";

    private final StarClasses classes;

    private CharadesAdapter(StarClasses classes) {
        this.classes = classes;
    }

    /** The adapter with the vocabularies shipped inside the application. */
    public static CharadesAdapter create() {
        return new CharadesAdapter(StarClasses.shipped());
    }

    /** The adapter with {@code classes} ({@code --star-classes DIR}). */
    public static CharadesAdapter create(StarClasses classes) {
        return new CharadesAdapter(classes);
    }

    @Override
    public String name() {
        return ORIGIN;
    }

    @Override
    public List<IngestUnit> units(List<Path> inputs) {
        return InputFiles.unitsPerFile(inputs, ".csv", csv -> {
            StarVocabulary vocab = vocabularyNear(csv);
            return CharadesActions.read(csv).values().stream()
                    .map(row -> (IngestUnit) new RowUnit(row, vocab, csv.toString())).toList();
        });
    }

    private StarVocabulary vocabularyNear(Path csv) {
        return StarVocabulary.of(classes, csv);
    }

    /**
     * The graph of one Charades row (before derivation); action classes the vocabularies do not know are
     * added to {@code unmapped}.
     */
    static VideoGraph graph(CharadesActions.Row row, StarVocabulary vocab, String contentHash, Set<String> unmapped) {
        double fps = vocab.fps(row.videoId());
        Map<Integer, Entity> entities = new TreeMap<>();
        Map<String, Event> events = new LinkedHashMap<>();
        for (CharadesActions.Span span : row.spans()) {
            Event e = CharadesActions.toEvent(row.videoId(), span, fps, vocab, entities);
            if (!CharadesActions.known(span.label(), vocab.classes())) {
                unmapped.add("action " + span.label());
            }
            events.merge(e.uid(), e, (a, b) -> b.end() > a.end() ? b : a);
        }
        int frameCount = Math.max((int) Math.ceil(row.length() * fps),
                events.values().stream().mapToInt(Event::end).max().orElse(0));
        Video video = new Video(row.videoId(), ORIGIN, fps, frameCount, 0, 0);
        return new VideoGraph(video, ORIGIN, contentHash, List.copyOf(entities.values()), List.of(),
                List.copyOf(events.values()), List.of(), List.of());
    }

    private record RowUnit(CharadesActions.Row row, StarVocabulary vocab, String file) implements IngestUnit {

        @Override
        public String videoId() {
            return row.videoId();
        }

        @Override
        public String location() {
            return row.location();
        }

        @Override
        public String origin() {
            return IngestUnit.origin(ORIGIN, file);
        }

        @Override
        public String contentHash() {
            return ContentHash.of(row.raw());
        }

        @Override
        public UnitContent load(String contentHash) {
            Set<String> unmapped = new TreeSet<>();
            VideoGraph graph = RelationDerivation.enrich(graph(row, vocab, contentHash, unmapped));
            return UnitContent.of(graph, List.of(), unmapped);
        }
    }
}
