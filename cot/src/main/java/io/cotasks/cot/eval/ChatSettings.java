package io.cotasks.cot.eval;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one OpenAI-compatible chat-completions endpoint and how to sample from it.
 *
 * @param endpoint      the base URL ({@code http://host:8000/v1}) or the full {@code .../chat/completions} URL
 * @param model         the served model name
 * @param apiKey        the bearer token, or null for none
 * @param temperature   sampling temperature, the same for both runs
 * @param maxTokens     the reply budget
 * @param seed          the sampling seed sent to servers that honour it, or null
 * @param timeout       per-request timeout
 * @param maxAttempts   attempts per request, retries included, for 429, 5xx, timeouts and dropped connections
 * @param backoffBase   the first retry's wait when the server sends no Retry-After; doubles per attempt
 * @param backoffMax    the longest wait between attempts (also caps Retry-After)
 * @param ratePerSecond the most requests started per second, 0 for no limit
 */
public record ChatSettings(URI endpoint, String model, String apiKey, double temperature, int maxTokens,
                           Long seed, Duration timeout, int maxAttempts, Duration backoffBase,
                           Duration backoffMax, double ratePerSecond) {

    public ChatSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(model, "model");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (ratePerSecond < 0) {
            throw new IllegalArgumentException("rate must not be negative");
        }
    }

    /** Greedy decoding (temperature 0, seed 0), 2-minute timeout, 6 attempts, 1 s to 60 s backoff, no rate limit. */
    public static ChatSettings defaults(URI endpoint, String model, String apiKey) {
        return new ChatSettings(endpoint, model, apiKey, 0.0, 256, 0L, Duration.ofMinutes(2), 6,
                Duration.ofSeconds(1), Duration.ofSeconds(60), 0);
    }

    public ChatSettings withMaxTokens(int tokens) {
        return new ChatSettings(endpoint, model, apiKey, temperature, tokens, seed, timeout, maxAttempts,
                backoffBase, backoffMax, ratePerSecond);
    }

    public ChatSettings withTemperature(double t) {
        return new ChatSettings(endpoint, model, apiKey, t, maxTokens, seed, timeout, maxAttempts, backoffBase,
                backoffMax, ratePerSecond);
    }

    public ChatSettings withRetries(int attempts, Duration base, Duration max) {
        return new ChatSettings(endpoint, model, apiKey, temperature, maxTokens, seed, timeout, attempts,
                base, max, ratePerSecond);
    }

    public ChatSettings withTimeout(Duration requestTimeout) {
        return new ChatSettings(endpoint, model, apiKey, temperature, maxTokens, seed, requestTimeout,
                maxAttempts, backoffBase, backoffMax, ratePerSecond);
    }

    public ChatSettings withRate(double perSecond) {
        return new ChatSettings(endpoint, model, apiKey, temperature, maxTokens, seed, timeout, maxAttempts,
                backoffBase, backoffMax, perSecond);
    }

    /** The chat-completions URL: the endpoint itself when it already ends with it. */
    public URI completionsUri() {
        String url = endpoint.toString();
        if (url.endsWith("/chat/completions")) {
            return endpoint;
        }
        return URI.create(url.replaceAll("/+$", "") + "/chat/completions");
    }
}
