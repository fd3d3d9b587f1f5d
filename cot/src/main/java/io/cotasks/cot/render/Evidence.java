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

    /** TEMPORAL rows: {@code watch 1.2-3s BEFORE hold 4-6s}. */
    public static List<String> timeline(StatementResult r, double fps) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : r.rows()) {
            Object relation = Rows.get(r, row, "relation");
            out.add(event(r, row, "a", fps) + " " + (relation == null ? "?" : relation.toString().toUpperCase()
                    .replace('_', ' ')) + " " + event(r, row, "b", fps));
        }
        return out;
    }

    private static String event(StatementResult r, Map<String, Object> row, String side, double fps) {
        Object predicate = row.get(side + "Predicate");
        if (predicate == null) {
            predicate = row.get(side + ".predicate");
        }
        Object begin = row.containsKey(side + "Begin") ? row.get(side + "Begin") : row.get(side + ".begin");
        Object end = row.containsKey(side + "End") ? row.get(side + "End") : row.get(side + ".end");
        if (predicate == null) {
            Object v = row.get(side);
            return v instanceof Map<?, ?> m ? m.get("predicate") + " " + frames(m.get("begin"), m.get("end"), fps)
                    : String.valueOf(v);
        }
        return predicate + " " + frames(begin, end, fps);
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
