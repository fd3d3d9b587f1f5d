package io.cotasks.cot.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A client for one OpenAI-compatible chat-completions endpoint (vLLM, SGLang, Ollama, hosted APIs). Retries
 * 408, 429, 5xx and timeouts (and, once the endpoint has answered, dropped connections) with exponential
 * backoff, honouring {@code Retry-After}, and reports each retry as it happens; an endpoint that cannot be
 * reached before it ever answered stops the run at once. Spaces request starts by the rate limit.
 * Thread-safe: callers bound concurrency with their own pool.
 */
public final class ChatClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BODY_EXCERPT = 200;

    private final ChatSettings settings;
    private final HttpClient http;
    private final RateLimiter rate;
    private final Consumer<String> retries;
    /** Whether the endpoint ever answered with HTTP: until then, an unreachable endpoint is not transient. */
    private final AtomicBoolean answered = new AtomicBoolean();

    private ChatClient(ChatSettings settings, Consumer<String> retries) {
        this.settings = settings;
        this.retries = retries;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.rate = RateLimiter.perSecond(settings.ratePerSecond());
    }

    public static ChatClient create(ChatSettings settings) {
        return new ChatClient(settings, line -> { });
    }

    /** A client that tells {@code retries} of each retry as it happens, in one line. */
    public static ChatClient create(ChatSettings settings, Consumer<String> retries) {
        return new ChatClient(settings, retries);
    }

    public ChatSettings settings() {
        return settings;
    }

    /**
     * Sends one prompt, retrying transient failures. Never throws for a bad reply or a transient failure;
     * throws {@link EndpointException} when the server refuses all requests (401, 403, 404).
     */
    public ChatOutcome complete(ChatPrompt prompt) {
        byte[] body = requestBody(prompt);
        String lastProblem = "no attempt made";
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            Duration wait;
            try {
                rate.acquire();
                HttpResponse<String> response = http.send(request(body), HttpResponse.BodyHandlers.ofString());
                int code = response.statusCode();
                answered.set(true);
                if (code == 200) {
                    return parseReply(response.body(), attempt);
                }
                String excerpt = excerpt(response.body());
                if (code == 401 || code == 403 || code == 404) {
                    throw new EndpointException(settings.completionsUri() + " answered HTTP " + code + ": " + excerpt
                            + (code == 404 ? " (check --endpoint and --model)" : " (check COTASKS_API_KEY)"));
                }
                lastProblem = "HTTP " + code + ": " + excerpt;
                if (!retryable(code)) {
                    return new ChatOutcome(ChatOutcome.Status.FAILED, null, lastProblem, attempt);
                }
                wait = retryAfter(response).orElse(backoff(attempt));
            } catch (IOException e) {
                if (e instanceof java.net.ConnectException && !answered.get()) {
                    throw new EndpointException("cannot reach " + settings.completionsUri() + ": " + problem(e)
                            + " (is the server running? check --endpoint)");
                }
                lastProblem = problem(e);
                wait = backoff(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new ChatOutcome(ChatOutcome.Status.FAILED, null, "interrupted", attempt);
            }
            if (attempt < settings.maxAttempts()) {
                retries.accept(String.format(java.util.Locale.ROOT, "retry %d/%d in %.1f s: %s from %s",
                        attempt + 1, settings.maxAttempts(), wait.toMillis() / 1000.0, lastProblem, settings.completionsUri()));
                if (!sleep(wait)) {
                    return new ChatOutcome(ChatOutcome.Status.FAILED, null, "interrupted", attempt);
                }
            }
        }
        return new ChatOutcome(ChatOutcome.Status.FAILED, null,
                "gave up after " + settings.maxAttempts() + " attempts, last: " + lastProblem, settings.maxAttempts());
    }

    private HttpRequest request(byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(settings.completionsUri())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            builder.header("Authorization", "Bearer " + settings.apiKey());
        }
        return builder.build();
    }

    /** The request JSON: video items first, then the text, as Qwen2.5-VL and LLaVA-Video servers expect. */
    byte[] requestBody(ChatPrompt prompt) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", settings.model());
        ArrayNode messages = root.putArray("messages");
        if (prompt.system() != null) {
            messages.addObject().put("role", "system").put("content", prompt.system());
        }
        ObjectNode user = messages.addObject().put("role", "user");
        if (prompt.video() instanceof VideoInput.None) {
            user.put("content", prompt.user());
        } else {
            ArrayNode content = user.putArray("content");
            addVideo(content, prompt.video());
            content.addObject().put("type", "text").put("text", prompt.user());
        }
        root.put("temperature", settings.temperature());
        root.put("max_tokens", settings.maxTokens());
        if (settings.seed() != null) {
            root.put("seed", settings.seed());
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void addVideo(ArrayNode content, VideoInput video) {
        if (video instanceof VideoInput.Url url) {
            content.addObject().put("type", "video_url").putObject("video_url").put("url", url.url());
        } else if (video instanceof VideoInput.Frames frames) {
            Base64.Encoder base64 = Base64.getEncoder();
            for (byte[] jpeg : frames.jpegs()) {
                content.addObject().put("type", "image_url").putObject("image_url")
                        .put("url", "data:image/jpeg;base64," + base64.encodeToString(jpeg));
            }
        }
    }

    /** The reply's text, or MALFORMED with the reason when the body is not a chat completion with text. */
    static ChatOutcome parseReply(String body, int attempts) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return malformed(body, "reply is not JSON", attempts);
        }
        if (root == null || !root.isObject()) {
            return malformed(body, "reply is not a JSON object", attempts);
        }
        JsonNode message = root.path("choices").path(0).path("message");
        if (message.isMissingNode()) {
            return malformed(body, "reply has no choices[0].message", attempts);
        }
        JsonNode content = message.path("content");
        String text = null;
        if (content.isTextual()) {
            text = content.asText();
        } else if (content.isArray()) {
            StringBuilder joined = new StringBuilder();
            content.forEach(part -> joined.append(part.path("text").asText("")));
            text = joined.toString();
        }
        if (text == null) {
            return malformed(body, "choices[0].message.content is not text", attempts);
        }
        return new ChatOutcome(ChatOutcome.Status.OK, text, null, attempts);
    }

    private static ChatOutcome malformed(String body, String why, int attempts) {
        return new ChatOutcome(ChatOutcome.Status.MALFORMED, body, why, attempts);
    }

    private static boolean retryable(int code) {
        return code == 408 || code == 429 || code >= 500;
    }

    /** An I/O failure in words: a refused connection has no message of its own. */
    private static String problem(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "no reply within the timeout";
        }
        if (e instanceof java.net.ConnectException && !(e.getCause() instanceof java.nio.channels.UnresolvedAddressException)) {
            return "connection refused";
        }
        if (e.getCause() instanceof java.nio.channels.UnresolvedAddressException || e instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "connection failed (" + e.getClass().getSimpleName() + ")"
                : e.getMessage();
    }

    private Duration backoff(int attempt) {
        long base = settings.backoffBase().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, settings.backoffMax().toMillis());
        // full jitter on the upper half keeps many workers from retrying in lock step
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    /** Retry-After as delta-seconds or an HTTP date, capped by the backoff maximum. */
    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(ChatClient::parseRetryAfter)
                .map(d -> d.compareTo(settings.backoffMax()) > 0 ? settings.backoffMax() : d);
    }

    static Optional<Duration> parseRetryAfter(String value) {
        String v = value.trim();
        try {
            return Optional.of(Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(v) * 1000))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (RuntimeException notDate) {
                return Optional.empty();
            }
        }
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String excerpt(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= BODY_EXCERPT ? oneLine : oneLine.substring(0, BODY_EXCERPT) + "...";
    }
}
