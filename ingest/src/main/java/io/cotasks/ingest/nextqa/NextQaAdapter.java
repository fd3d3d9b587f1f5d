package io.cotasks.ingest.nextqa;

import io.cotasks.ingest.IngestException;
import io.cotasks.ingest.IngestUnit;
import io.cotasks.ingest.InputFiles;
import io.cotasks.ingest.JsonCursor;
import io.cotasks.ingest.SourceAdapter;
import io.cotasks.ingest.UnitContent;
import io.cotasks.store.model.Question;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * NExT-QA question CSVs: multiple choice ({@code video,...,answer,qid,type,a0..a4} with the answer's
 * index), open-ended (no choices, text answer) and NExT-GQA ({@code video_id,...}, text answer, choices,
 * answer spans in seconds from a {@code *gsub*.json} next to the CSV). The flavour is read from the header.
 * One unit per video: its questions, plus a bare {@code Video} with the CSV's frame count and size that is
 * written only when the store does not hold that video yet.
 */
public final class NextQaAdapter implements SourceAdapter {

    public static final String ORIGIN = "nextqa";

    private NextQaAdapter() {
    }

    public static NextQaAdapter create() {
        return new NextQaAdapter();
    }

    @Override
    public String name() {
        return ORIGIN;
    }

    @Override
    public List<IngestUnit> units(List<Path> inputs) {
        return InputFiles.unitsPerFile(inputs, ".csv", NextQaAdapter::read);
    }

    private static List<IngestUnit> read(Path csv) {
        String name = csv.getFileName().toString();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        Map<String, List<Line>> byVideo = new LinkedHashMap<>();
        String dataset;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            String videoColumn = header.containsKey("video_id") ? "video_id" : "video";
            dataset = header.containsKey("video_id") ? "nextqa-gqa" : header.containsKey("a0") ? "nextqa-mc" : "nextqa-oe";
            for (String column : List.of(videoColumn, "frame_count", "width", "height", "question", "answer", "qid", "type")) {
                if (!header.containsKey(column)) {
                    throw new IngestException(name + ":1: missing column '" + column + "'");
                }
            }
            for (CSVRecord record : parser) {
                String video = record.size() > header.get(videoColumn) ? record.get(videoColumn) : "";
                byVideo.computeIfAbsent(video, v -> new ArrayList<>())
                        .add(new Line(name + ":" + (record.getRecordNumber() + 1), record, videoColumn));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new IngestException(name + ": malformed CSV: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        Map<String, JsonCursor> spans = "nextqa-gqa".equals(dataset) ? gsub(csv) : Map.of();
        List<IngestUnit> units = new ArrayList<>();
        String ds = dataset;
        byVideo.forEach((video, lines) -> units.add(new VideoUnit(video, ds, name, lines, spans.get(video))));
        return units;
    }

    /** The per-video entries of the {@code *gsub*.json} next to a GQA CSV, or none. */
    private static Map<String, JsonCursor> gsub(Path csv) {
        Map<String, JsonCursor> out = new HashMap<>();
        try (Stream<Path> files = Files.list(csv.toAbsolutePath().getParent())) {
            for (Path p : files.filter(f -> f.getFileName().toString().contains("gsub")
                    && f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                JsonCursor.parse(p, InputFiles.read(p)).fields().forEach(f -> out.putIfAbsent(f.getKey(), f.getValue()));
            }
        } catch (IOException e) {
            throw new IngestException(csv.getFileName() + ": cannot list its folder: " + e.getMessage());
        }
        return out;
    }

    /** One CSV line with its location. */
    record Line(String location, CSVRecord record, String videoColumn) {
    }

    private record VideoUnit(String videoId, String dataset, String file, List<Line> lines, JsonCursor spans)
            implements IngestUnit {

        @Override
        public String location() {
            return lines.get(0).location();
        }

        @Override
        public String origin() {
            return IngestUnit.origin(dataset, file);
        }

        @Override
        public String contentHash() {
            return null;
        }

        @Override
        public UnitContent load(String contentHash) {
            List<Question> questions = new ArrayList<>();
            for (Line line : lines) {
                questions.add(NextQaRows.question(dataset, line, spans));
            }
            Line first = lines.get(0);
            Video video = new Video(videoId, ORIGIN, fpsOf(spans), NextQaRows.integer(first, "frame_count"),
                    NextQaRows.integer(first, "width"), NextQaRows.integer(first, "height"));
            VideoGraph bare = new VideoGraph(video, dataset, null, List.of(), List.of(), List.of(), List.of(), List.of());
            return new UnitContent(bare, true, questions);
        }

        private static double fpsOf(JsonCursor spans) {
            JsonCursor fps = spans == null ? null : spans.opt("fps");
            return fps == null ? 0 : fps.asDouble();
        }
    }
}
