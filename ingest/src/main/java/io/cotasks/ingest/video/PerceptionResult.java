package io.cotasks.ingest.video;

import io.cotasks.store.model.VideoGraph;

import java.time.Duration;
import java.util.List;

/**
 * What perceiving one video produced.
 *
 * @param graph          the video's graph: detected entities and boxes, derived spatial events and Allen
 *                       relations
 * @param tracks         the tracks behind the entities
 * @param decodedFrames  frames decoded
 * @param sampledFrames  frames the detector ran on
 * @param detections     detections over all sampled frames, before tracking
 * @param elapsed        wall time from opening the file to the finished graph
 */
public record PerceptionResult(VideoGraph graph, List<Track> tracks, int decodedFrames, int sampledFrames,
                               long detections, Duration elapsed) {

    public PerceptionResult {
        tracks = List.copyOf(tracks);
    }

    /** Decoded frames per second of wall time. */
    public double framesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? decodedFrames / seconds : 0;
    }

    /** Seconds of video processed per second of wall time. */
    public double realTimeFactor() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? graph.video().duration() / seconds : 0;
    }
}
