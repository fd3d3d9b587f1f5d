package io.cotasks.query.result;

/**
 * An event of a {@link TemporalPair}: who, what and frames {@code [begin, end)}.
 *
 * @param object the object, or null for an event without one
 */
public record EventRef(EntityRef subject, String predicate, EntityRef object, int begin, int end) {

    /** {@code adult#0 watch dog#1}; an object without category shows as {@code #1}. */
    public String participants() {
        StringBuilder sb = new StringBuilder(subject.label()).append(' ').append(predicate);
        if (object != null) {
            sb.append(' ').append(object.category() == null ? "" : object.category()).append('#').append(object.track());
        }
        return sb.toString();
    }

    /** {@code adult#0 watch dog#1 [29,119)}: the text of TEMPORAL's {@code a} and {@code b} columns. */
    public String describe() {
        return participants() + " [" + begin + "," + end + ")";
    }
}
