package io.cotasks.cot;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Builds the text of DSL statements (docs/dsl.md) from values, quoting what needs quoting. Every plan the
 * CoT module runs goes through here, so the syntax lives in one place.
 */
public final class Dsl {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(/[A-Za-z0-9_]+)*");

    private Dsl() {
    }

    /** A string literal: single quotes, a quote doubled. */
    public static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A category or predicate name: bare when it is an identifier, otherwise a quoted string. */
    public static String name(String value) {
        return IDENTIFIER.matcher(value).matches() ? value : string(value);
    }

    /** A node pattern: {@code (x:adult)}, {@code (x#3)}, {@code (:dog)}, {@code ()}. */
    public static String node(String variable, String category, Integer track) {
        StringBuilder sb = new StringBuilder("(");
        if (variable != null) {
            sb.append(variable);
        }
        if (track != null) {
            sb.append('#').append(track);
        } else if (category != null) {
            sb.append(':').append(name(category));
        }
        return sb.append(')').toString();
    }

    /** {@code IN VIDEO 'id'}. */
    public static String inVideo(String videoId) {
        return "IN VIDEO " + string(videoId);
    }

    /** {@code FRAMES b..e} with an inclusive last frame. */
    public static String frames(int first, int last) {
        return "FRAMES " + first + ".." + last;
    }

    /** {@code SECONDS b..e}. */
    public static String seconds(double begin, double end) {
        return "SECONDS " + number(begin) + ".." + number(end);
    }

    /** A number without a trailing {@code .0}, at most two decimals. */
    public static String number(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
