package io.cotasks.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A range {@code [start, end)} of a byte array, e.g. one record as it is written in its input file. The
 * array is shared, not copied: every record of a file points into the same bytes, which nobody modifies.
 */
public record ByteSpan(byte[] bytes, int start, int end) {

    public ByteSpan {
        if (start < 0 || end < start || end > bytes.length) {
            throw new IndexOutOfBoundsException("span " + start + ".." + end + " of " + bytes.length + " bytes");
        }
    }

    /** The UTF-8 bytes of {@code text}. */
    public static ByteSpan utf8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ByteSpan(bytes, 0, bytes.length);
    }

    public int length() {
        return end - start;
    }

    /** A copy of the spanned bytes. */
    public byte[] toArray() {
        return Arrays.copyOfRange(bytes, start, end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ByteSpan s && Arrays.equals(bytes, start, end, s.bytes, s.start, s.end);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = start; i < end; i++) {
            h = 31 * h + bytes[i];
        }
        return h;
    }

    @Override
    public String toString() {
        return new String(bytes, start, length(), StandardCharsets.UTF_8);
    }
}
