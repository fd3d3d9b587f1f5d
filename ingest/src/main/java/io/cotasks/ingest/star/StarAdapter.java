package io.cotasks.ingest.star;

import io.cotasks.ingest.ContentHash;
import io.cotasks.ingest.IngestException;
import io.cotasks.ingest.IngestUnit;
import io.cotasks.ingest.InputFiles;
import io.cotasks.ingest.JsonCursor;
import io.cotasks.ingest.JsonRecord;
import io.cotasks.ingest.SourceAdapter;
import io.cotasks.ingest.UnitContent;
import io.cotasks.ingest.derive.RelationDerivation;
import io.cotasks.store.star.StarClasses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * STAR question files with situation graphs: the official release ({@code STAR_train/val/test.json}: a
 * JSON list, programs as {@code {function, value_input}} steps, {@code o###/r###/a###} labels) and the
 * homepage pre-release layout ({@code sel_examples.json}: a list or an object keyed by question id, postfix
 * programs, integer labels, Charades actions). All records of one video become one unit: its situation
 * graph (the union of the records' keyframes, see {@link StarGraphBuilder}) with derived relations, and one
 * {@code Question} per record. Action spans come from the records' {@code anno_actions}, from the Charades
 * CSVs found near the file ({@code Charades_v1_*.csv}), and otherwise from the keyframes that list the
 * action. The vocabularies are shipped ({@link StarClasses}), so a file ingests from any folder.
 */
public final class StarAdapter implements SourceAdapter {

    public static final String ORIGIN = "star";
    /** The person's track id: STAR object o000. */
    public static final int PERSON = 0;

    private final StarClasses classes;

    private StarAdapter(StarClasses classes) {
        this.classes = classes;
    }

    /** The adapter with the vocabularies shipped inside the application. */
    public static StarAdapter create() {
        return new StarAdapter(StarClasses.shipped());
    }

    /** The adapter with {@code classes} ({@code --star-classes DIR}). */
    public static StarAdapter create(StarClasses classes) {
        return new StarAdapter(classes);
    }

    @Override
    public String name() {
        return ORIGIN;
    }

    @Override
    public List<IngestUnit> units(List<Path> inputs) {
        return InputFiles.unitsPerFile(inputs, ".json", this::unitsOf);
    }

    private List<IngestUnit> unitsOf(Path file) {
        String name = file.getFileName().toString();
        if (name.equals("obj_rel_cls_dict.json") || name.equals("video_fps.json")) {
            return List.of();
        }
        StarVocabulary vocab = StarVocabulary.of(classes, file);
        Map<String, CharadesActions.Row> charades = charadesNear(file);
        List<JsonRecord> records = JsonRecord.elementsOrValues(file, InputFiles.read(file));
        Path keyframes = file.toAbsolutePath().getParent().resolve("keyframes");
        List<IngestUnit> units = new ArrayList<>();
        JsonCursor.groupBy(records, JsonRecord::cursor, "video_id").forEach((vid, recs) -> units.add(
                new VideoUnit(vid, recs, vocab, charades.get(vid), keyframes.resolve(vid))));
        return units;
    }

    /** Rows of every {@code Charades_v1_*.csv} (not the class list) near {@code file}. */
    static Map<String, CharadesActions.Row> charadesNear(Path file) {
        Map<String, CharadesActions.Row> rows = new HashMap<>();
        for (Path dir : StarVocabulary.searchPath(file.toAbsolutePath().getParent()).stream().distinct().toList()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().matches("Charades_v1_.*\\.csv")).sorted()
                        .forEach(p -> CharadesActions.read(p).forEach(rows::putIfAbsent));
            } catch (IOException e) {
                throw new IngestException(dir + ": cannot list: " + e.getMessage());
            }
        }
        return rows;
    }

    /** The records of one video, hashed as written in the file, then its Charades row ({@link ContentHash#ofLines}). */
    private record VideoUnit(String videoId, List<JsonRecord> records, StarVocabulary vocab,
                             CharadesActions.Row charades, Path keyframes) implements IngestUnit {

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
            return ContentHash.ofLines(JsonRecord.raws(records), charades == null ? "" : charades.raw());
        }

        @Override
        public UnitContent load(String contentHash) {
            StarGraphBuilder builder = new StarGraphBuilder(videoId, vocab, charades, keyframes);
            records.forEach(r -> builder.add(r.cursor()));
            return UnitContent.of(RelationDerivation.enrich(builder.graph(contentHash)), builder.questions(),
                    builder.unmappedLabels());
        }
    }
}
