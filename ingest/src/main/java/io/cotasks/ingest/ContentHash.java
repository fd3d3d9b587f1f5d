package io.cotasks.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 content hashes (hex of the first 16 bytes) that decide whether an input changed since the last
 * ingest. A unit hashes its input as it is written: a whole file (VidOR), the fields of a CSV row (Charades),
 * or the bytes of one video's records in a JSON file (VidSTG; STAR, followed by the video's Charades row; see
 * {@link #ofLines}). So any change to those bytes, even reformatting, makes the unit ingest again, and a change
 * to another video's records does not.
 *
 * <p>Earlier versions hashed VidSTG and STAR units over Jackson's re-serialization of each record, so their
 * hashes differ from today's: a store written by such a version re-ingests those videos once (idempotently)
 * and records the new hashes.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** The hash of {@code bytes}. */
    public static String of(byte[] bytes) {
        return hex(sha256().digest(bytes));
    }

    /** The hash of the UTF-8 bytes of {@code text}. */
    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The hash of each line's bytes followed by {@code '\n'}, then the UTF-8 bytes of {@code tail}: the same
     * value as {@link #of(byte[])} of that concatenation, without building it.
     */
    public static String ofLines(List<ByteSpan> lines, String tail) {
        MessageDigest sha = sha256();
        for (ByteSpan line : lines) {
            sha.update(line.bytes(), line.start(), line.length());
            sha.update((byte) '\n');
        }
        sha.update(tail.getBytes(StandardCharsets.UTF_8));
        return hex(sha.digest());
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
}
