package io.cotasks.ingest.video;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * SORT multi-object tracking (Bewley et al. 2016): each track's Kalman filter predicts its box in the next
 * sampled frame, detections are matched to predictions by the Hungarian algorithm on 1 - IoU (same class
 * only), unmatched detections start tentative tracks, and tracks unmatched for more than
 * {@link TrackerConfig#maxAge()} sampled frames die. Tracks with fewer than {@link TrackerConfig#minHits()}
 * matched detections are dropped at the end as likely false positives. Not thread-safe; one per video.
 */
public final class SortTracker {

    private final TrackerConfig config;
    private final int width;
    private final int height;
    private final List<LiveTrack> live = new ArrayList<>();
    private final List<LiveTrack> ended = new ArrayList<>();
    private int nextSerial;

    private SortTracker(TrackerConfig config, int width, int height) {
        this.config = config;
        this.width = width;
        this.height = height;
    }

    /** A tracker for frames of {@code width x height}; boxes are clipped to the frame. */
    public static SortTracker create(TrackerConfig config, int width, int height) {
        return new SortTracker(config, width, height);
    }

    /** Feeds the detections of the next sampled frame. Frames must come in increasing order. */
    public void update(int frame, List<Detection> detections) {
        List<double[]> predicted = live.stream().map(t -> t.filter.predict()).toList();
        double[][] cost = new double[live.size()][detections.size()];
        for (int t = 0; t < live.size(); t++) {
            double[] p = predicted.get(t);
            for (int d = 0; d < detections.size(); d++) {
                Detection det = detections.get(d);
                boolean sameClass = det.category().equals(live.get(t).category);
                cost[t][d] = sameClass ? 1 - Detection.iou(p[0], p[1], p[2], p[3],
                        det.x1(), det.y1(), det.x2(), det.y2()) : 1;
            }
        }
        int[] match = Hungarian.assign(cost);
        boolean[] used = new boolean[detections.size()];
        for (int t = 0; t < live.size(); t++) {
            LiveTrack track = live.get(t);
            int d = match[t];
            if (d >= 0 && 1 - cost[t][d] >= config.iouThreshold()) {
                used[d] = true;
                track.hit(frame, detections.get(d));
            } else {
                track.miss(frame, clip(predicted.get(t)));
            }
        }
        for (int d = 0; d < detections.size(); d++) {
            if (!used[d]) {
                live.add(new LiveTrack(nextSerial++, frame, detections.get(d)));
            }
        }
        live.removeIf(t -> {
            boolean dead = t.misses > config.maxAge();
            if (dead) {
                ended.add(t);
            }
            return dead;
        });
    }

    /** Ends all tracks and returns those with enough hits, numbered 1, 2, ... by first appearance. */
    public List<Track> finish() {
        ended.addAll(live);
        live.clear();
        List<LiveTrack> kept = ended.stream().filter(t -> t.hits >= config.minHits())
                .sorted(Comparator.comparingInt((LiveTrack t) -> t.points.get(0).frame())
                        .thenComparingInt(t -> t.serial))
                .toList();
        List<Track> tracks = new ArrayList<>();
        for (LiveTrack t : kept) {
            tracks.add(new Track(tracks.size() + 1, t.category, t.points, t.scoreSum / t.hits));
        }
        return tracks;
    }

    private double[] clip(double[] box) {
        return new double[] {
            Math.max(0, Math.min(width, box[0])), Math.max(0, Math.min(height, box[1])),
            Math.max(0, Math.min(width, box[2])), Math.max(0, Math.min(height, box[3]))};
    }

    /** A track while it is alive; predicted boxes wait in {@code gap} until a detection confirms the track. */
    private static final class LiveTrack {
        final int serial;
        final String category;
        final KalmanBoxFilter filter;
        final List<Track.Point> points = new ArrayList<>();
        final List<Track.Point> gap = new ArrayList<>();
        int hits;
        int misses;
        double scoreSum;
        double lastScore;

        LiveTrack(int serial, int frame, Detection d) {
            this.serial = serial;
            this.category = d.category();
            this.filter = new KalmanBoxFilter(d.x1(), d.y1(), d.x2(), d.y2());
            record(frame, d);
        }

        void hit(int frame, Detection d) {
            filter.update(d.x1(), d.y1(), d.x2(), d.y2());
            points.addAll(gap);
            gap.clear();
            misses = 0;
            record(frame, d);
        }

        void miss(int frame, double[] box) {
            misses++;
            if (box[2] - box[0] >= 1 && box[3] - box[1] >= 1) {
                gap.add(new Track.Point(frame, box[0], box[1], box[2], box[3], true, lastScore));
            }
        }

        private void record(int frame, Detection d) {
            hits++;
            scoreSum += d.score();
            lastScore = d.score();
            points.add(new Track.Point(frame, d.x1(), d.y1(), d.x2(), d.y2(), false, d.score(), d.keypoints()));
        }
    }
}
