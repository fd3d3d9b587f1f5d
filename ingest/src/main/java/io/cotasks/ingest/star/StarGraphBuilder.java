package io.cotasks.ingest.star;

import io.cotasks.ingest.JsonCursor;
import io.cotasks.ingest.derive.FrameRuns;
import io.cotasks.store.model.Box;
import io.cotasks.store.model.Entity;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.model.Question;
import io.cotasks.store.model.Span;
import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;
import io.cotasks.store.star.StarLabels;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds one STAR video's situation graph from its records.
 *
 * <p><b>Identity rule.</b> STAR has no track ids. Each object class is one entity per video, with the
 * official STAR object number as track id (person = o000 = track 0, sandwich = o016 = track 16; a
 * pre-release class without an official name gets 100 + its integer id). STAR's relation pairs name
 * classes, not boxes, so this is the identity the annotation itself uses.
 *
 * <p>Keyframes (the situation keys, frame numbers) become frames; boxes become per-frame boxes of their
 * class's entity (a null box leaves the entity without a box on that frame). Records of one video repeat
 * keyframes: they are unioned. Relation triples (person, relationship, object) are merged over keyframes
 * consecutive in the video's keyframe sequence ({@link FrameRuns}). Labels in either layout (pre-release
 * integers, release o###/r###/a###, Charades c###) map through {@link StarLabels}: relationships get STAR's
 * r### ids as labels, names outside the official list (e.g. at_the_left_of) and unknown ids keep their
 * original label. Contact relationships (holding, eating, sitting_on, ...) are contact events, the rest
 * spatial. Actions come from {@code anno_actions} and the Charades row in seconds; an action listed on
 * keyframes without such a span becomes one event per run of consecutive keyframes listing it.
 */
final class StarGraphBuilder {

    static final Set<String> CONTACT = Set.of("drinking_from", "have_it_on_the_back", "wearing", "holding",
            "lying_on", "laying_on", "covered_by", "carrying", "eating", "leaning_on", "sitting_on", "twisting",
            "writing_on", "standing_on", "touching", "wiping");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final String videoId;
    private final StarVocabulary vocab;
    private final CharadesActions.Row charades;
    private final Path keyframes;
    private final Map<Integer, Entity> entities = new TreeMap<>();
    private final TreeMap<Integer, Map<Integer, Box>> boxes = new TreeMap<>();
    private final TreeMap<Integer, Set<Triple>> relations = new TreeMap<>();
    private final Map<String, CharadesActions.Span> actions = new LinkedHashMap<>();
    private final TreeMap<Integer, Set<String>> keyframeActions = new TreeMap<>();
    private final List<Question> questions = new ArrayList<>();
    /** Label ids the vocabularies do not know ("object 999", "action c999"): kept on the graph, counted in the summary. */
    private final Set<String> unmapped = new TreeSet<>();
    private int[] size;
    private boolean sized;

    private record Triple(int subject, String relation, int object, String label) {
    }

    StarGraphBuilder(String videoId, StarVocabulary vocab, CharadesActions.Row charades, Path keyframes) {
        this.videoId = videoId;
        this.vocab = vocab;
        this.charades = charades;
        this.keyframes = keyframes;
        entities.put(StarAdapter.PERSON, Entity.annotated(videoId, StarAdapter.PERSON, "person"));
    }

    void add(JsonCursor record) {
        int[] size = frameSize();
        for (Map.Entry<String, JsonCursor> kf : record.get("situations").fields()) {
            if (!DIGITS.matcher(kf.getKey()).matches()) {
                throw kf.getValue().error("keyframe id '" + kf.getKey() + "' is not a frame number");
            }
            situation(Integer.parseInt(kf.getKey()), kf.getValue(), size);
        }
        JsonCursor anno = record.opt("anno_actions");
        if (anno != null) {
            for (JsonCursor a : anno.elements()) {
                List<JsonCursor> parts = a.elements();
                if (parts.size() != 3) {
                    throw a.error("expected [action, start, end]");
                }
                double begin = parts.get(1).asDouble();
                double end = parts.get(2).asDouble();
                if (end < begin) {
                    throw a.error("action ends at " + end + " s before it begins at " + begin + " s");
                }
                addAction(new CharadesActions.Span(parts.get(0).asText(), begin, end, a.file() + ": " + a.path()));
            }
        }
        questions.add(question(record));
    }

    private void situation(int frame, JsonCursor sit, int[] size) {
        relations.computeIfAbsent(frame, f -> new LinkedHashSet<>());
        Set<String> listed = keyframeActions.computeIfAbsent(frame, f -> new LinkedHashSet<>());
        JsonCursor acts = sit.opt("actions");
        if (acts != null) {
            acts.elements().forEach(a -> listed.add(vocab.classes().actionId(a.asText())));
        }
        List<JsonCursor> bbox = sit.get("bbox").elements();
        List<JsonCursor> labels = sit.get("bbox_labels").elements();
        if (bbox.size() != labels.size()) {
            throw sit.error(bbox.size() + " boxes but " + labels.size() + " bbox_labels");
        }
        for (int i = 0; i < bbox.size(); i++) {
            int track = objectTrack(labels.get(i));
            if (bbox.get(i).node().isNull()) {
                continue;
            }
            List<JsonCursor> c = bbox.get(i).elements();
            if (c.size() != 4) {
                throw bbox.get(i).error("expected [x1, y1, x2, y2]");
            }
            Box box = new Box(track, frame, c.get(0).asDouble(), c.get(1).asDouble(), c.get(2).asDouble(),
                    c.get(3).asDouble(), false, 1.0);
            if (box.x2() <= box.x1() || box.y2() <= box.y1()) {
                throw bbox.get(i).error("empty box");
            }
            if (size != null && (box.x1() < 0 || box.y1() < 0 || box.x2() > size[0] || box.y2() > size[1])) {
                throw bbox.get(i).error("box outside the " + size[0] + "x" + size[1] + " frame");
            }
            boxes.computeIfAbsent(frame, f -> new TreeMap<>()).putIfAbsent(track, box);
        }
        List<JsonCursor> pairs = sit.get("rel_pairs").elements();
        List<JsonCursor> rels = sit.get("rel_labels").elements();
        if (pairs.size() != rels.size()) {
            throw sit.error(pairs.size() + " rel_pairs but " + rels.size() + " rel_labels");
        }
        for (int i = 0; i < pairs.size(); i++) {
            List<JsonCursor> pair = pairs.get(i).elements();
            if (pair.size() != 2) {
                throw pairs.get(i).error("expected [subject, object]");
            }
            StarLabels.RelationLabel rel = StarLabels.relation(vocab.classes(), raw(rels.get(i)));
            if (rel == null) {
                throw rels.get(i).error("unknown relationship label " + rels.get(i).node());
            }
            if (!rel.mapped()) {
                unmapped.add("relationship " + rel.label());
            }
            relations.get(frame).add(new Triple(objectTrack(pair.get(0)), rel.predicate(), objectTrack(pair.get(1)), rel.label()));
        }
    }

    /** The entity (track id) of an object label (integer, o### or name), created on first sight. */
    private int objectTrack(JsonCursor label) {
        StarLabels.ObjectLabel object = StarLabels.object(vocab.classes(), raw(label));
        if (object == null) {
            throw label.error("unknown object label " + label.node());
        }
        if (!object.mapped()) {
            unmapped.add("object " + label.asText());
        }
        entities.putIfAbsent(object.track(), Entity.annotated(videoId, object.track(), object.category()));
        return object.track();
    }

    /** A label as written: an Integer for JSON numbers, else the text. */
    private static Object raw(JsonCursor label) {
        return label.node().isInt() ? (Object) label.node().asInt() : label.asText();
    }

    private void addAction(CharadesActions.Span span) {
        actions.putIfAbsent(String.format(Locale.ROOT, "%s@%.2f-%.2f", span.label(), span.begin(), span.end()), span);
    }

    private Question question(JsonCursor r) {
        String qid = r.get("question_id").asText();
        JsonCursor answerNode = r.opt("answer");
        String answer = answerNode == null || answerNode.node().isNull() ? null : answerNode.asText();
        boolean release = r.opt("question_program") != null;
        List<String> choices = new ArrayList<>();
        int answerIndex = -1;
        List<JsonCursor> cs = new ArrayList<>(r.get("choices").elements());
        cs.sort((a, b) -> Integer.compare(a.get("choice_id").asInt(), b.get("choice_id").asInt()));
        for (JsonCursor c : cs) {
            String text = c.get("choice").asText();
            boolean marked = release ? text.equals(answer) : c.opt("answer") != null && "Correct".equalsIgnoreCase(c.get("answer").asText());
            if (marked && answerIndex < 0) {
                answerIndex = choices.size();
            }
            choices.add(text);
        }
        double start = r.get("start").asDouble();
        double end = r.get("end").asDouble();
        if (end < start) {
            throw r.get("end").error("end " + end + " is before start " + start);
        }
        List<String> program = release ? StarPrograms.flatten(r.get("question_program"))
                : r.get("program").elements().stream().map(JsonCursor::asText).toList();
        return new Question("star", qid, videoId, qid.split("_")[0], r.get("question").asText(), choices,
                answer, answerIndex, List.of(new Span(start, end)), program);
    }

    List<Question> questions() {
        return questions;
    }

    /** Label ids without a mapping met so far (complete after {@link #graph}), as written in the file. */
    Set<String> unmappedLabels() {
        return unmapped;
    }

    VideoGraph graph(String contentHash) {
        double fps = vocab.fps(videoId);
        if (charades != null) {
            charades.spans().forEach(this::addAction);
        }
        List<Event> events = new ArrayList<>();
        int[] frames = relations.keySet().stream().mapToInt(Integer::intValue).toArray();
        FrameRuns<Triple> runs = FrameRuns.over(frames);
        relations.values().forEach(runs::next);
        for (FrameRuns.Run<Triple> run : runs.runs()) {
            Triple t = run.fact();
            PredicateKind kind = CONTACT.contains(t.relation()) ? PredicateKind.CONTACT : PredicateKind.SPATIAL;
            events.add(new Event(videoId, t.relation(), kind, t.subject(), t.object(), run.begin(), run.end(),
                    io.cotasks.store.model.Source.ANNOTATION, 1.0, t.label()));
        }
        Map<String, Event> actionEvents = new LinkedHashMap<>();
        Set<String> timed = new HashSet<>();
        for (CharadesActions.Span span : actions.values()) {
            Event e = CharadesActions.toEvent(videoId, span, fps, vocab, entities);
            noteAction(span.label());
            timed.add(vocab.classes().actionId(span.label()));
            actionEvents.merge(e.uid(), e, (a, b) -> b.end() > a.end() ? b : a);
        }
        // an action listed on keyframes without a time span (the release layout has no anno_actions): one
        // event per run of consecutive keyframes that list it
        FrameRuns<String> listed = FrameRuns.over(frames);
        keyframeActions.values().forEach(labels -> listed.next(labels.stream().filter(a -> !timed.contains(a)).toList()));
        for (FrameRuns.Run<String> run : listed.runs()) {
            Event e = CharadesActions.event(videoId, run.fact(), run.begin(), run.end(), vocab, entities);
            noteAction(run.fact());
            actionEvents.merge(e.uid(), e, (a, b) -> b.end() > a.end() ? b : a);
        }
        events.addAll(actionEvents.values());
        int lastFrame = Math.max(frames.length == 0 ? 0 : frames[frames.length - 1] + 1,
                events.stream().mapToInt(Event::end).max().orElse(0));
        int frameCount = Math.max(lastFrame, charades == null ? 0 : (int) Math.ceil(charades.length() * fps));
        int[] size = frameSize();
        Video video = new Video(videoId, StarAdapter.ORIGIN, fps, frameCount, size == null ? 0 : size[0], size == null ? 0 : size[1]);
        List<Box> allBoxes = new ArrayList<>();
        boxes.values().forEach(m -> allBoxes.addAll(m.values()));
        return new VideoGraph(video, StarAdapter.ORIGIN, contentHash, List.copyOf(entities.values()), allBoxes,
                events, List.of(), List.of());
    }

    private void noteAction(String label) {
        if (!CharadesActions.known(label, vocab.classes())) {
            unmapped.add("action " + label);
        }
    }

    /** Width and height from the first keyframe PNG's header, or null when there are no keyframes. */
    private int[] frameSize() {
        if (!sized) {
            size = readFrameSize();
            sized = true;
        }
        return size;
    }

    private int[] readFrameSize() {
        if (!Files.isDirectory(keyframes)) {
            return null;
        }
        try (Stream<Path> files = Files.list(keyframes)) {
            Path png = files.filter(p -> p.toString().endsWith(".png")).sorted().findFirst().orElse(null);
            if (png == null) {
                return null;
            }
            try (InputStream in = Files.newInputStream(png)) {
                ByteBuffer header = ByteBuffer.wrap(in.readNBytes(24));
                return new int[] {header.getInt(16), header.getInt(20)};
            }
        } catch (IOException e) {
            return null;
        }
    }
}
