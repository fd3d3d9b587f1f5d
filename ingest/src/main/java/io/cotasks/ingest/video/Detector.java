package io.cotasks.ingest.video;

import org.bytedeco.opencv.opencv_core.Mat;

import java.util.List;

/**
 * Finds objects in one BGR frame. An instance holds native state and is used by one thread at a time;
 * each worker creates its own through {@link DetectorSpec#create()}.
 */
public sealed interface Detector extends AutoCloseable permits CenterNetDetector, MoveNetDetector, HogPeopleDetector, DnnDetector {

    /** Detections in pixels of {@code bgr}, after the score threshold and non-maximum suppression. */
    List<Detection> detect(Mat bgr);

    /** A short name for messages and benchmarks: centernet, movenet, hog or the ONNX model's file name. */
    String name();

    @Override
    void close();
}
