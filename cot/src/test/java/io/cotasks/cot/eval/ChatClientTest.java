package io.cotasks.cot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatClientTest {

    private static ChatClient client(ScriptedChatServer server, String key) {
        return ChatClient.create(ChatSettings.defaults(server.endpoint(), "qwen2.5-vl-3b", key)
                .withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(2)));
    }

    @Test
    void sendsVideoItemsBeforeTheTextWithTheSamplingSettingsAndTheKey() throws Exception {
        try (ScriptedChatServer server = ScriptedChatServer.start(r -> new ScriptedChatServer.Reply.Answer("B"))) {
            ChatClient client = client(server, "secret-key");
            ChatOutcome url = client.complete(new ChatPrompt(null, "Question: why?",
                    new VideoInput.Url("file:///videos/2793806282.mp4")));
            ChatOutcome frames = client.complete(new ChatPrompt("sys", "Question: how?",
                    new VideoInput.Frames(List.of(new byte[]{1, 2, 3}, new byte[]{4}))));

            assertThat(url).isEqualTo(new ChatOutcome(ChatOutcome.Status.OK, "B", null, 1));
            assertThat(frames.content()).isEqualTo("B");
            JsonNode first = server.received().get(0).body();
            assertThat(first.path("model").asText()).isEqualTo("qwen2.5-vl-3b");
            assertThat(first.path("temperature").asDouble()).isEqualTo(0.0);
            assertThat(first.path("max_tokens").asInt()).isEqualTo(256);
            assertThat(first.path("seed").asLong()).isEqualTo(0L);
            assertThat(first.path("messages").toString()).isEqualTo("[{\"role\":\"user\",\"content\":["
                    + "{\"type\":\"video_url\",\"video_url\":{\"url\":\"file:///videos/2793806282.mp4\"}},"
                    + "{\"type\":\"text\",\"text\":\"Question: why?\"}]}]");
            assertThat(server.received().get(1).body().path("messages").toString()).isEqualTo("["
                    + "{\"role\":\"system\",\"content\":\"sys\"},{\"role\":\"user\",\"content\":["
                    + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/jpeg;base64,AQID\"}},"
                    + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/jpeg;base64,BA==\"}},"
                    + "{\"type\":\"text\",\"text\":\"Question: how?\"}]}]");
            assertThat(server.received()).extracting(ScriptedChatServer.Received::authorization)
                    .containsOnly("Bearer secret-key");
        }
    }

    @Test
    void honoursRetryAfterOn429() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (ScriptedChatServer server = ScriptedChatServer.start(r -> calls.getAndIncrement() == 0
                ? new ScriptedChatServer.Reply.Status(429, "1") : new ScriptedChatServer.Reply.Answer("C"))) {
            ChatOutcome outcome = client(server, null).complete(ChatPrompt.text(null, "q"));

            assertThat(outcome).isEqualTo(new ChatOutcome(ChatOutcome.Status.OK, "C", null, 2));
            List<ScriptedChatServer.Received> received = server.received();
            long waitedMillis = (received.get(1).nanoTime() - received.get(0).nanoTime()) / 1_000_000;
            assertThat(waitedMillis).as("waited for Retry-After: 1").isGreaterThanOrEqualTo(1000);
            assertThat(received.get(0).authorization()).isNull();
        }
    }

    @Test
    void retriesADroppedConnectionAndA503() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (ScriptedChatServer server = ScriptedChatServer.start(r -> switch (calls.getAndIncrement()) {
            case 0 -> new ScriptedChatServer.Reply.Drop();
            case 1 -> new ScriptedChatServer.Reply.Status(503, null);
            default -> new ScriptedChatServer.Reply.Answer("(D) stay afloat");
        })) {
            ChatOutcome outcome = client(server, null).complete(ChatPrompt.text(null, "q"));

            assertThat(outcome).isEqualTo(new ChatOutcome(ChatOutcome.Status.OK, "(D) stay afloat", null, 3));
            assertThat(server.requestCount()).isEqualTo(3);
        }
    }

    @Test
    void showsEachRetryAsItHappens() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (ScriptedChatServer server = ScriptedChatServer.start(r -> calls.getAndIncrement() == 0
                ? new ScriptedChatServer.Reply.Status(503, null) : new ScriptedChatServer.Reply.Answer("B"))) {
            List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
            ChatOutcome outcome = ChatClient.create(ChatSettings.defaults(server.endpoint(), "m", null)
                    .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(20)), shown::add).complete(ChatPrompt.text(null, "q"));

            assertThat(outcome.content()).isEqualTo("B");
            assertThat(shown).hasSize(1);
            assertThat(shown.get(0)).matches("retry 2/3 in \\d+\\.\\d s: HTTP 503: .* from "
                    + java.util.regex.Pattern.quote(server.endpoint() + "/chat/completions"));
        }
    }

    @Test
    void stopsAtOnceWhenTheEndpointRefusesConnections() throws Exception {
        java.net.URI endpoint;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            endpoint = java.net.URI.create("http://127.0.0.1:" + closed.getLocalPort() + "/v1");
        }
        List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        ChatClient client = ChatClient.create(ChatSettings.defaults(endpoint, "m", null)
                .withRetries(5, Duration.ofSeconds(1), Duration.ofSeconds(10)), shown::add);
        assertThatThrownBy(() -> client.complete(ChatPrompt.text(null, "q")))
                .isInstanceOf(EndpointException.class)
                .hasMessage("cannot reach " + endpoint + "/chat/completions: connection refused "
                        + "(is the server running? check --endpoint)");
        assertThat(shown).as("no retries").isEmpty();
    }

    @Test
    void retriesARequestThatTimesOut() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (ScriptedChatServer server = ScriptedChatServer.start(r -> calls.getAndIncrement() == 0
                ? new ScriptedChatServer.Reply.Slow(4000, "late") : new ScriptedChatServer.Reply.Answer("E"))) {
            ChatOutcome outcome = ChatClient.create(ChatSettings.defaults(server.endpoint(), "m", null)
                    .withTimeout(Duration.ofSeconds(1)).withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(1)))
                    .complete(ChatPrompt.text(null, "q"));

            assertThat(outcome.content()).isEqualTo("E");
            assertThat(outcome.attempts()).isGreaterThanOrEqualTo(2);
            assertThat(server.received().get(1).nanoTime() - server.received().get(0).nanoTime())
                    .as("the retry went out on the 1 s timeout, not after the 4 s reply")
                    .isLessThan(3_900_000_000L); // no lower bound: under load the server stamps the first receipt late
        }
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastProblem() throws Exception {
        try (ScriptedChatServer server = ScriptedChatServer.start(r -> new ScriptedChatServer.Reply.Status(500, null))) {
            ChatOutcome outcome = client(server, null).complete(ChatPrompt.text(null, "q"));

            assertThat(outcome).isEqualTo(new ChatOutcome(ChatOutcome.Status.FAILED, null,
                    "gave up after 3 attempts, last: HTTP 500: {\"error\":{\"message\":\"scripted 500\"}}", 3));
            assertThat(server.requestCount()).isEqualTo(3);
        }
    }

    @Test
    void doesNotRetryABadRequest() throws Exception {
        try (ScriptedChatServer server = ScriptedChatServer.start(r -> new ScriptedChatServer.Reply.Status(400, null))) {
            ChatOutcome outcome = client(server, null).complete(ChatPrompt.text(null, "q"));

            assertThat(outcome).isEqualTo(new ChatOutcome(ChatOutcome.Status.FAILED, null,
                    "HTTP 400: {\"error\":{\"message\":\"scripted 400\"}}", 1));
        }
    }

    @Test
    void stopsOnAnUnauthorizedEndpoint() throws Exception {
        try (ScriptedChatServer server = ScriptedChatServer.start(r -> new ScriptedChatServer.Reply.Status(401, null))) {
            assertThatThrownBy(() -> client(server, "wrong").complete(ChatPrompt.text(null, "q")))
                    .isInstanceOf(EndpointException.class)
                    .hasMessage(server.endpoint() + "/chat/completions answered HTTP 401: "
                            + "{\"error\":{\"message\":\"scripted 401\"}} (check COTASKS_API_KEY)");
        }
    }

    @Test
    void recordsMalformedRepliesWithoutRetrying() throws Exception {
        List<String> bodies = List.of("<html>Bad Gateway</html>", "[1,2]", "{\"choices\":[]}",
                "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null}}]}");
        List<String> reasons = List.of("reply is not JSON", "reply is not a JSON object",
                "reply has no choices[0].message", "choices[0].message.content is not text");
        AtomicInteger calls = new AtomicInteger();
        try (ScriptedChatServer server = ScriptedChatServer.start(
                r -> new ScriptedChatServer.Reply.Raw(bodies.get(calls.getAndIncrement())))) {
            ChatClient client = client(server, null);
            for (int i = 0; i < bodies.size(); i++) {
                assertThat(client.complete(ChatPrompt.text(null, "q")))
                        .isEqualTo(new ChatOutcome(ChatOutcome.Status.MALFORMED, bodies.get(i), reasons.get(i), 1));
            }
            assertThat(server.requestCount()).isEqualTo(4);
        }
    }

    @Test
    void spacesRequestStartsByTheRateLimitAcrossThreads() throws Exception {
        try (ScriptedChatServer server = ScriptedChatServer.start(r -> new ScriptedChatServer.Reply.Answer("A"))) {
            ChatClient client = ChatClient.create(ChatSettings.defaults(server.endpoint(), "m", null).withRate(5));
            client.complete(ChatPrompt.text(null, "warm-up")); // the first connection's set-up would blur the timing
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
            try {
                List<java.util.concurrent.Future<ChatOutcome>> outcomes = new java.util.ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    outcomes.add(pool.submit(() -> client.complete(ChatPrompt.text(null, "q"))));
                }
                for (var outcome : outcomes) {
                    assertThat(outcome.get().ok()).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
            List<Long> times = server.received().stream().skip(1).map(ScriptedChatServer.Received::nanoTime).sorted().toList();
            // 5 per second: five starts span 4 intervals of 200 ms (less network jitter)
            assertThat((times.get(4) - times.get(0)) / 1_000_000).isGreaterThanOrEqualTo(600);
        }
    }

    @Test
    void acceptsBaseUrlsAndFullCompletionUrls() {
        assertThat(ChatSettings.defaults(java.net.URI.create("http://h:8000/v1/"), "m", null).completionsUri())
                .hasToString("http://h:8000/v1/chat/completions");
        assertThat(ChatSettings.defaults(java.net.URI.create("http://h/api/chat/completions"), "m", null)
                .completionsUri()).hasToString("http://h/api/chat/completions");
    }

    @Test
    void readsRetryAfterAsSecondsOrHttpDate() {
        assertThat(ChatClient.parseRetryAfter("2")).contains(Duration.ofSeconds(2));
        assertThat(ChatClient.parseRetryAfter("0.5")).contains(Duration.ofMillis(500));
        assertThat(ChatClient.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(ChatClient.parseRetryAfter("soon")).isEmpty();
    }
}
