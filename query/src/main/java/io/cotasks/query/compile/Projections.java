package io.cotasks.query.compile;

import io.cotasks.query.ast.Item;
import io.cotasks.query.check.Properties;
import io.cotasks.store.Schema;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SortItem;

import java.util.ArrayList;
import java.util.List;

/** How events, entities and items of bindings appear in results. */
final class Projections {

    private Projections() {
    }

    /** An event as a map: where, what, who and when. */
    static Expression event(BindingMatch m, String name) {
        Node e = m.events.get(name);
        int i = m.vars.eventNames().indexOf(name);
        Node subject = m.entities.get(m.vars.subjectOf(i));
        String objectName = m.vars.objectOf(i);
        List<Object> entries = new ArrayList<>();
        entries.addAll(List.of(Columns.VIDEO, e.property(Schema.VIDEO_ID), Columns.PREDICATE, e.property(Schema.PREDICATE),
                Columns.KIND, e.property(Schema.KIND), Columns.SUBJECT, e.property(Schema.SUBJECT_TID),
                Columns.SUBJECT_CATEGORY, subject.property(Schema.CATEGORY), Columns.OBJECT, e.property(Schema.OBJECT_TID)));
        if (objectName != null) {
            entries.addAll(List.of(Columns.OBJECT_CATEGORY, m.entities.get(objectName).property(Schema.CATEGORY)));
        }
        entries.addAll(List.of(Columns.BEGIN, e.property(Schema.BEGIN), Columns.END, e.property(Schema.END),
                Columns.BEGIN_SEC, e.property(Schema.BEGIN_SEC), Columns.END_SEC, e.property(Schema.END_SEC),
                Columns.SOURCE, e.property(Schema.SOURCE), Columns.LABEL, e.property(Schema.LABEL)));
        return Cypher.mapOf(entries.toArray());
    }

    /** An event as TEMPORAL needs it: identity, who, what and the span; nothing else crosses the wire. */
    static Expression timelineEvent(BindingMatch m, String name) {
        Node e = m.events.get(name);
        int i = m.vars.eventNames().indexOf(name);
        List<Object> entries = new ArrayList<>(List.of(Columns.UID, e.property(Schema.UID), Columns.VIDEO, e.property(Schema.VIDEO_ID),
                Columns.PREDICATE, e.property(Schema.PREDICATE), Columns.SUBJECT, e.property(Schema.SUBJECT_TID),
                Columns.SUBJECT_CATEGORY, m.entities.get(m.vars.subjectOf(i)).property(Schema.CATEGORY),
                Columns.OBJECT, e.property(Schema.OBJECT_TID)));
        if (m.vars.objectOf(i) != null) {
            entries.addAll(List.of(Columns.OBJECT_CATEGORY, m.entities.get(m.vars.objectOf(i)).property(Schema.CATEGORY)));
        }
        entries.addAll(List.of(Columns.BEGIN, e.property(Schema.BEGIN), Columns.END, e.property(Schema.END)));
        return Cypher.mapOf(entries.toArray());
    }

    static Expression entity(Node x) {
        return Cypher.mapOf(Columns.VIDEO, x.property(Schema.VIDEO_ID), Columns.TRACK, x.property(Schema.TRACK_ID),
                Columns.CATEGORY, x.property(Schema.CATEGORY), Columns.SOURCE, x.property(Schema.SOURCE));
    }

    /** The value of a returned item: a whole event or entity, or one of its properties. */
    static Expression item(BindingMatch m, Item item) {
        String var = item.variable().text();
        boolean event = m.events.containsKey(var);
        Node owner = event ? m.events.get(var) : m.entities.get(var);
        if (item.property() == null) {
            return event ? event(m, var) : entity(owner);
        }
        Properties.Property p = (event ? Properties.EVENT : Properties.ENTITY).get(item.property().text());
        return owner.property(p.graphName());
    }

    /** Chronological order of the events of a match, so that results are stable. */
    static List<SortItem> chronological(BindingMatch m) {
        List<SortItem> order = new ArrayList<>();
        order.add(m.firstEvent().property(Schema.VIDEO_ID).ascending());
        for (Node e : m.events.values()) {
            order.add(e.property(Schema.BEGIN).ascending());
            order.add(e.property(Schema.END).ascending());
            order.add(e.property(Schema.UID).ascending());
        }
        return order;
    }
}
