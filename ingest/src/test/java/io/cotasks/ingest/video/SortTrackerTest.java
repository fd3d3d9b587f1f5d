package io.cotasks.ingest.video;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SortTrackerTest {

    private static Detection person(double x, double y, double score) {
        return new Detection(x, y, x + 60, y + 120, score, "person");
    }

    @Test
    void twoWalkersKeepTheirIdsAndAShortFalsePositiveIsDropped() {
        SortTracker tracker = SortTracker.create(TrackerConfig.defaults(), 768, 576);
        for (int k = 0; k < 8; k++) {
            List<Detection> frame = new ArrayList<>();
            frame.add(person(100 + 12 * k, 200, 0.9));       // walks right
            frame.add(person(600 - 10 * k, 220 + 3 * k, 0.8)); // walks left and down
            if (k == 3) {
                frame.add(person(300, 20, 0.6));            // one-frame false positive
            }
            tracker.update(k * 5, frame);
        }
        List<Track> tracks = tracker.finish();
        assertThat(tracks).hasSize(2);
        Track first = tracks.get(0);
        Track second = tracks.get(1);
        assertThat(first.trackId()).isEqualTo(1);
        assertThat(second.trackId()).isEqualTo(2);
        assertThat(first.points()).extracting(Track.Point::frame).containsExactly(0, 5, 10, 15, 20, 25, 30, 35);
        assertThat(first.points()).extracting(Track.Point::x1).containsExactly(100.0, 112.0, 124.0, 136.0, 148.0,
                160.0, 172.0, 184.0);
        assertThat(second.points()).extracting(Track.Point::x1).containsExactly(600.0, 590.0, 580.0, 570.0, 560.0,
                550.0, 540.0, 530.0);
        assertThat(first.meanScore()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.points()).noneMatch(Track.Point::predicted);
    }

    @Test
    void aMissedDetectionIsBridgedByThePredictionAndMarkedPredicted() {
        SortTracker tracker = SortTracker.create(TrackerConfig.defaults(), 768, 576);
        for (int k = 0; k < 6; k++) {
            tracker.update(k, k == 3 ? List.of() : List.of(person(100 + 10 * k, 200, 0.9)));
        }
        List<Track> tracks = tracker.finish();
        assertThat(tracks).hasSize(1);
        List<Track.Point> points = tracks.get(0).points();
        assertThat(points).extracting(Track.Point::frame).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(points).extracting(Track.Point::predicted).containsExactly(false, false, false, true, false, false);
        // the constant-velocity prediction lands near where the walker really was (x = 130)
        assertThat(points.get(3).x1()).isBetween(120.0, 140.0);
    }

    @Test
    void aTrackDiesAfterMaxAgeMissesAndAReturningPersonGetsANewId() {
        SortTracker tracker = SortTracker.create(new TrackerConfig(1, 2, 0.3), 768, 576);
        for (int k = 0; k < 4; k++) {
            tracker.update(k, List.of(person(100, 200, 0.9)));
        }
        tracker.update(4, List.of());
        tracker.update(5, List.of());
        for (int k = 6; k < 9; k++) {
            tracker.update(k, List.of(person(100, 200, 0.9)));
        }
        List<Track> tracks = tracker.finish();
        assertThat(tracks).extracting(Track::trackId).containsExactly(1, 2);
        assertThat(tracks.get(0).points()).extracting(Track.Point::frame).containsExactly(0, 1, 2, 3);
        assertThat(tracks.get(1).points()).extracting(Track.Point::frame).containsExactly(6, 7, 8);
    }

    @Test
    void detectionsOfAnotherClassNeverJoinATrack() {
        SortTracker tracker = SortTracker.create(TrackerConfig.defaults(), 768, 576);
        for (int k = 0; k < 4; k++) {
            Detection d = person(100, 200, 0.9);
            tracker.update(k, List.of(k % 2 == 0 ? d : new Detection(d.x1(), d.y1(), d.x2(), d.y2(), 0.9, "dog")));
        }
        assertThat(tracker.finish()).isEmpty();
    }

    @Test
    void predictedBoxesAreClippedToTheFrame() {
        SortTracker tracker = SortTracker.create(TrackerConfig.defaults(), 200, 200);
        for (int k = 0; k < 4; k++) {
            tracker.update(k, List.of(new Detection(30 - 10 * k, 50, 130 - 10 * k, 110, 0.9, "person")));
        }
        tracker.update(4, List.of());
        tracker.update(5, List.of(new Detection(0, 50, 80, 110, 0.9, "person")));
        List<Track.Point> points = tracker.finish().get(0).points();
        assertThat(points).extracting(Track.Point::frame).containsExactly(0, 1, 2, 3, 4, 5);
        Track.Point predicted = points.get(4);
        assertThat(predicted.predicted()).isTrue();
        assertThat(predicted.x1()).isEqualTo(0.0);
        assertThat(predicted.x2()).isBetween(85.0, 95.0);
    }

    @Test
    void hungarianFindsTheMinimumCostAssignment() {
        double[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
        assertThat(Hungarian.assign(cost)).containsExactly(1, 0, 2);
        double[][] tall = {{0.9, 0.1}, {0.2, 0.8}, {0.05, 0.3}};
        assertThat(Hungarian.assign(tall)).containsExactly(1, -1, 0);
        double[][] wide = {{0.5, 0.1, 0.0}};
        assertThat(Hungarian.assign(wide)).containsExactly(2);
        assertThat(Hungarian.assign(new double[0][0])).isEmpty();
    }
}
