package io.cotasks.store.model;

import java.util.Objects;

/**
 * A tracked object of a video: one identity over time.
 *
 * @param videoId    the video it appears in
 * @param trackId    the track id, unique within the video (VidOR tid, tracker id, STAR identity rule)
 * @param category   its class name, e.g. adult, dog, sandwich
 * @param source     annotation, derived or detected
 * @param confidence 1 for annotations, the mean detection score for detections
 */
public record Entity(String videoId, int trackId, String category, Source source, double confidence) {

    public Entity {
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
    }

    public static Entity annotated(String videoId, int trackId, String category) {
        return new Entity(videoId, trackId, category, Source.ANNOTATION, 1.0);
    }

    /** The natural key stored as {@code Entity.uid}. */
    public String uid() {
        return uid(videoId, trackId);
    }

    public static String uid(String videoId, int trackId) {
        return videoId + "#" + trackId;
    }
}
