package io.cotasks.app;

import io.cotasks.ingest.video.DetectionEvaluation;
import io.cotasks.ingest.video.DetectorSpec;
import io.cotasks.store.CotasksException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code cotasks eval perception}: person recall and precision at IoU 0.5 of the detector against the person
 * boxes of STAR's annotated keyframes, over a sweep of score thresholds.
 */
@Command(name = "perception", description = "Person detection recall and precision (IoU 0.5) on STAR's annotated keyframes.")
public final class EvalPerceptionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--star", paramLabel = "DIR",
            description = "Folder with sel_examples.json, obj_rel_cls_dict.json and keyframes/ "
                    + "(default: the shipped samples/star/homepage).")
    Path star;

    @Option(names = "--detect-width", paramLabel = "PX", defaultValue = "0",
            description = "Resize keyframes to PX wide for detection; 0 keeps the size (default).")
    int detectWidth;

    @Option(names = "--model", paramLabel = "FILE", description = "A YOLO ONNX model (default: HOG people).")
    Path model;

    @Option(names = "--classes", paramLabel = "FILE", description = "The model's class names, one per line.")
    Path classes;

    @Option(names = "--thresholds", paramLabel = "S", split = ",", defaultValue = "0.5,0.6,0.7,0.8,0.9",
            description = "Score thresholds of the sweep (default: ${DEFAULT-VALUE}).")
    List<Double> thresholds;

    @Option(names = "--iou", paramLabel = "R", defaultValue = "0.5",
            description = "IoU a detection needs with a person box to count (default: ${DEFAULT-VALUE}, PASCAL VOC).")
    double iou;

    @Override
    public Integer call() {
        Path dir = star != null ? star : BenchCommand.sample("star/homepage");
        if (!Files.isRegularFile(dir.resolve("sel_examples.json"))) {
            throw new CotasksException(dir.resolve("sel_examples.json") + ": not found (give the folder with --star DIR)");
        }
        if ((model == null) != (classes == null)) {
            throw new CotasksException("--model and --classes go together", CotasksException.USAGE, null);
        }
        DetectorSpec detector = model == null ? DetectorSpec.hog() : DetectorSpec.onnx(model, classes);
        DetectionEvaluation.Result r = DetectionEvaluation.run(dir, detector, detectWidth, thresholds, iou);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "person detection on %d STAR keyframes (%s), detector %s, detection width %s, IoU >= %.2f, %.1f s%n%n",
                r.keyframes(), dir, detector.describe(), detectWidth == 0 ? "original" : detectWidth + " px",
                iou, r.seconds());
        out.printf(Locale.ROOT, "| score >= | person boxes | detections | true positives | recall | precision |%n");
        out.printf(Locale.ROOT, "|---:|---:|---:|---:|---:|---:|%n");
        for (DetectionEvaluation.Point p : r.sweep()) {
            out.printf(Locale.ROOT, "| %.2f | %d | %d | %d | %.3f | %.3f |%n", p.threshold(), p.groundTruth(),
                    p.detections(), p.truePositives(), p.recall(), p.precision());
        }
        out.flush();
        return 0;
    }
}
