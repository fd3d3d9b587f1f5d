package io.cotasks.cot.render;

import io.cotasks.query.result.EventRef;
import io.cotasks.query.result.Span;
import io.cotasks.query.result.SpatialRelation;
import io.cotasks.query.result.TemporalPair;
import io.cotasks.query.result.TrackBox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** Turns the rows of the four CoTask operators into short evidence items. */
public final class Evidence {

    private Evidence() {
    }

    /** LOCALIZE rows: {@code 12.3-18s (f369-540)}. */
    public static List<String> spans(List<Span> spans) {
        return spans.stream().map(s -> secs(s.beginSec(), s.endSec()) + " (f" + s.beginFrame() + "-" + s.endFrame() + ")")
                .toList();
    }

    /** TRACK rows: {@code adult#0 12.3s [10,20,80,200]}. */
    public static List<String> boxes(List<TrackBox> boxes) {
        return boxes.stream().map(b -> b.entity().label() + " " + number(b.time()) + "s [" + Math.round(b.x1()) + ","
                + Math.round(b.y1()) + "," + Math.round(b.x2()) + "," + Math.round(b.y2()) + "]").toList();
    }

    /** SPATIAL rows: {@code adult#0 in_front_of dog#2 f10-50}. */
    public static List<String> relations(List<SpatialRelation> relations, double fps) {
        return relations.stream().map(r -> r.subject().label() + " " + r.predicate() + " " + r.object().label() + " "
                + span(r.beginFrame(), r.endFrame(), fps)).distinct().toList();
    }

    /** TEMPORAL rows: {@code person#0 sit chair#29 0-31.03s CONTAINS person#0 put sandwich#16 14.18-20.73s}. */
    public static List<String> timeline(List<TemporalPair> pairs, double fps) {
        return pairs.stream().map(p -> event(p.a(), fps) + " " + p.relationKeywords() + " " + event(p.b(), fps)).toList();
    }

    /** An event with its frames in seconds when the frame rate is known, else as {@code [begin,end)}. */
    private static String event(EventRef e, double fps) {
        return fps > 0 ? e.participants() + " " + span(e.begin(), e.end(), fps) : e.describe();
    }

    /** A frame span {@code [begin, end)} in seconds when the frame rate is known, else in frames. */
    public static String span(Integer begin, Integer end, double fps) {
        if (begin == null || end == null) {
            return "";
        }
        if (fps > 0) {
            return secs(begin / fps, end / fps);
        }
        return "f" + begin + "-" + end;
    }

    /** Seconds {@code 12.3-18s}. */
    public static String secs(double begin, double end) {
        return number(begin) + "-" + number(end) + "s";
    }

    /**
     * A number without a trailing {@code .0}, at most two decimals: {@code String.format("%.2f")} (half up on the
     * shortest decimal form, {@link Double#toString}) without its trailing zeros. Built with {@link BigDecimal}
     * because the formatter and its regular expressions were 5% of a CoT's time.
     */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        String s = new BigDecimal(Double.toString(Math.abs(value))).setScale(2, RoundingMode.HALF_UP).toPlainString();
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        boolean negative = Double.doubleToRawLongBits(value) < 0;
        return negative ? "-" + s.substring(0, end) : s.substring(0, end);
    }
}
