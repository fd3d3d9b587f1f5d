package io.cotasks.store;

import io.cotasks.store.model.Video;
import io.cotasks.store.model.VideoGraph;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import picocli.CommandLine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Video graphs written by Neo4j's own offline bulk importer ({@code neo4j-admin database import full},
 * {@link ImportCommand.Full} from {@code org.neo4j:neo4j-import-tool}) into a fresh store: the ceiling for
 * our transactional ingest in {@code bench ingest}. The graphs become CSV files with the same labels,
 * relationship types and properties {@link GraphRows} gives the transactional writers; the importer then
 * builds the store in one offline pass (no transactions, no schema: our constraints and indexes are added
 * when the store is first opened, measured apart).
 */
public final class BulkImport implements AutoCloseable {

    /**
     * Elements written and the time of each step.
     *
     * @param csvSeconds    writing the CSV files (not part of the ceiling)
     * @param importSeconds the importer's run
     */
    public record Result(long nodes, long relationships, double csvSeconds, double importSeconds) {

        public long elements() {
            return nodes + relationships;
        }
    }

    private static final String[] BOX_COLUMNS = {Schema.X1 + ":double", Schema.Y1 + ":double", Schema.X2 + ":double",
        Schema.Y2 + ":double", Schema.BOX_FRAME + ":long", Schema.TIME + ":double", Schema.GENERATED + ":boolean",
        Schema.CONFIDENCE + ":double", Schema.ORIGINS + ":long[]"};

    private final Path home;
    private final Path csv;
    private final Map<String, BufferedWriter> files = new LinkedHashMap<>();
    private long nodes;
    private long relationships;
    private long csvNanos;

    private BulkImport(Path home) throws IOException {
        this.home = home;
        this.csv = Files.createDirectories(home.resolve("import-csv"));
    }

    /** A bulk import into a new DBMS home folder {@code home} (its database {@code neo4j}). */
    public static BulkImport into(Path home) {
        try {
            return new BulkImport(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds one video's graph to the CSV files. */
    public void add(VideoGraph graph) {
        long start = System.nanoTime();
        try {
            GraphRows rows = GraphRows.of(graph);
            Video v = graph.video();
            Map<String, Object> props = GraphWriter.videoProperties(v);
            node("Video", "id:ID(Video)", "dataset", "fps:double", "duration:double", "frameCount:long", "width:long",
                    "height:long", "contentHashes:string[]", "origins:string[]").row(v.id(), v.dataset(), props.get(Schema.FPS),
                    props.get(Schema.DURATION), props.get(Schema.FRAME_COUNT), props.get(Schema.WIDTH),
                    props.get(Schema.HEIGHT), graph.origin() + "=" + graph.contentHash(), graph.origin());
            for (Map<String, Object> e : rows.entities()) {
                node("Entity", "uid:ID(Entity)", "videoId", "trackId:long", "category", "source", "confidence:double",
                        "origins:long[]").row(e.get(Schema.UID), e.get(Schema.VIDEO_ID), e.get(Schema.TRACK_ID),
                                e.get(Schema.CATEGORY), e.get(Schema.SOURCE), e.get(Schema.CONFIDENCE), 0L);
                rel("HAS_ENTITY", "Video", "Entity").row(v.id(), e.get(Schema.UID));
            }
            for (List<Object> f : rows.frames()) {
                node("Frame", "uid:ID(Frame)", "videoId", "index:long", "time:double").row(f.get(0), v.id(), f.get(1), f.get(2));
            }
            for (Map<String, Object> track : rows.tracks()) {
                for (Object item : (List<?>) track.get("boxes")) {
                    List<?> b = (List<?>) item;
                    List<Object> cells = new ArrayList<>(List.of(track.get("uid"), rows.frames().get(((Long) b.get(0)).intValue()).get(0)));
                    cells.addAll(b.subList(1, 9)); // x1 .. confidence (no keypoints in the replicated data)
                    cells.add(0L);
                    rel("IN_FRAME", "Entity", "Frame", BOX_COLUMNS).row(cells.toArray());
                }
            }
            events(v.id(), rows);
            for (List<String> t : rows.temporal()) {
                rel(t.get(2), "Event", "Event").row(t.get(0), t.get(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            csvNanos += System.nanoTime() - start;
        }
    }

    @SuppressWarnings("unchecked")
    private void events(String videoId, GraphRows rows) throws IOException {
        for (Map<String, Object> row : rows.events()) {
            Map<String, Object> p = (Map<String, Object>) row.get("p");
            node("Event", "uid:ID(Event)", "videoId", "predicate", "kind", "begin:long", "end:long", "beginSec:double",
                    "endSec:double", "source", "confidence:double", "label", "subjectTid:long", "objectTid:long", "origins:long[]")
                    .row(p.get(Schema.UID), p.get(Schema.VIDEO_ID), p.get(Schema.PREDICATE), p.get(Schema.KIND),
                            p.get(Schema.BEGIN), p.get(Schema.END), p.get(Schema.BEGIN_SEC), p.get(Schema.END_SEC),
                            p.get(Schema.SOURCE), p.get(Schema.CONFIDENCE), p.get(Schema.LABEL),
                            p.get(Schema.SUBJECT_TID), p.get(Schema.OBJECT_TID),
                            "derived".equals(p.get(Schema.SOURCE)) ? null : 0L);
            rel("HAS_EVENT", "Video", "Event").row(videoId, row.get("uid"));
            rel("SUBJECT", "Event", "Entity").row(row.get("uid"), row.get("s"));
            if (row.get("o") != null) {
                rel("OBJECT", "Event", "Entity").row(row.get("uid"), row.get("o"));
            }
        }
    }

    /** Runs the importer on the CSV files written so far; the store is then at {@code home}. */
    public Result run() {
        try {
            for (BufferedWriter w : files.values()) {
                w.close();
            }
            // the database name first: the multi-valued --nodes/--relationships options take every later argument
            List<String> args = new ArrayList<>(List.of("neo4j", "--overwrite-destination=true", "--threads=2",
                    "--skip-duplicate-nodes=true", "--bad-tolerance=10000000",
                    "--max-off-heap-memory=" + System.getProperty("cotasks.bulkOffHeap", "1g"), "--report-file=" + home.resolve("import.report")));
            for (String name : files.keySet()) {
                String file = csv.resolve(name + ".csv").toString();
                args.add(name.startsWith("node-") ? "--nodes=" + name.substring(5) + "=" + file : "--relationships=" + file);
            }
            Files.createDirectories(home.resolve("conf"));
            PrintStream log = new PrintStream(Files.newOutputStream(home.resolve("import.log")), true, StandardCharsets.UTF_8);
            long start = System.nanoTime();
            int exit;
            try (log) {
                exit = new CommandLine(new ImportCommand.Full(new ExecutionContext(home, home.resolve("conf"), log, log,
                        new org.neo4j.io.fs.DefaultFileSystemAbstraction()))).execute(args.toArray(new String[0]));
            }
            long importNanos = System.nanoTime() - start;
            if (exit != 0) {
                throw new CotasksException("bulk import failed (exit " + exit + "), see " + home.resolve("import.log"));
            }
            return new Result(nodes, relationships, csvNanos / 1e9, importNanos / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (BufferedWriter w : files.values()) {
            try {
                w.close();
            } catch (IOException ignored) {
                // already closed by run()
            }
        }
    }

    private Csv node(String label, String... header) throws IOException {
        nodes++;
        return file("node-" + label, header);
    }

    private Csv rel(String type, String from, String to, String... props) throws IOException {
        relationships++;
        String[] header = new String[props.length + 3];
        header[0] = ":START_ID(" + from + ")";
        header[1] = ":END_ID(" + to + ")";
        System.arraycopy(props, 0, header, 2, props.length);
        header[header.length - 1] = ":TYPE";
        return cells -> {
            Object[] withType = java.util.Arrays.copyOf(cells, header.length);
            withType[header.length - 1] = type;
            file("rel-" + type, header).row(withType);
        };
    }

    private Csv file(String name, String[] header) throws IOException {
        BufferedWriter w = files.get(name);
        if (w == null) {
            w = Files.newBufferedWriter(csv.resolve(name + ".csv"));
            w.write(String.join(",", header));
            w.newLine();
            files.put(name, w);
        }
        BufferedWriter out = w;
        return cells -> {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells[i]));
            }
            out.newLine();
        };
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return String.valueOf(value);
    }

    @FunctionalInterface
    private interface Csv {
        void row(Object... cells) throws IOException;
    }
}
