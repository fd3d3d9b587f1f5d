package io.cotasks.ingest;

import org.apache.commons.codec.digest.MurmurHash3;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * Content hashes (128-bit MurmurHash3 as 32 hex digits) that decide whether an input changed since the last
 * ingest. A unit hashes its input as it is written: a whole file (VidOR), the fields of a CSV row (Charades),
 * or the bytes of one video's records in a JSON file (VidSTG; STAR, followed by the video's Charades row; see
 * {@link #ofLines}). So any change to those bytes, even reformatting, makes the unit ingest again, and a change
 * to another video's records does not.
 *
 * <p>The hash only detects changes; nobody forges annotation files against it, so it need not be
 * cryptographic. MurmurHash3 is ten times cheaper than SHA-256 when the JIT has not (yet) compiled SHA-256's
 * intrinsic, as under the launcher's C1-only compiler, where SHA-256 took 7% of the ingest workers' CPU.
 *
 * <p>Earlier versions used SHA-256 and hashed VidSTG and STAR units over Jackson's re-serialization of each
 * record, so their hashes differ from today's: a store written by such a version re-ingests those videos
 * once (idempotently) and records the new hashes.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** The hash of {@code bytes}. */
    public static String of(byte[] bytes) {
        return of(bytes, bytes.length);
    }

    /** The hash of the UTF-8 bytes of {@code text}. */
    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The hash of each line's bytes followed by {@code '\n'}, then the UTF-8 bytes of {@code tail}: the same
     * value as {@link #of(byte[])} of that concatenation.
     */
    public static String ofLines(List<ByteSpan> lines, String tail) {
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        int size = end.length;
        for (ByteSpan line : lines) {
            size += line.length() + 1;
        }
        byte[] all = new byte[size];
        int at = 0;
        for (ByteSpan line : lines) {
            System.arraycopy(line.bytes(), line.start(), all, at, line.length());
            at += line.length();
            all[at++] = '\n';
        }
        System.arraycopy(end, 0, all, at, end.length);
        return of(all, size);
    }

    private static String of(byte[] bytes, int length) {
        long[] h = MurmurHash3.hash128x64(bytes, 0, length, 0);
        return HexFormat.of().toHexDigits(h[0]) + HexFormat.of().toHexDigits(h[1]);
    }
}
