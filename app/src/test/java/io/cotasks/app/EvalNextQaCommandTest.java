package io.cotasks.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.cotasks.datasets.nextqa.NextQaReader;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cotasks eval nextqa} end to end: a real embedded store (VidOR graph of 11566930393 and its NExT-QA
 * questions), the real CoT generator, real frame decoding, and a local OpenAI-compatible stand-in for the model.
 */
class EvalNextQaCommandTest {

    @TempDir
    static Path dir;
    static Path mcCsv;
    static HttpServer server;
    static final List<JsonNode> requests = new ArrayList<>();
    static volatile int status = 200;

    @BeforeAll
    static void setUp() throws Exception {
        Path root = Path.of(System.getProperty("cotasks.root"));
        mcCsv = dir.resolve("mc.csv");
        // the questions of the video whose graph TestStores ships
        List<String> lines = Files.readAllLines(root.resolve("cot/src/test/resources/eval/nextqa_mc_val_2videos.csv"));
        List<String> kept = new ArrayList<>(List.of(lines.get(0)));
        lines.stream().skip(1).filter(l -> l.startsWith("11566930393,")).forEach(kept::add);
        Files.write(mcCsv, kept);
        try (SceneGraphStore store = TestStores.embeddedWithVidor(dir)) {
            store.writeQuestions(NextQaReader.read(mcCsv).toQuestions());
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            try (exchange) {
                synchronized (requests) {
                    requests.add(new ObjectMapper().readTree(exchange.getRequestBody()));
                }
                byte[] body = (status == 200
                        ? "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"(A)\"}}]}"
                        : "{\"error\":\"no\"}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    static int requestCount() {
        synchronized (requests) {
            return requests.size();
        }
    }

    @Test
    void runsBothRunsWritesTheReportAndResumes() throws Exception {
        Path out = dir.resolve("out-both");
        int before = requestCount();
        CliRun first = CliRun.of("eval", "nextqa", "--db", dir.resolve("db").toString(), "--questions", mcCsv.toString(),
                "--endpoint", endpoint(), "--model", "qwen", "--out", out.toString(), "--concurrency", "2");

        assertThat(first.err()).isEqualTo("warning: no --video-dir or --video-url: the model sees text only\n");
        assertThat(first.exit()).isZero();
        assertThat(requestCount() - before).isEqualTo(10);
        // 5 questions, the model answers (A) to all: qid 4 (TN) is the only A
        assertThat(first.out()).contains("| TN | 2 | 50.0 | 50.0 | +0.0 |", "| CW | 1 | 0.0 | 0.0 | +0.0 |",
                "| Overall | 5 | 20.0 | 20.0 | +0.0 |", "| Baseline | 5 | 0 | 0 | 0 | 0 | 0 |",
                "asked 10 answers and 0 verdicts, resumed 0 of 10 items");
        assertThat(out.resolve("report.md")).exists();
        assertThat(Files.readString(out.resolve("report.csv"))).contains("Overall,5,20.00,20.00,0.00\n");
        assertThat(out.resolve("chart.png")).exists();
        assertThat(Files.readAllLines(out.resolve("results.jsonl"))).hasSize(10);

        CliRun again = CliRun.of("eval", "nextqa", "--db", dir.resolve("db").toString(), "--questions", mcCsv.toString(),
                "--endpoint", endpoint(), "--model", "qwen", "--out", out.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("asked 0 answers and 0 verdicts, resumed 10 of 10 items");
        assertThat(requestCount() - before).isEqualTo(10);
    }

    @Test
    void readsQuestionsFromTheStoreAndSendsSampledFramesOfTheVideo() throws Exception {
        Path videos = Files.createDirectories(dir.resolve("videos/0000"));
        Files.copy(Path.of(System.getProperty("cotasks.samples"), "video/vtest_first10s_h264.mp4"),
                videos.resolve("11566930393.mp4"));
        int before = requestCount();
        CliRun run = CliRun.of("eval", "nextqa", "--db", dir.resolve("db").toString(), "--runs", "baseline",
                "--endpoint", endpoint(), "--model", "qwen", "--out", dir.resolve("out-frames").toString(),
                "--video-dir", dir.resolve("videos").toString(), "--frames", "3", "--limit", "2");

        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> sent;
        synchronized (requests) {
            sent = List.copyOf(requests.subList(before, requests.size()));
        }
        assertThat(sent).hasSize(2);
        for (JsonNode request : sent) {
            JsonNode content = request.path("messages").get(0).path("content");
            assertThat(content).hasSize(4);
            for (int i = 0; i < 3; i++) {
                String url = content.get(i).path("image_url").path("url").asText();
                assertThat(url).startsWith("data:image/jpeg;base64,");
                byte[] jpeg = Base64.getDecoder().decode(url.substring("data:image/jpeg;base64,".length()));
                assertThat(jpeg[0] & 0xff).isEqualTo(0xff);
                assertThat(jpeg[1] & 0xff).isEqualTo(0xd8);
            }
            assertThat(content.get(3).path("type").asText()).isEqualTo("text");
        }
        assertThat(run.out()).contains("| Overall | 2 |");
    }

    @Test
    void refusesToMixExperimentsInOneFolder() {
        Path out = dir.resolve("out-mix");
        String[] common = {"eval", "nextqa", "--questions", mcCsv.toString(), "--runs", "baseline",
                "--endpoint", endpoint(), "--out", out.toString(), "--limit", "1"};
        assertThat(CliRun.of(concat(common, "--model", "qwen")).exit()).isZero();
        CliRun other = CliRun.of(concat(common, "--model", "llava"));

        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err()).endsWith("error: " + out.resolve("settings.json") + ": model: the results here were "
                + "made with qwen, this run uses llava; pass another --out to start a new experiment\n");
    }

    @Test
    void stopsWithOneLineWhenTheEndpointRefusesTheKey() {
        status = 401;
        try {
            CliRun run = CliRun.of("eval", "nextqa", "--questions", mcCsv.toString(), "--runs", "baseline",
                    "--endpoint", endpoint(), "--model", "qwen", "--out", dir.resolve("out-401").toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).endsWith("error: " + endpoint() + "/chat/completions answered HTTP 401: "
                    + "{\"error\":\"no\"} (check COTASKS_API_KEY)\n");
        } finally {
            status = 200;
        }
    }

    @Test
    void usageErrors() {
        String csv = mcCsv.toString();
        String url = endpoint();
        String out = dir.resolve("out-usage").toString();
        Object[][] cases = {
                {new String[]{"--endpoint", url, "--model", "m", "--out", out},
                        "error: no questions: pass --questions CSV, or --db DIR with ingested questions (cotasks-db does not exist)\n"},
                {new String[]{"--questions", csv, "--endpoint", url, "--model", "m", "--out", out},
                        "error: the CoT run needs the scene graph: pass --db DIR (or --uri), or --runs baseline (cotasks-db does not exist)\n"},
                {new String[]{"--questions", csv, "--runs", "baseline,best", "--endpoint", url, "--model", "m", "--out", out},
                        "error: --runs: unknown run 'best' (expected baseline or cot)\n"},
                {new String[]{"--questions", csv, "--runs", "baseline", "--endpoint", url, "--model", "m", "--out", out,
                        "--frames", "8"}, "error: --frames N needs --video-dir DIR and N >= 1\n"},
                {new String[]{"--questions", csv, "--runs", "baseline", "--endpoint", url, "--model", "m", "--out", out,
                        "--judge-model", "gpt"}, "error: --judge-endpoint and --judge-model go together\n"},
                {new String[]{"--questions", csv, "--runs", "baseline", "--endpoint", url, "--model", "m", "--out", out,
                        "--video-url", "http://h/v.mp4"},
                        "error: --video-url needs a {video} placeholder, e.g. http://host/videos/{video}.mp4\n"},
                {new String[]{"--questions", dir.resolve("nope.csv").toString(), "--runs", "baseline", "--endpoint", url,
                        "--model", "m", "--out", out}, "error: " + dir.resolve("nope.csv") + ": questions file not found\n"},
        };
        for (Object[] c : cases) {
            CliRun run = CliRun.of(concat(new String[]{"eval", "nextqa"}, (String[]) c[0]));
            assertThat(run.err()).as(String.join(" ", (String[]) c[0])).isEqualTo(c[1]);
            assertThat(run.exit()).isEqualTo(2);
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** One in-process run of the command line with its output captured. */
}
