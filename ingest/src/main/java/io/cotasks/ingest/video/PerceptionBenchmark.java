package io.cotasks.ingest.video;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * End-to-end perception speed on one real video (decode, sample, detect, track, derive relations): decoding
 * alone, detection on every frame, detection at the sampling rate, and several copies of the video at once
 * at the sampling rate. Speed is reported as decoded frames per second and as a multiple of real time.
 */
public final class PerceptionBenchmark {

    private PerceptionBenchmark() {
    }

    /**
     * One measured run.
     *
     * @param name          what ran
     * @param videos        videos processed in the run
     * @param decodedFrames frames decoded over all videos
     * @param sampledFrames frames the detector ran on
     * @param tracks        tracks found (over all videos)
     * @param videoSeconds  seconds of video processed
     * @param wallSeconds   wall time of the run
     * @param cpuSeconds    CPU time the whole process used during the run (all threads, native code included)
     * @param loadAverage   the system load average when the run ended (other processes compete for the cores)
     */
    public record Row(String name, int videos, long decodedFrames, long sampledFrames, long tracks,
                      double videoSeconds, double wallSeconds, double cpuSeconds, double loadAverage) {

        public double framesPerSecond() {
            return decodedFrames / wallSeconds;
        }

        public double sampledPerSecond() {
            return sampledFrames / wallSeconds;
        }

        public double realTime() {
            return videoSeconds / wallSeconds;
        }

        /** This run's measure with timing fields filled from a clock reading taken at its start. */
        Row timed(Clock start) {
            return new Row(name, videos, decodedFrames, sampledFrames, tracks, videoSeconds,
                    (System.nanoTime() - start.wallNanos) / 1e9, (processCpuNanos() - start.cpuNanos) / 1e9, systemLoadAverage());
        }
    }

    /** Wall and process CPU clocks at the start of a run. */
    record Clock(long wallNanos, long cpuNanos) {
        static Clock now() {
            return new Clock(System.nanoTime(), processCpuNanos());
        }
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** The 1-minute load average from /proc/loadavg (the JMX value reads 0 in some containers). */
    private static double systemLoadAverage() {
        try {
            String line = java.nio.file.Files.readString(Path.of("/proc/loadavg"));
            return Double.parseDouble(line.split(" ")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    /**
     * Runs the benchmark on {@code video}.
     *
     * @param options  pipeline settings; its sampling rate is the "sampled" run's
     * @param parallel how many copies run at once in the last run (at least 2, or that run is skipped)
     * @param log      receives one line per finished run
     */
    public static List<Row> run(Path video, PerceptionOptions options, int parallel, Consumer<String> log) {
        return run(video, List.of(options), parallel, log);
    }

    /**
     * Runs the benchmark on {@code video} for each of {@code detectors} in turn (same sampling and sizes),
     * after one decode-only run. Each detector is loaded and run once on the first frame before its timed
     * runs; that first detection's delay is logged (the first one after JVM start includes loading
     * TensorFlow's natives for the TensorFlow detectors).
     */
    public static List<Row> run(Path video, List<PerceptionOptions> detectors, int parallel, Consumer<String> log) {
        List<Row> rows = new ArrayList<>();
        rows.add(log(log, decodeOnly(video)));
        for (PerceptionOptions options : detectors) {
            String name = options.detector().describe() + ": ";
            log.accept(warmUp(video, options));
            rows.add(log(log, once(name + "detect on every frame", video, options.withSampling(Sampling.everyFrame()))));
            rows.add(log(log, once(name + "detect at " + options.sampling().describe(), video, options)));
            if (parallel >= 2) {
                rows.add(log(log, atOnce(name, video, options, parallel)));
            }
        }
        return rows;
    }

    private static Row log(Consumer<String> log, Row row) {
        log.accept(String.format(java.util.Locale.ROOT,
                "%s: %d frames in %.1f s (CPU %.1f s, load average %.1f), %.1f frames/s, %.1fx real time",
                row.name(), row.decodedFrames(), row.wallSeconds(), row.cpuSeconds(), row.loadAverage(),
                row.framesPerSecond(), row.realTime()));
        return row;
    }

    /**
     * Loads the natives and runs the detector once, so the first measured run does not pay for it; returns a
     * line with the delay from this call, and from JVM start, to the first detection.
     */
    private static String warmUp(Path video, PerceptionOptions options) {
        long start = System.nanoTime();
        long[] detections = {-1};
        try (VideoDecoder decoder = VideoDecoder.open(video); Detector detector = options.detector().create()) {
            decoder.decode(index -> index == 0, 0, (index, bgr) -> detections[0] = detector.detect(bgr).size());
        } catch (RuntimeException e) {
            return options.detector().describe() + ": first detection failed: " + e.getMessage();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double sinceJvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        return String.format(java.util.Locale.ROOT,
                "%s: first detection (%d boxes on frame 0) %.1f s after loading began, %.1f s after JVM start",
                options.detector().describe(), detections[0], seconds, sinceJvmStart);
    }

    private static Row decodeOnly(Path video) {
        Clock start = Clock.now();
        try (VideoDecoder decoder = VideoDecoder.open(video)) {
            int frames = decoder.decode(index -> false, 0, (index, bgr) -> { });
            double fps = decoder.info().fps();
            return new Row("decode only", 1, frames, 0, 0, fps > 0 ? frames / fps : 0, 0, 0, 0).timed(start);
        }
    }

    private static Row once(String name, Path video, PerceptionOptions options) {
        Clock start = Clock.now();
        PerceptionResult r = PerceptionPipeline.create(options).perceive(video, "bench");
        return new Row(name, 1, r.decodedFrames(), r.sampledFrames(), r.tracks().size(),
                r.graph().video().duration(), 0, 0, 0).timed(start);
    }

    private static Row atOnce(String prefix, Path video, PerceptionOptions options, int copies) {
        PerceptionPipeline pipeline = PerceptionPipeline.create(options);
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        Clock start = Clock.now();
        try {
            List<Future<PerceptionResult>> futures = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                String id = "bench-" + i;
                futures.add(pool.submit(() -> pipeline.perceive(video, id)));
            }
            long decoded = 0;
            long sampled = 0;
            long tracks = 0;
            double videoSeconds = 0;
            for (Future<PerceptionResult> f : futures) {
                PerceptionResult r = f.get();
                decoded += r.decodedFrames();
                sampled += r.sampledFrames();
                tracks += r.tracks().size();
                videoSeconds += r.graph().video().duration();
            }
            return new Row(prefix + copies + " videos at once, " + options.sampling().describe(), copies, decoded, sampled,
                    tracks, videoSeconds, 0, 0, 0).timed(start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
