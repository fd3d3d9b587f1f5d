package io.cotasks.ingest.video;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.HOGDescriptor;

import java.util.ArrayList;
import java.util.List;

/**
 * OpenCV's HOG + linear SVM people detector (Dalal and Triggs), which needs no weight file. It sees
 * upright people at least 64x128 pixels; its SVM margin is mapped to a score in (0,1) by the logistic
 * function, so a margin of 0 (OpenCV's default hit threshold) is a score of 0.5.
 */
public final class HogPeopleDetector implements Detector {

    /** The category every detection of this detector gets. */
    public static final String PERSON = "person";

    private final HOGDescriptor hog;
    private final Mat svm;
    private final double scoreThreshold;
    private final double nmsThreshold;

    private HogPeopleDetector(double scoreThreshold, double nmsThreshold) {
        this.hog = new HOGDescriptor();
        this.svm = new Mat(HOGDescriptor.getDefaultPeopleDetector());
        hog.setSVMDetector(svm);
        this.scoreThreshold = scoreThreshold;
        this.nmsThreshold = nmsThreshold;
    }

    /** A HOG people detector keeping detections scoring at least {@code scoreThreshold}. */
    public static HogPeopleDetector create(double scoreThreshold, double nmsThreshold) {
        return new HogPeopleDetector(scoreThreshold, nmsThreshold);
    }

    @Override
    public List<Detection> detect(Mat bgr) {
        try (RectVector found = new RectVector(); DoublePointer weights = new DoublePointer()) {
            // groupThreshold 2 is OpenCV's default: a hit needs 3 overlapping windows, which removes most
            // isolated false positives; the grouped boxes still nest, hence the NMS afterwards.
            hog.detectMultiScale(bgr, found, weights, 0, new Size(8, 8), new Size(0, 0), 1.05, 2, false);
            List<Detection> raw = new ArrayList<>();
            for (long i = 0; i < found.size(); i++) {
                Rect r = found.get(i);
                double margin = i < weights.limit() ? weights.get(i) : 0;
                raw.add(new Detection(r.x(), r.y(), r.x() + r.width(), r.y() + r.height(),
                        1 / (1 + Math.exp(-margin)), PERSON));
            }
            return NonMaxSuppression.apply(raw, scoreThreshold, nmsThreshold);
        }
    }

    @Override
    public String name() {
        return "hog";
    }

    @Override
    public void close() {
        hog.close();
        svm.close();
    }
}
