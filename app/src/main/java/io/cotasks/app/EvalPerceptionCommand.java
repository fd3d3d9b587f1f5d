package io.cotasks.app;

import io.cotasks.ingest.video.DetectionEvaluation;
import io.cotasks.ingest.video.DetectorSpec;
import io.cotasks.store.CotasksException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code cotasks eval perception}: detection quality against the annotated boxes of STAR's keyframes, for
 * several detectors side by side: person recall and precision at IoU 0.5 over a sweep of score thresholds,
 * recall per STAR object class with a COCO counterpart, and one summary line per detector.
 */
@Command(name = "perception", description = "Detection recall and precision (IoU 0.5) on STAR's annotated keyframes, per detector.")
public final class EvalPerceptionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--star", paramLabel = "DIR",
            description = "Folder with sel_examples.json, obj_rel_cls_dict.json and keyframes/ "
                    + "(default: the shipped samples/star/homepage).")
    Path star;

    @Mixin
    DetectorNames detectors;

    @Mixin
    DetectorOptions detection;

    @Option(names = "--thresholds", paramLabel = "S", split = ",", defaultValue = "0.2,0.3,0.4,0.5,0.6,0.7,0.8",
            description = "Score thresholds of the person sweep (default: ${DEFAULT-VALUE}).")
    List<Double> thresholds;

    @Option(names = "--iou", paramLabel = "R", defaultValue = "0.5",
            description = "IoU a detection needs with an annotated box to count (default: ${DEFAULT-VALUE}, PASCAL VOC).")
    double iou;

    @Override
    public Integer call() {
        Path dir = star != null ? star : BenchCommand.sample("star/homepage");
        if (!Files.isRegularFile(dir.resolve("sel_examples.json"))) {
            throw new CotasksException(dir.resolve("sel_examples.json") + ": not found (give the folder with --star DIR)");
        }
        List<DetectorSpec> specs = specs();
        PrintWriter out = spec.commandLine().getOut();
        List<DetectionEvaluation.Result> results = new ArrayList<>();
        int width = detection.detectWidth();
        for (DetectorSpec d : specs) {
            DetectionEvaluation.Result r = DetectionEvaluation.run(dir, d, width, thresholds, iou);
            results.add(r);
            out.printf(Locale.ROOT, "%s on %d STAR keyframes (%s), detection width %s, IoU >= %.2f, %.1f s%n%n",
                    r.detector(), r.keyframes(), dir, width == 0 ? "original" : width + " px", iou, r.seconds());
            out.printf(Locale.ROOT, "| score >= | person boxes | detections | true positives | recall | precision |%n");
            out.printf(Locale.ROOT, "|---:|---:|---:|---:|---:|---:|%n");
            for (DetectionEvaluation.Point p : r.sweep()) {
                out.printf(Locale.ROOT, "| %.2f%s | %d | %d | %d | %.3f | %.3f |%n", p.threshold(),
                        Math.abs(p.threshold() - r.threshold()) < 1e-9 ? " (own)" : "", p.groundTruth(),
                        p.detections(), p.truePositives(), p.recall(), p.precision());
            }
            out.println();
            out.flush();
        }
        printClasses(out, results);
        for (DetectionEvaluation.Result r : results) {
            out.println(r.summary(iou));
        }
        out.flush();
        return 0;
    }

    /** The named shipped detectors, then the --model, each with --score applied. */
    private List<DetectorSpec> specs() {
        detection.check();
        List<DetectorSpec> specs = detectors.specs(detection::shipped);
        if (detection.hasModel()) {
            specs.add(detection.model());
        }
        return specs;
    }

    /** Recall per STAR class, one column per detector, at each detector's own threshold. */
    private static void printClasses(PrintWriter out, List<DetectionEvaluation.Result> results) {
        List<String> rows = results.stream().flatMap(r -> r.classes().stream())
                .map(DetectionEvaluation.ClassRecall::starClass).distinct().toList();
        out.printf(Locale.ROOT, "recall per STAR class at each detector's own threshold (boxes found / annotated)%n%n");
        StringBuilder head = new StringBuilder("| STAR class | COCO counterparts |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (DetectionEvaluation.Result r : results) {
            head.append(' ').append(r.detector()).append(" |");
            rule.append("---:|");
        }
        out.println(head);
        out.println(rule);
        for (String c : rows) {
            StringBuilder line = new StringBuilder();
            String coco = "";
            for (DetectionEvaluation.Result r : results) {
                DetectionEvaluation.ClassRecall cr = r.classes().stream().filter(x -> x.starClass().equals(c))
                        .findFirst().orElse(null);
                if (cr != null) {
                    coco = String.join(", ", cr.coco());
                    line.append(String.format(Locale.ROOT, " %.3f (%d/%d) |", cr.recall(), cr.truePositives(),
                            cr.groundTruth()));
                } else {
                    line.append(" - |");
                }
            }
            out.println("| " + c + " | " + coco + " |" + line);
        }
        out.println();
    }
}
