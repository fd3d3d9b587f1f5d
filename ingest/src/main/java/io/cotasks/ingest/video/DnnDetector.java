package io.cotasks.ingest.video;

import io.cotasks.ingest.IngestException;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_dnn.Net;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.bytedeco.opencv.global.opencv_dnn.blobFromImage;
import static org.bytedeco.opencv.global.opencv_dnn.readNetFromONNX;

/**
 * A YOLO-style ONNX detector run by OpenCV DNN on the CPU. The user supplies the model and its class list;
 * the project ships no weights. Two output layouts are understood: YOLOv8/v11 {@code [1, 4+C, N]} rows of
 * {@code cx,cy,w,h,class scores} and YOLOv5 {@code [1, N, 5+C]} rows of {@code cx,cy,w,h,objectness,class
 * scores}, in pixels of the square network input.
 */
public final class DnnDetector implements Detector {

    private final Net net;
    private final Path model;
    private final List<String> classes;
    private final int inputSize;
    private final double scoreThreshold;
    private final double nmsThreshold;
    private final java.util.Set<String> keep;

    private DnnDetector(Net net, Path model, List<String> classes, int inputSize,
                        double scoreThreshold, double nmsThreshold, java.util.Set<String> keep) {
        this.net = net;
        this.model = model;
        this.classes = classes;
        this.inputSize = inputSize;
        this.scoreThreshold = scoreThreshold;
        this.nmsThreshold = nmsThreshold;
        this.keep = keep;
    }

    /**
     * Loads {@code model} with its class names (one per line of {@code classFile}).
     *
     * @throws IngestException naming the file when either cannot be read or the model does not load
     */
    public static DnnDetector load(Path model, Path classFile, int inputSize, double scoreThreshold,
                                   double nmsThreshold) {
        return load(model, classFile, inputSize, scoreThreshold, nmsThreshold, java.util.Set.of());
    }

    /** Like {@link #load(Path, Path, int, double, double)}, keeping only the classes in {@code keep} (empty: all). */
    public static DnnDetector load(Path model, Path classFile, int inputSize, double scoreThreshold,
                                   double nmsThreshold, java.util.Set<String> keep) {
        List<String> classes = readClasses(classFile);
        if (!Files.isRegularFile(model)) {
            throw new IngestException(model + ": model file not found");
        }
        Net net;
        try {
            net = readNetFromONNX(model.toString());
        } catch (RuntimeException e) {
            throw new IngestException(model + ": cannot load ONNX model (" + firstLine(e.getMessage()) + ")", e);
        }
        if (net == null || net.empty()) {
            throw new IngestException(model + ": cannot load ONNX model (the network is empty)");
        }
        return new DnnDetector(net, model, classes, inputSize, scoreThreshold, nmsThreshold, keep);
    }

    static List<String> readClasses(Path classFile) {
        if (!Files.isRegularFile(classFile)) {
            throw new IngestException(classFile + ": class list not found");
        }
        List<String> names;
        try {
            names = Files.readAllLines(classFile).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new IngestException(classFile + ": cannot read class list: " + e.getMessage());
        }
        if (names.isEmpty()) {
            throw new IngestException(classFile + ": class list is empty (one class name per line)");
        }
        return names;
    }

    @Override
    public List<Detection> detect(Mat bgr) {
        try (Mat blob = blobFromImage(bgr, 1 / 255.0, new Size(inputSize, inputSize), new Scalar(0.0),
                true, false, org.bytedeco.opencv.global.opencv_core.CV_32F)) {
            net.setInput(blob);
            try (Mat out = net.forward()) {
                double sx = bgr.cols() / (double) inputSize;
                double sy = bgr.rows() / (double) inputSize;
                return NonMaxSuppression.apply(decode(out, sx, sy), scoreThreshold, nmsThreshold);
            }
        } catch (RuntimeException e) {
            if (e instanceof IngestException) {
                throw e;
            }
            throw new IngestException(model + ": inference failed: " + firstLine(e.getMessage()), e);
        }
    }

    private List<Detection> decode(Mat out, double sx, double sy) {
        int a = out.dims() == 3 ? out.size(1) : out.rows();
        int b = out.dims() == 3 ? out.size(2) : out.cols();
        int c = classes.size();
        boolean v8 = a == 4 + c;
        boolean v5 = b == 5 + c;
        if (!v8 && !v5) {
            throw new IngestException(model + ": output shape [" + a + ", " + b + "] fits neither YOLOv8 [4+"
                    + c + ", N] nor YOLOv5 [N, 5+" + c + "] for the " + c + " classes of the class list");
        }
        List<Detection> found = new ArrayList<>();
        try (Mat plane = out.reshape(1, a); FloatIndexer idx = plane.createIndexer()) {
            int boxes = v8 ? b : a;
            for (int i = 0; i < boxes; i++) {
                int offset = v8 ? 4 : 5;
                double objectness = v8 ? 1 : value(idx, v8, i, 4);
                int best = -1;
                double bestScore = 0;
                for (int k = 0; k < c; k++) {
                    double s = objectness * value(idx, v8, i, offset + k);
                    if (s > bestScore) {
                        bestScore = s;
                        best = k;
                    }
                }
                if (best >= 0 && bestScore >= scoreThreshold && (keep.isEmpty() || keep.contains(classes.get(best)))) {
                    double cx = value(idx, v8, i, 0), cy = value(idx, v8, i, 1);
                    double w = value(idx, v8, i, 2), h = value(idx, v8, i, 3);
                    found.add(new Detection((cx - w / 2) * sx, (cy - h / 2) * sy, (cx + w / 2) * sx,
                            (cy + h / 2) * sy, Math.min(1, bestScore), classes.get(best)));
                }
            }
        }
        return found;
    }

    private static double value(FloatIndexer idx, boolean v8, int box, int field) {
        return v8 ? idx.get(field, box) : idx.get(box, field);
    }

    /** OpenCV's reason without its source path: "OpenCV(4.13.0) /path/file.cpp:284: error: (-210:...) why in function 'f'". */
    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.strip().lines().findFirst().orElse(message);
        java.util.regex.Matcher m = OPENCV_ERROR.matcher(line);
        return m.find() ? m.group(1).strip() : line;
    }

    private static final java.util.regex.Pattern OPENCV_ERROR =
            java.util.regex.Pattern.compile("error: \\([^)]*\\) (.*?)(?: in function .*)?$");

    /** The class names, in the model's output order. */
    public List<String> classes() {
        return classes;
    }

    @Override
    public String name() {
        return model.getFileName().toString();
    }

    @Override
    public void close() {
        net.close();
    }
}
