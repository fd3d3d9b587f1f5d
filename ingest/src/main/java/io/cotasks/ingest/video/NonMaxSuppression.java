package io.cotasks.ingest.video;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;

import java.util.ArrayList;
import java.util.List;

import static org.bytedeco.opencv.global.opencv_dnn.NMSBoxes;

/** Score threshold plus greedy non-maximum suppression, per category, with OpenCV's {@code NMSBoxes}. */
public final class NonMaxSuppression {

    private NonMaxSuppression() {
    }

    /**
     * Keeps detections scoring at least {@code scoreThreshold} that do not overlap a better one of the same
     * category by more than {@code iouThreshold}; best first.
     */
    public static List<Detection> apply(List<Detection> detections, double scoreThreshold, double iouThreshold) {
        List<Detection> kept = new ArrayList<>();
        detections.stream().map(Detection::category).distinct().forEach(category ->
                kept.addAll(applyOne(detections.stream().filter(d -> d.category().equals(category)).toList(),
                        scoreThreshold, iouThreshold)));
        kept.sort((a, b) -> Double.compare(b.score(), a.score()));
        return kept;
    }

    private static List<Detection> applyOne(List<Detection> detections, double scoreThreshold, double iouThreshold) {
        if (detections.isEmpty()) {
            return List.of();
        }
        try (RectVector rects = new RectVector(detections.size());
             FloatPointer scores = new FloatPointer(detections.size());
             IntPointer indices = new IntPointer(detections.size())) {
            for (int i = 0; i < detections.size(); i++) {
                Detection d = detections.get(i);
                rects.put(i, new Rect((int) Math.round(d.x1()), (int) Math.round(d.y1()),
                        (int) Math.max(1, Math.round(d.width())), (int) Math.max(1, Math.round(d.height()))));
                scores.put(i, (float) d.score());
            }
            NMSBoxes(rects, scores, (float) scoreThreshold, (float) iouThreshold, indices);
            List<Detection> kept = new ArrayList<>();
            for (long i = 0; i < indices.limit(); i++) {
                kept.add(detections.get(indices.get(i)));
            }
            return kept;
        }
    }
}
