package io.cotasks.cot.render;

import io.cotasks.cot.Dsl;
import io.cotasks.cot.Rows;
import io.cotasks.query.StatementResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns the rows of the four CoTask operators into short evidence items. */
public final class Evidence {

    private Evidence() {
    }

    /** LOCALIZE rows: {@code 12.3-18s (f369-540)}. */
    public static List<String> spans(StatementResult r) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : r.rows()) {
            out.add(secs(Rows.get(r, row, "beginSec"), Rows.get(r, row, "endSec"))
                    + " (f" + Rows.get(r, row, "beginFrame") + "-" + Rows.get(r, row, "endFrame") + ")");
        }
        return out;
    }

    /** TRACK rows: {@code adult#0 12.3s [10,20,80,200]}. */
    public static List<String> boxes(StatementResult r) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : r.rows()) {
            out.add(Rows.get(r, row, "category") + "#" + Rows.get(r, row, "track") + " "
                    + Dsl.number(Rows.number(Rows.get(r, row, "time"))) + "s ["
                    + px(Rows.get(r, row, "x1")) + "," + px(Rows.get(r, row, "y1")) + ","
                    + px(Rows.get(r, row, "x2")) + "," + px(Rows.get(r, row, "y2")) + "]");
        }
        return out;
    }

    /** SPATIAL rows: {@code adult#0 in_front_of dog#2 f10-50}. */
    public static List<String> relations(StatementResult r, double fps) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : r.rows()) {
            out.add(Rows.get(r, row, "subjectCategory") + "#" + Rows.get(r, row, "subject") + " "
                    + Rows.get(r, row, "predicate") + " " + Rows.get(r, row, "objectCategory") + "#"
                    + Rows.get(r, row, "object") + " " + frames(Rows.get(r, row, "beginFrame"),
                    Rows.get(r, row, "endFrame"), fps));
        }
        return out.stream().distinct().toList();
    }

    /** TEMPORAL rows: {@code person#0 sit chair#29 0-31.03s CONTAINS person#0 put sandwich#16 14.18-20.73s}. */
    public static List<String> timeline(StatementResult r, double fps) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : r.rows()) {
            Object relation = Rows.get(r, row, "relation");
            out.add(event(row.get("a"), fps) + " " + (relation == null ? "?" : relation) + " " + event(row.get("b"), fps));
        }
        return out;
    }

    private static final java.util.regex.Pattern SPAN = java.util.regex.Pattern.compile("\\[(\\d+),(\\d+)\\)");

    /** An event as the engine describes it, its {@code [begin,end)} frames turned into seconds. */
    private static String event(Object description, double fps) {
        String text = String.valueOf(description);
        java.util.regex.Matcher m = SPAN.matcher(text);
        return fps > 0 && m.find() ? text.substring(0, m.start()) + frames(m.group(1), m.group(2), fps) + text.substring(m.end())
                : text;
    }

    /** A frame span {@code [begin, end)} in seconds when the frame rate is known, else in frames. */
    public static String span(Object begin, Object end, double fps) {
        return frames(begin, end, fps);
    }

    static String frames(Object begin, Object end, double fps) {
        if (begin == null || end == null) {
            return "";
        }
        if (fps > 0) {
            return secs(Rows.number(begin) / fps, Rows.number(end) / fps);
        }
        return "f" + begin + "-" + end;
    }

    static String secs(Object begin, Object end) {
        if (begin == null || end == null) {
            return "?";
        }
        return Dsl.number(Rows.number(begin)) + "-" + Dsl.number(Rows.number(end)) + "s";
    }

    private static String px(Object v) {
        return v == null ? "?" : String.valueOf(Math.round(Rows.number(v)));
    }
}
