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
        entries.addAll(List.of("video", e.property(Schema.VIDEO_ID), "predicate", e.property(Schema.PREDICATE),
                "kind", e.property(Schema.KIND), "subject", e.property(Schema.SUBJECT_TID),
                "subjectCategory", subject.property(Schema.CATEGORY), "object", e.property(Schema.OBJECT_TID)));
        if (objectName != null) {
            entries.addAll(List.of("objectCategory", m.entities.get(objectName).property(Schema.CATEGORY)));
        }
        entries.addAll(List.of("begin", e.property(Schema.BEGIN), "end", e.property(Schema.END),
                "beginSec", e.property(Schema.BEGIN_SEC), "endSec", e.property(Schema.END_SEC),
                "source", e.property(Schema.SOURCE), "label", e.property(Schema.LABEL)));
        return Cypher.mapOf(entries.toArray());
    }

    /** An event as TEMPORAL needs it: identity, who, what and the span; nothing else crosses the wire. */
    static Expression timelineEvent(BindingMatch m, String name) {
        Node e = m.events.get(name);
        int i = m.vars.eventNames().indexOf(name);
        List<Object> entries = new ArrayList<>(List.of("uid", e.property(Schema.UID), "video", e.property(Schema.VIDEO_ID),
                "predicate", e.property(Schema.PREDICATE), "subject", e.property(Schema.SUBJECT_TID),
                "subjectCategory", m.entities.get(m.vars.subjectOf(i)).property(Schema.CATEGORY),
                "object", e.property(Schema.OBJECT_TID)));
        if (m.vars.objectOf(i) != null) {
            entries.addAll(List.of("objectCategory", m.entities.get(m.vars.objectOf(i)).property(Schema.CATEGORY)));
        }
        entries.addAll(List.of("begin", e.property(Schema.BEGIN), "end", e.property(Schema.END)));
        return Cypher.mapOf(entries.toArray());
    }

    static Expression entity(Node x) {
        return Cypher.mapOf("video", x.property(Schema.VIDEO_ID), "track", x.property(Schema.TRACK_ID),
                "category", x.property(Schema.CATEGORY), "source", x.property(Schema.SOURCE));
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
