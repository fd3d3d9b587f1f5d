package io.cotasks.query.exec;

import io.cotasks.query.compile.Columns;
import io.cotasks.query.ast.TimeFilter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Frame localization: each match's span (the frames where all its events hold, or from the first begin
 * to the last end when they never hold together), clipped to the window, merged per video where spans
 * overlap or touch, ranked longest first. Output frame ranges are inclusive, like {@code FRAMES a..b}.
 */
final class Spans {

    private Spans() {
    }

    private static final class Span {
        final String video;
        final double fps;
        int begin;
        int end;
        final TreeSet<String> events = new TreeSet<>();

        Span(String video, double fps, int begin, int end) {
            this.video = video;
            this.fps = fps;
            this.begin = begin;
            this.end = end;
        }
    }

    static List<Map<String, Object>> localize(List<Map<String, Object>> rows, TimeFilter window, Long limit) {
        List<Span> spans = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Span span = matchSpan(row, window);
            if (span != null) {
                spans.add(span);
            }
        }
        spans.sort(Comparator.comparing((Span s) -> s.video).thenComparingInt(s -> s.begin));
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.video.equals(s.video) && s.begin <= last.end) {
                last.end = Math.max(last.end, s.end);
                last.events.addAll(s.events);
            } else {
                merged.add(s);
            }
        }
        merged.sort(Comparator.comparingInt((Span s) -> s.begin - s.end).thenComparing(s -> s.video)
                .thenComparingInt(s -> s.begin));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Span s : merged) {
            if (limit != null && out.size() >= limit) {
                break;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(Columns.VIDEO, s.video);
            row.put(Columns.BEGIN_FRAME, (long) s.begin);
            row.put(Columns.END_FRAME, (long) s.end - 1);
            row.put(Columns.BEGIN_SEC, seconds(s.begin, s.fps));
            row.put(Columns.END_SEC, seconds(s.end, s.fps));
            row.put(Columns.EVENTS, (long) s.events.size());
            out.add(row);
        }
        return out;
    }

    private static Span matchSpan(Map<String, Object> row, TimeFilter window) {
        String video = (String) row.get(Columns.VIDEO);
        double fps = ((Number) row.get(Columns.FPS)).doubleValue();
        long frameCount = ((Number) row.get(Columns.FRAME_COUNT)).longValue();
        int lo = Integer.MIN_VALUE;
        int hi = Integer.MAX_VALUE;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        List<String> uids = new ArrayList<>();
        for (Object o : (List<?>) row.get(Columns.EVENTS)) {
            Map<?, ?> e = (Map<?, ?>) o;
            int b = ((Number) e.get(Columns.BEGIN)).intValue();
            int en = ((Number) e.get(Columns.END)).intValue();
            lo = Math.max(lo, b);
            hi = Math.min(hi, en);
            first = Math.min(first, b);
            last = Math.max(last, en);
            uids.add((String) e.get(Columns.UID));
        }
        int begin = lo < hi ? lo : first;
        int end = lo < hi ? hi : last;
        int[] w = window(window, fps, frameCount);
        begin = Math.max(begin, w[0]);
        end = Math.min(end, w[1]);
        if (begin >= end) {
            return null;
        }
        Span span = new Span(video, fps, begin, end);
        span.events.addAll(uids);
        return span;
    }

    /** The window as half-open frames {@code [from, to)}. */
    static int[] window(TimeFilter t, double fps, long frameCount) {
        if (t == null) {
            return new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        }
        return t.accept(new TimeFilter.Visitor<>() {
            @Override
            public int[] visitFrameRange(TimeFilter.FrameRange r) {
                return new int[] {clamp(r.from()), clamp(r.to() + 1)};
            }

            @Override
            public int[] visitSecondRange(TimeFilter.SecondRange r) {
                return new int[] {ceil(r.from() * fps), clamp((long) Math.floor(r.to() * fps) + 1)};
            }

            @Override
            public int[] visitFirst(TimeFilter.First f) {
                return new int[] {0, ceil(f.seconds() * fps)};
            }

            @Override
            public int[] visitLast(TimeFilter.Last l) {
                return new int[] {ceil(frameCount - l.seconds() * fps), clamp(frameCount)};
            }

            @Override
            public int[] visitAtFrame(TimeFilter.AtFrame a) {
                return new int[] {clamp(a.frame()), clamp(a.frame() + 1)};
            }

            @Override
            public int[] visitAtSecond(TimeFilter.AtSecond a) {
                long f = (long) Math.floor(a.seconds() * fps);
                return new int[] {clamp(f), clamp(f + 1)};
            }
        });
    }

    private static int ceil(double v) {
        return clamp((long) Math.ceil(v - 1e-9));
    }

    private static int clamp(long v) {
        return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, v));
    }

    static double seconds(int frame, double fps) {
        return fps > 0 ? Math.round(frame / fps * 1000.0) / 1000.0 : 0;
    }
}
