package io.cotasks.cot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local stand-in for a remote VideoLLM or judge: speaks the OpenAI chat-completions protocol on
 * 127.0.0.1 with scripted replies, and records every request it receives.
 */
final class ScriptedChatServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the server does with one request. */
    sealed interface Reply {
        /** A chat completion whose message content is {@code content}. */
        record Answer(String content) implements Reply {
        }

        /** An HTTP error status, with a Retry-After header when not null. */
        record Status(int code, String retryAfter) implements Reply {
        }

        /** HTTP 200 with this body as is. */
        record Raw(String body) implements Reply {
        }

        /** A chat completion sent after a delay (longer than the client's timeout, in tests). */
        record Slow(long millis, String content) implements Reply {
        }

        /** Closes the connection without a response. */
        record Drop() implements Reply {
        }
    }

    /** One received request. */
    record Received(JsonNode body, String authorization, long nanoTime) {
        /** The text of the last user message. */
        String userText() {
            JsonNode content = body.path("messages").get(body.path("messages").size() - 1).path("content");
            if (content.isTextual()) {
                return content.asText();
            }
            StringBuilder text = new StringBuilder();
            content.forEach(item -> text.append(item.path("text").asText("")));
            return text.toString();
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Function<Received, Reply> script;
    private final List<Received> received = new ArrayList<>();

    private ScriptedChatServer(Function<Received, Reply> script) throws IOException {
        this.script = script;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static ScriptedChatServer start(Function<Received, Reply> script) throws IOException {
        return new ScriptedChatServer(script);
    }

    /** The base URL, as a user passes it to {@code --endpoint}. */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    synchronized int requestCount() {
        return received.size();
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Received request;
        try (exchange) {
            request = new Received(JSON.readTree(exchange.getRequestBody()),
                    exchange.getRequestHeaders().getFirst("Authorization"), System.nanoTime());
            synchronized (this) {
                received.add(request);
            }
            Reply reply = script.apply(request);
            if (reply instanceof Reply.Drop) {
                return; // closing the exchange before any header drops the connection
            }
            int code = 200;
            String body;
            if (reply instanceof Reply.Slow slow) {
                try {
                    Thread.sleep(slow.millis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                body = completion(slow.content());
            } else if (reply instanceof Reply.Answer answer) {
                body = completion(answer.content());
            } else if (reply instanceof Reply.Raw raw) {
                body = raw.body();
            } else {
                Reply.Status status = (Reply.Status) reply;
                code = status.code();
                body = "{\"error\":{\"message\":\"scripted " + code + "\"}}";
                if (status.retryAfter() != null) {
                    exchange.getResponseHeaders().add("Retry-After", status.retryAfter());
                }
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(code, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static String completion(String content) throws IOException {
        var root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test").put("object", "chat.completion").put("model", "scripted");
        var choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        return JSON.writeValueAsString(root);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
