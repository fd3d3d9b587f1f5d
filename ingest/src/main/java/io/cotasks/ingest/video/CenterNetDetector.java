package io.cotasks.ingest.video;

import org.bytedeco.opencv.opencv_core.Mat;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2RGB;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

/**
 * The shipped CenterNet (MobileNetV3, COCO's 80 classes) run as {@code @vladmandic/human}'s
 * {@code src/object/centernet.ts} runs it: the RGB frame as float 0..255, bilinearly resized to 512x512
 * without keeping the aspect ratio ({@code tf.image.resizeBilinear} defaults), fed to
 * {@code tower_0/images}; {@code tower_0/detections} holds 100 rows {@code x1,y1,x2,y2,score,class} in
 * pixels of the 512x512 input with a 0-based COCO class. Boxes are scaled back to the frame. Unlike Human
 * (class-agnostic NMS, 10 detections) this keeps every detection over the score threshold and suppresses
 * overlaps per COCO class, so a truck is not hidden under a car.
 */
public final class CenterNetDetector implements Detector {

    static final int INPUT = 512;
    static final String INPUT_NODE = "tower_0/images";
    static final String OUTPUT = "tower_0/detections";

    private final TfjsModel model;
    private final double scoreThreshold;
    private final double nmsThreshold;
    private final Set<String> classes;

    private CenterNetDetector(TfjsModel model, double scoreThreshold, double nmsThreshold, Set<String> classes) {
        this.model = model;
        this.scoreThreshold = scoreThreshold;
        this.nmsThreshold = nmsThreshold;
        this.classes = classes;
    }

    /**
     * The shipped model (loaded once per JVM) with these settings.
     *
     * @param classes graph categories to keep; empty keeps all
     */
    public static CenterNetDetector create(double scoreThreshold, double nmsThreshold, Set<String> classes) {
        return new CenterNetDetector(TfjsModel.shared(ShippedModel.CENTERNET, CenterNetDetector::inputStage,
                        m -> m.run(new byte[64 * 48 * 3], 64, 48, Map.of(), OUTPUT)),
                scoreThreshold, nmsThreshold, Set.copyOf(classes));
    }

    /** uint8 RGB frame, cast to float, resized to 512x512, in place of the model's placeholder. */
    static GraphDef inputStage(GraphDef def) {
        List<org.tensorflow.proto.NodeDef> stage = new ArrayList<>();
        stage.add(TfjsModel.framePlaceholder());
        stage.add(TfjsModel.cast("cotasks/float", TfjsModel.FRAME, DataType.DT_UINT8, DataType.DT_FLOAT));
        stage.addAll(TfjsModel.resizeBilinear("cotasks/resized", "cotasks/float", INPUT));
        return TfjsModel.replaceInput(def, INPUT_NODE, stage, "cotasks/resized");
    }

    /** The raw output rows {@code [100][6]} for a BGR frame (the parity test compares these). */
    float[][] raw(Mat bgr) {
        return TfjsModel.rows(model.run(rgb(bgr), bgr.cols(), bgr.rows(), Map.of(), OUTPUT), 6);
    }

    @Override
    public List<Detection> detect(Mat bgr) {
        CocoVocabulary vocabulary = CocoVocabulary.standard();
        double sx = bgr.cols() / (double) INPUT;
        double sy = bgr.rows() / (double) INPUT;
        List<Detection> candidates = new ArrayList<>();
        for (float[] r : raw(bgr)) {
            int cls = Math.round(r[5]);
            if (r[4] < scoreThreshold || cls < 0 || cls >= vocabulary.size()
                    || !classes.isEmpty() && !classes.contains(vocabulary.category(cls))) {
                continue;
            }
            // per COCO class: bus and truck share a graph category but are suppressed separately
            candidates.add(new Detection(r[0] * sx, r[1] * sy, r[2] * sx, r[3] * sy, r[4], vocabulary.cocoName(cls)));
        }
        List<Detection> kept = new ArrayList<>();
        for (Detection d : NonMaxSuppression.apply(candidates, scoreThreshold, nmsThreshold)) {
            kept.add(new Detection(d.x1(), d.y1(), d.x2(), d.y2(), d.score(), vocabulary.categoryOf(d.category())));
        }
        return kept;
    }

    /** The frame's pixels as packed RGB bytes, row by row. */
    static byte[] rgb(Mat bgr) {
        try (Mat rgb = new Mat()) {
            cvtColor(bgr, rgb, COLOR_BGR2RGB);
            byte[] bytes = new byte[rgb.rows() * rgb.cols() * 3];
            rgb.data().get(bytes);
            return bytes;
        }
    }

    @Override
    public String name() {
        return "centernet";
    }

    @Override
    public void close() {
        // the model is shared by every detector of the JVM and lives as long as it
    }
}
