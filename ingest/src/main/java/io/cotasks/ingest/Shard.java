package io.cotasks.ingest;

import io.cotasks.store.CotasksException;

/**
 * {@code --shard i/n}: this process ingests the videos whose id hashes to {@code i} modulo {@code n}
 * (0-based), so n machines with 0/n .. (n-1)/n cover every video exactly once. The hash is
 * {@link String#hashCode()}, which Java specifies, so every machine agrees.
 */
public record Shard(int index, int count) {

    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new CotasksException("--shard must be i/n with 0 <= i < n, got " + index + "/" + count,
                    CotasksException.USAGE, null);
        }
    }

    /** Parses {@code i/n}. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // fall through to the usage error
        }
        throw new CotasksException("--shard must be i/n (e.g. 0/4), got '" + text + "'", CotasksException.USAGE, null);
    }

    public boolean accepts(String videoId) {
        return Math.floorMod(videoId.hashCode(), count) == index;
    }
}
