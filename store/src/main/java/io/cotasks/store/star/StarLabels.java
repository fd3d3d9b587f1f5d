package io.cotasks.store.star;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * STAR label ids in every form the files use (pre-release integers, release {@code o###}/{@code r###}/
 * {@code a###} strings, Charades {@code c###}) mapped to one form, so both layouts give the same graph and
 * the same program values.
 *
 * <p>Objects: an official class is its index (o016 = 16 = pre-release 16 "sandwich"); its graph track id is
 * that index. A pre-release integer without an official class keeps its integer (track 100 + id); an
 * {@code o###} beyond the list keeps its string (track 1000 + number). Relationships: an official name is
 * its index with the graph label {@code r###}; a pre-release name outside the list keeps its integer (label
 * = the integer as text). Actions: Charades {@code c###} becomes the STAR {@code a###} describing the same
 * verb and object; anything else keeps its label.
 */
public final class StarLabels {

    private static final Pattern OBJECT_ID = Pattern.compile("o(\\d{3})");
    private static final Pattern RELATION_ID = Pattern.compile("r(\\d{3})");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /**
     * An object label.
     *
     * @param track    the entity's track id in the graph
     * @param category its class name
     * @param value    the label as the program executor sees it (an Integer, or the original string)
     * @param mapped   false when the vocabulary does not know the id (it keeps its original label)
     */
    public record ObjectLabel(int track, String category, Object value, boolean mapped) {
    }

    /**
     * A relationship label.
     *
     * @param predicate the relationship name with underscores (holding, in_front_of)
     * @param label     the graph event's label: r### when official, else the original id
     * @param value     the label as the program executor sees it (an Integer, or the original string)
     * @param mapped    false when the vocabulary does not know the id
     */
    public record RelationLabel(String predicate, String label, Object value, boolean mapped) {
    }

    private StarLabels() {
    }

    /** An object label given as an Integer, an {@code o###} string or a class name; null when unusable. */
    public static ObjectLabel object(StarClasses c, Object raw) {
        if (raw instanceof Integer n) {
            String name = c.preReleaseObject(n);
            if (name == null) {
                return new ObjectLabel(100 + n, String.valueOf(n), n, false);
            }
            Integer index = c.objectIndex(name);
            return index != null ? new ObjectLabel(index, name, index, true) : new ObjectLabel(100 + n, name, n, true);
        }
        String s = String.valueOf(raw);
        var m = OBJECT_ID.matcher(s);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            return n < c.objects().size() ? new ObjectLabel(n, c.objects().get(n), n, true)
                    : new ObjectLabel(1000 + n, s, s, false);
        }
        if (DIGITS.matcher(s).matches() && s.length() < 9) {
            return object(c, Integer.parseInt(s));
        }
        Integer index = c.objectIndex(s);
        return index == null ? null : new ObjectLabel(index, s, index, true);
    }

    /** The executor value of a graph entity's track id (the inverse of {@link ObjectLabel#track()}). */
    public static Object objectValue(int track) {
        if (track >= 1000) {
            return String.format(Locale.ROOT, "o%03d", track - 1000);
        }
        return track >= 100 ? track - 100 : track;
    }

    /** A relationship label given as an Integer, an {@code r###} string or a name; null when unusable. */
    public static RelationLabel relation(StarClasses c, Object raw) {
        if (raw instanceof Integer n) {
            String name = c.preReleaseRelation(n);
            if (name == null) {
                return new RelationLabel(String.valueOf(n), String.valueOf(n), n, false);
            }
            String predicate = name.replace(' ', '_');
            Integer index = c.relationIndex(predicate);
            return index != null ? new RelationLabel(predicate, relationId(index), index, true)
                    : new RelationLabel(predicate, String.valueOf(n), n, true);
        }
        String s = String.valueOf(raw);
        var m = RELATION_ID.matcher(s);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            return n < c.relations().size() ? new RelationLabel(c.relations().get(n), s, n, true)
                    : new RelationLabel(s, s, s, false);
        }
        if (DIGITS.matcher(s).matches() && s.length() < 9) {
            return relation(c, Integer.parseInt(s));
        }
        Integer index = c.relationIndex(s);
        return index == null ? null : new RelationLabel(s, relationId(index), index, true);
    }

    /** The executor value of a graph relation event's label (the inverse of {@link RelationLabel#label()}). */
    public static Object relationValue(StarClasses c, String label) {
        var m = RELATION_ID.matcher(label);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            return n < c.relations().size() ? (Object) n : label;
        }
        return DIGITS.matcher(label).matches() && label.length() < 9 ? Integer.parseInt(label) : label;
    }

    /** True for labels that name an action (a### or c###) rather than a relationship. */
    public static boolean isAction(String label) {
        return label != null && label.length() == 4 && (label.charAt(0) == 'a' || label.charAt(0) == 'c')
                && DIGITS.matcher(label.substring(1)).matches();
    }

    private static String relationId(int index) {
        return String.format(Locale.ROOT, "r%03d", index);
    }
}
