package io.cotasks.ingest.video;

import org.bytedeco.opencv.opencv_core.Mat;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shipped MoveNet MultiPose run as {@code @vladmandic/human}'s {@code src/body/movenet.ts} and
 * {@code movenetfix.ts} run it: the RGB frame as float 0..255, padded with zeros to a square (half the
 * difference, truncated, on each side of the short edge), bilinearly resized to 256x256 and cast to int32.
 * The output {@code [1, 6, 56]} holds per person 17 keypoints {@code y, x, score} (COCO order), a box
 * {@code ymin, xmin, ymax, xmax} and the person's score, all normalised to the padded square; they are
 * mapped back to frame pixels. A person is kept when its score reaches the threshold; its box is the
 * model's own box (Human draws the hull of the confident keypoints instead, which leaves out the top of the
 * head and anything below the last visible joint); all 17 keypoints are kept with their scores.
 */
public final class MoveNetDetector implements Detector {

    static final int INPUT = 256;
    static final String INPUT_NODE = "input";
    static final String OUTPUT = "Identity";
    static final String PADDINGS = "cotasks/paddings";
    static final int KEYPOINTS = 17;

    private final TfjsModel model;
    private final double scoreThreshold;
    private final double nmsThreshold;

    private MoveNetDetector(TfjsModel model, double scoreThreshold, double nmsThreshold) {
        this.model = model;
        this.scoreThreshold = scoreThreshold;
        this.nmsThreshold = nmsThreshold;
    }

    /** The shipped model (loaded once per JVM) with these settings. */
    public static MoveNetDetector create(double scoreThreshold, double nmsThreshold) {
        return new MoveNetDetector(TfjsModel.shared(ShippedModel.MOVENET, MoveNetDetector::inputStage,
                        m -> m.run(new byte[64 * 48 * 3], 64, 48, Map.of(PADDINGS, new int[][] {{0, 0}, {8, 8}, {0, 0}, {0, 0}}),
                                OUTPUT)),
                scoreThreshold, nmsThreshold);
    }

    /** uint8 RGB frame, cast to float, padded to a square, resized to 256x256, cast to int32. */
    static GraphDef inputStage(GraphDef def) {
        List<org.tensorflow.proto.NodeDef> stage = new ArrayList<>();
        stage.add(TfjsModel.framePlaceholder());
        stage.add(TfjsModel.int32Placeholder(PADDINGS));
        stage.add(TfjsModel.cast("cotasks/float", TfjsModel.FRAME, DataType.DT_UINT8, DataType.DT_FLOAT));
        stage.add(TfjsModel.pad("cotasks/padded", "cotasks/float", PADDINGS));
        stage.addAll(TfjsModel.resizeBilinear("cotasks/resized", "cotasks/padded", INPUT));
        stage.add(TfjsModel.cast("cotasks/int", "cotasks/resized", DataType.DT_FLOAT, DataType.DT_INT32));
        return TfjsModel.replaceInput(def, INPUT_NODE, stage, "cotasks/int");
    }

    /** Rows and columns added above/below and left/right: {@code [top, left]}. */
    static int[] padding(int width, int height) {
        return new int[] {width > height ? (width - height) / 2 : 0, height > width ? (height - width) / 2 : 0};
    }

    /** The raw output rows {@code [6][56]} for a BGR frame (the parity test compares these). */
    float[][] raw(Mat bgr) {
        int[] pad = padding(bgr.cols(), bgr.rows());
        int[][] paddings = {{0, 0}, {pad[0], pad[0]}, {pad[1], pad[1]}, {0, 0}};
        return TfjsModel.rows(model.run(CenterNetDetector.rgb(bgr), bgr.cols(), bgr.rows(), Map.of(PADDINGS, paddings),
                OUTPUT), 56);
    }

    @Override
    public List<Detection> detect(Mat bgr) {
        int width = bgr.cols();
        int height = bgr.rows();
        int[] pad = padding(width, height);
        double sw = width + 2.0 * pad[1];
        double sh = height + 2.0 * pad[0];
        List<Detection> people = new ArrayList<>();
        for (float[] r : raw(bgr)) {
            double score = r[3 * KEYPOINTS + 4];
            if (score < scoreThreshold) {
                continue;
            }
            List<Detection.Keypoint> points = new ArrayList<>(KEYPOINTS);
            for (int k = 0; k < KEYPOINTS; k++) {
                points.add(new Detection.Keypoint(clamp(r[3 * k + 1] * sw - pad[1], width),
                        clamp(r[3 * k] * sh - pad[0], height), r[3 * k + 2]));
            }
            int b = 3 * KEYPOINTS;
            double x1 = clamp(r[b + 1] * sw - pad[1], width);
            double y1 = clamp(r[b] * sh - pad[0], height);
            double x2 = clamp(r[b + 3] * sw - pad[1], width);
            double y2 = clamp(r[b + 2] * sh - pad[0], height);
            if (x2 - x1 >= 1 && y2 - y1 >= 1) {
                people.add(new Detection(x1, y1, x2, y2, score, HogPeopleDetector.PERSON, points));
            }
        }
        return NonMaxSuppression.apply(people, scoreThreshold, nmsThreshold);
    }

    private static double clamp(double v, int max) {
        return Math.max(0, Math.min(max, v));
    }

    @Override
    public String name() {
        return "movenet";
    }

    @Override
    public void close() {
        // the model is shared by every detector of the JVM and lives as long as it
    }
}
