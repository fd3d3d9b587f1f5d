package io.cotasks.cot;

import io.cotasks.query.StatementResult;

import java.util.Map;

/** Reads typed values out of DSL result rows. */
public final class Rows {

    private Rows() {
    }

    /** The value of column {@code index} of a row. */
    public static Object at(StatementResult result, Map<String, Object> row, int index) {
        return row.get(result.columns().get(index));
    }

    /** The value of a named column, or of the column whose name ends with {@code .name}. */
    public static Object get(StatementResult result, Map<String, Object> row, String name) {
        if (row.containsKey(name)) {
            return row.get(name);
        }
        for (String c : result.columns()) {
            if (c.endsWith("." + name) || c.equalsIgnoreCase(name)) {
                return row.get(c);
            }
        }
        return null;
    }

    public static int integer(Object value) {
        return value instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(value));
    }

    public static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value));
    }

    public static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
