package io.cotasks.ingest.nextqa;

import io.cotasks.datasets.nextqa.BadRow;
import io.cotasks.datasets.nextqa.NextQaQuestion;
import io.cotasks.datasets.nextqa.NextQaQuestions;
import io.cotasks.datasets.nextqa.NextQaReader;
import io.cotasks.ingest.IngestException;
import io.cotasks.ingest.IngestUnit;
import io.cotasks.ingest.InputFiles;
import io.cotasks.ingest.SourceAdapter;
import io.cotasks.ingest.UnitContent;
import io.cotasks.store.CotasksException;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NExT-QA question CSVs (MC, OE, GQA with the spans of a {@code *gsub*.json} next to the CSV), read by
 * {@link NextQaReader}. One unit per video: its questions, plus a bare {@code Video} with the CSV's frame
 * count and size (and the gsub file's fps) that is written only when the store does not hold that video yet.
 * Each bad row the reader skipped is one failed unit naming {@code file:line}; the good rows are written.
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
        NextQaQuestions file;
        try {
            file = NextQaReader.readWithGsubNextTo(csv);
        } catch (CotasksException e) {
            throw new IngestException(e.getMessage());
        }
        String name = csv.toString();
        List<IngestUnit> units = new ArrayList<>();
        for (BadRow bad : file.badRows()) {
            String location = name + ":" + bad.line();
            units.add(IngestUnit.failed(location, location, location + ": " + bad.reason()));
        }
        Map<String, List<NextQaQuestion>> byVideo = new LinkedHashMap<>();
        file.questions().forEach(q -> byVideo.computeIfAbsent(q.videoId(), v -> new ArrayList<>()).add(q));
        byVideo.forEach((video, questions) -> units.add(
                new VideoUnit(name, questions, file.gsub().fps(video))));
        return units;
    }

    private record VideoUnit(String fileName, List<NextQaQuestion> questions, double fps) implements IngestUnit {

        @Override
        public String videoId() {
            return questions.get(0).videoId();
        }

        @Override
        public String location() {
            return fileName + ":" + questions.get(0).line();
        }

        @Override
        public String origin() {
            return IngestUnit.origin(questions.get(0).format().dataset(), fileName);
        }

        @Override
        public String contentHash() {
            return null;
        }

        @Override
        public UnitContent load(String contentHash) {
            NextQaQuestion first = questions.get(0);
            Video video = new Video(first.videoId(), ORIGIN, fps, first.frameCount(), first.width(), first.height());
            VideoGraph bare = new VideoGraph(video, origin(), null, List.of(), List.of(), List.of(), List.of(), List.of());
            return new UnitContent(bare, true, questions.stream().map(NextQaQuestion::toQuestion).toList());
        }
    }
}
