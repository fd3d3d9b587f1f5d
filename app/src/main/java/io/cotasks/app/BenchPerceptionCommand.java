package io.cotasks.app;

import io.cotasks.ingest.video.PerceptionBenchmark;
import io.cotasks.ingest.video.PerceptionOptions;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code cotasks bench perception}: end-to-end perception speed (decode, detect, track, derive) of each
 * detector on a real video, at every frame and at 2 fps sampling, as frames per second and as a multiple of
 * real time. The default video is the shipped 10 s pedestrian clip; the reported figures use OpenCV's full
 * {@code vtest.avi} (768x576, 10 fps, 795 frames) through {@code --video}.
 */
@Command(name = "perception", description = "Measure perception speed of each detector on a real video: every frame, 2 fps, several videos at once.")
public final class BenchPerceptionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VideoOptions video;

    @Option(names = "--video", paramLabel = "FILE",
            description = "The video (default: the shipped samples/video/vtest_first10s_h264.mp4).")
    Path file;

    @Mixin
    DetectorNames detectors;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Copies run at once in the last run (default: the number of cores; below 2 skips it).")
    Integer parallel;

    @Override
    public Integer call() {
        Path input = file != null ? file : BenchCommand.sample("video/vtest_first10s_h264.mp4");
        if (!Files.isRegularFile(input)) {
            throw new CotasksException(input + ": video file not found (give one with --video FILE)");
        }
        PerceptionOptions base = video.perception();
        List<PerceptionOptions> runs = new ArrayList<>();
        if (video.hasModel()) {
            runs.add(base);
        } else {
            detectors.specs(video::detector).forEach(d -> runs.add(base.withDetector(d)));
        }
        int copies = parallel != null ? parallel : Runtime.getRuntime().availableProcessors();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "perception benchmark on %s: detectors %s, detection width %s, %d cores, load average %s%n",
                input, String.join(", ", runs.stream().map(r -> r.detector().describe()).toList()),
                base.detectWidth() == 0 ? "original" : base.detectWidth() + " px",
                Runtime.getRuntime().availableProcessors(), loadAverage());
        out.flush();
        List<PerceptionBenchmark.Row> rows = PerceptionBenchmark.run(input, runs, copies, line -> {
            out.println("  " + line);
            out.flush();
        });
        out.printf(Locale.ROOT, "%n| run | videos | decoded frames | detected frames | tracks | seconds | CPU s | load avg | frames/s | detected frames/s | x real time |%n");
        out.printf(Locale.ROOT, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n");
        for (PerceptionBenchmark.Row r : rows) {
            out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1fx |%n", r.name(),
                    r.videos(), r.decodedFrames(), r.sampledFrames(), r.tracks(), r.wallSeconds(), r.cpuSeconds(),
                    r.loadAverage(), r.framesPerSecond(), r.sampledPerSecond(), r.realTime());
        }
        out.printf(Locale.ROOT, "%nx real time = seconds of video per second of wall time. A load average above the core"
                + " count means other processes shared the cores: the wall times are then slower than on an idle machine.%n");
        out.flush();
        return 0;
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
