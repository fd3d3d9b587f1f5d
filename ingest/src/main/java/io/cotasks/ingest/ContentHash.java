package io.cotasks.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 content hashes (hex, first 16 bytes) that decide whether an input changed since the last ingest. */
public final class ContentHash {

    /** The configuration {@link JsonNode#toString()} serializes with: a default mapper's writer. */
    private static final ObjectWriter JSON = new JsonMapper().writer();

    private ContentHash() {
    }

    public static String of(byte[] bytes) {
        return hex(sha256().digest(bytes));
    }

    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The hash of each node's compact JSON followed by {@code '\n'}, then {@code tail}: the same value as
     * {@code of(n1.toString() + "\n" + n2.toString() + "\n" + ... + tail)}, but serialized straight into the
     * digest without building the text.
     */
    public static String ofJsonLines(Iterable<? extends JsonNode> nodes, String tail) {
        Utf8Digest digest = new Utf8Digest(sha256());
        try (JsonGenerator gen = JSON.createGenerator(digest)) {
            // records are separate lines, not a sequence of root values (which Jackson separates with a space)
            gen.setRootValueSeparator(null);
            for (JsonNode node : nodes) {
                JSON.writeValue(gen, node);
                gen.writeRaw('\n');
            }
            gen.writeRaw(tail);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the digest writer never fails
        }
        return hex(digest.finish());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    /**
     * Encodes the characters written to it as UTF-8 into a digest, exactly as {@code String.getBytes(UTF_8)}
     * would: a surrogate pair becomes four bytes, an unpaired surrogate {@code '?'}. (Jackson's own UTF-8
     * generator writes surrogates as escape sequences by default, which would change the hash.)
     */
    private static final class Utf8Digest extends Writer {
        private final MessageDigest sha;
        private final byte[] buffer = new byte[2048];
        private int size;
        private char high;

        Utf8Digest(MessageDigest sha) {
            this.sha = sha;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            int i = off;
            int end = off + len;
            while (i < end) {
                if (high == 0) {
                    // JSON is mostly ASCII: copy runs of it without the per-character checks
                    int stop = Math.min(end, i + buffer.length - size);
                    while (i < stop && chars[i] < 0x80) {
                        buffer[size++] = (byte) chars[i++];
                    }
                    if (i == end) {
                        return;
                    }
                }
                put(chars[i++]);
            }
        }

        @Override
        public void write(String s, int off, int len) {
            for (int i = off, end = off + len; i < end; i++) {
                put(s.charAt(i));
            }
        }

        @Override
        public void write(int c) {
            put((char) c);
        }

        private void put(char c) {
            if (size > buffer.length - 4) {
                drain();
            }
            if (high != 0) {
                char h = high;
                high = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(h, c);
                    buffer[size++] = (byte) (0xF0 | cp >> 18);
                    buffer[size++] = (byte) (0x80 | (cp >> 12 & 0x3F));
                    buffer[size++] = (byte) (0x80 | (cp >> 6 & 0x3F));
                    buffer[size++] = (byte) (0x80 | (cp & 0x3F));
                    return;
                }
                buffer[size++] = '?';
            }
            if (c < 0x80) {
                buffer[size++] = (byte) c;
            } else if (c < 0x800) {
                buffer[size++] = (byte) (0xC0 | c >> 6);
                buffer[size++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                buffer[size++] = '?';
            } else {
                buffer[size++] = (byte) (0xE0 | c >> 12);
                buffer[size++] = (byte) (0x80 | (c >> 6 & 0x3F));
                buffer[size++] = (byte) (0x80 | (c & 0x3F));
            }
        }

        private void drain() {
            sha.update(buffer, 0, size);
            size = 0;
        }

        byte[] finish() {
            if (high != 0) {
                high = 0;
                buffer[size++] = '?';
            }
            drain();
            return sha.digest();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
