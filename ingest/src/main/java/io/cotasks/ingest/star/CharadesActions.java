package io.cotasks.ingest.star;

import io.cotasks.ingest.IngestException;
import io.cotasks.store.model.Entity;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.star.StarClasses;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Charades action annotations ({@code Charades_v1_*.csv}: {@code id,...,actions,length} with
 * {@code actions = "c092 11.90 21.20;c147 0.00 12.60"}) and their conversion into action events of the
 * video's person (track 0).
 *
 * <p>An action whose Charades class maps to a STAR action (see {@link StarVocabulary}) becomes an event
 * {@code person -[verb]-> object} with the STAR verb as predicate ("put", "hold"), the STAR object's
 * entity (track id = the o### number) as object and the a### id as label. Otherwise the predicate is the
 * Charades class text in snake case without "someone is" ("sneezing", "putting_something_on_a_table"),
 * no object, and the c### id as label. Kind: {@code watch} is attention, {@code hold} and {@code grasp}
 * are contact, everything else is action. Seconds become frames with the video's fps: begin is the frame
 * containing the start, end the first frame at or after the end (at least begin + 1).
 */
public final class CharadesActions {

    /** One annotated action: a class id and a span in seconds, with its CSV location. */
    public record Span(String label, double begin, double end, String location) {
    }

    /** One CSV row: the video's actions and its length in seconds, or the error that makes it unusable. */
    public record Row(String videoId, List<Span> spans, double length, String location, String raw, String error) {

        /** The spans; a row with an error throws it here, so only its own video fails. */
        @Override
        public List<Span> spans() {
            if (error != null) {
                throw new IngestException(error);
            }
            return spans;
        }
    }

    private static final Pattern START_LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CLASS_ID = Pattern.compile("c\\d{3}");
    private static final Pattern SOMEONE_IS = Pattern.compile("^someone is ");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9/]+");
    private static final Pattern EDGE_UNDERSCORE = Pattern.compile("^_|_$");

    private CharadesActions() {
    }

    /**
     * The rows of a Charades CSV keyed by video id; a malformed row is an error naming file:line. The policy
     * is NExT-QA's (docs/datasets.md): a bad row is skipped with its line number and the good rows stay. A quote
     * that never closes makes the rest of the file one field: the rows before it stay, and the error (keyed by
     * its location, so no video matches it) names the line where the quoted field starts.
     */
    public static Map<String, Row> read(Path csv) {
        String name = csv.toString();
        Map<String, Row> rows = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (String column : List.of("id", "actions", "length")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IngestException(name + ":1: missing column '" + column + "'");
                }
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    String problem = describe(name, e.getCause());
                    rows.put(problem, new Row(problem, List.of(), 0, problem, problem, problem));
                    break;
                }
                add(rows, record, name + ":" + (record.getRecordNumber() + 1), parser.getHeaderNames().size());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IngestException(describe(name, e instanceof UncheckedIOException u ? u.getCause() : e));
        }
        return rows;
    }

    private static void add(Map<String, Row> rows, CSVRecord record, String where, int columns) {
        try {
            rows.put(record.get(0), row(record, where));
        } catch (IngestException e) {
            rows.put(record.get(0), new Row(record.get(0), List.of(), 0, where, String.join(",", record.toList()),
                    e.getMessage()));
        } catch (IllegalArgumentException e) {
            rows.put(record.get(0), new Row(record.get(0), List.of(), 0, where, String.join(",", record.toList()),
                    where + ": expected " + columns + " columns, got " + record.size()));
        }
    }

    /** A reading error as a plain sentence with its place, without the CSV library's wording. */
    static String describe(String name, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return name + ": not UTF-8 text";
            }
        }
        String message = String.valueOf(e.getMessage());
        Matcher line = START_LINE.matcher(message);
        String at = line.find() ? name + ":" + line.group(1) : name;
        if (message.contains("EOF reached before encapsulated token finished")) {
            return at + ": unbalanced quote: the quoted field starting here never closes";
        }
        if (message.contains("invalid char between encapsulated token and delimiter")) {
            return at + ": a quoted field has text after its closing quote";
        }
        return name + ": cannot read (" + e.getClass().getSimpleName() + ")";
    }

    private static Row row(CSVRecord record, String where) {
        List<Span> spans = new ArrayList<>();
        String actions = record.get("actions").strip();
        if (!actions.isEmpty()) {
            for (String item : actions.split(";")) {
                String[] parts = WHITESPACE.split(item.strip());
                if (parts.length != 3 || !CLASS_ID.matcher(parts[0]).matches()) {
                    throw new IngestException(where + ": action '" + item + "' is not 'c### start end'");
                }
                double begin = number(parts[1], where);
                double end = number(parts[2], where);
                if (end < begin) {
                    throw new IngestException(where + ": action " + parts[0] + " ends at " + end + " s before it begins at " + begin + " s");
                }
                spans.add(new Span(parts[0], begin, end, where));
            }
        }
        String length = record.get("length").strip();
        return new Row(record.get("id"), spans, length.isEmpty() ? 0 : number(length, where), where,
                String.join(",", record.toList()), null);
    }

    /** "Someone is putting something on a table" as "putting_something_on_a_table". */
    private static String snakeCase(String charadesText) {
        String text = SOMEONE_IS.matcher(charadesText.toLowerCase(Locale.ROOT)).replaceFirst("");
        return EDGE_UNDERSCORE.matcher(NON_WORD.matcher(text).replaceAll("_")).replaceAll("");
    }

    private static double number(String text, String where) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IngestException(where + ": '" + text + "' is not a number");
        }
    }

    /**
     * Whether {@code label} is an action the vocabularies know: a Charades {@code c###} class or a STAR
     * {@code a###} action. Any other label still becomes an event, with the label as written as predicate
     * and label, and is counted as unmapped.
     */
    public static boolean known(String label, StarClasses classes) {
        return classes.charadesTexts().containsKey(label) || classes.actionTexts().containsKey(label);
    }

    /**
     * The event of one action of {@code videoId}'s person (an unknown label keeps its text, see {@link #known}); adds the object's entity to {@code entities}
     * when the action has one.
     */
    public static Event toEvent(String videoId, Span span, double fps, StarVocabulary vocab, Map<Integer, Entity> entities) {
        int begin = (int) Math.floor(span.begin() * fps);
        int end = Math.max(begin + 1, (int) Math.ceil(span.end() * fps));
        return event(videoId, span.label(), begin, end, vocab, entities);
    }

    /**
     * The event of the person's action {@code label} (c### or a###) over frames {@code [begin, end)}; adds
     * the object's entity to {@code entities} when the action has one.
     */
    static Event event(String videoId, String label, int begin, int end, StarVocabulary vocab, Map<Integer, Entity> entities) {
        entities.putIfAbsent(StarAdapter.PERSON, Entity.annotated(videoId, StarAdapter.PERSON, "person"));
        String star = vocab.classes().actionId(label);
        String verb = vocab.classes().actionVerbs().get(star);
        String object = vocab.classes().actionObjects().get(star);
        if (verb == null || object == null) {
            String text = snakeCase(vocab.classes().charadesTexts().getOrDefault(label, label));
            return new Event(videoId, text, PredicateKind.ACTION, StarAdapter.PERSON, null, begin, end,
                    io.cotasks.store.model.Source.ANNOTATION, 1.0, label);
        }
        int track = vocab.classes().objectIndex(object);
        entities.putIfAbsent(track, Entity.annotated(videoId, track, object));
        PredicateKind kind = verb.equals("watch") ? PredicateKind.ATTENTION
                : verb.equals("hold") || verb.equals("grasp") ? PredicateKind.CONTACT : PredicateKind.ACTION;
        return new Event(videoId, verb, kind, StarAdapter.PERSON, track, begin, end,
                io.cotasks.store.model.Source.ANNOTATION, 1.0, star);
    }
}
