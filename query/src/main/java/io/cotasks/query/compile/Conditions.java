package io.cotasks.query.compile;

import io.cotasks.query.ast.CompareOp;
import io.cotasks.query.ast.Name;
import io.cotasks.query.ast.NodePattern;
import io.cotasks.query.ast.TimeFilter;
import io.cotasks.store.Schema;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PropertyContainer;

import java.util.List;

/** Small condition builders shared by the statement compilers. */
final class Conditions {

    private Conditions() {
    }

    /** {@code p = $x} for one value, {@code p IN $xs} for several. */
    static Condition oneOf(Expression property, List<String> values, String base, Params params) {
        return values.size() == 1 ? property.isEqualTo(params.add(base, values.get(0)))
                : property.in(params.add(base + "s", values));
    }

    /** The category and track conditions of an entity pattern (none for {@code ()}). */
    static Condition entity(Node node, NodePattern pattern, String name, Params params) {
        return pattern == null ? Cypher.noCondition() : entityParams(pattern, name, params).on(node);
    }

    /** The parameters of an entity pattern, created once and applicable to several nodes. */
    record EntityParams(Expression categories, boolean oneCategory, Expression track) {

        Condition on(Node node) {
            Condition c = Cypher.noCondition();
            if (categories != null) {
                Expression category = node.property(Schema.CATEGORY);
                c = c.and(oneCategory ? category.isEqualTo(categories) : category.in(categories));
            }
            if (track != null) {
                c = c.and(node.property(Schema.TRACK_ID).isEqualTo(track));
            }
            return c;
        }
    }

    static EntityParams entityParams(NodePattern pattern, String name, Params params) {
        String base = name.startsWith("_") ? name.substring(1) : name;
        List<String> categories = BindingMatch.texts(pattern.categories());
        Expression cats = categories.isEmpty() ? null : categories.size() == 1
                ? params.add(base + "_category", categories.get(0)) : params.add(base + "_categories", categories);
        Expression track = pattern.track() == null ? null : params.add(base + "_track", pattern.track());
        return new EntityParams(cats, categories.size() == 1, track);
    }

    static Condition sources(PropertyContainer owner, List<Name> sources, Params params) {
        if (sources.isEmpty()) {
            return Cypher.noCondition();
        }
        return oneOf(owner.property(Schema.SOURCE), BindingMatch.texts(sources), "source", params);
    }

    static Condition compare(Expression left, CompareOp op, Expression right) {
        return switch (op) {
            case EQ -> left.isEqualTo(right);
            case NEQ -> left.isNotEqualTo(right);
            case LT -> left.lt(right);
            case LTE -> left.lte(right);
            case GT -> left.gt(right);
            case GTE -> left.gte(right);
        };
    }

    /**
     * An event overlaps the window: its half-open span {@code [begin, end)} shares at least one frame with
     * the inclusive frame range, or one instant with the inclusive seconds range.
     */
    static Condition eventTime(Node e, TimeFilter time, Params params, Node video) {
        if (time == null) {
            return Cypher.noCondition();
        }
        Expression begin = e.property(Schema.BEGIN);
        Expression end = e.property(Schema.END);
        Expression beginSec = e.property(Schema.BEGIN_SEC);
        Expression endSec = e.property(Schema.END_SEC);
        return time.accept(new TimeFilter.Visitor<>() {
            @Override
            public Condition visitFrameRange(TimeFilter.FrameRange r) {
                return begin.lte(params.add("to", r.to())).and(end.gt(params.add("from", r.from())));
            }

            @Override
            public Condition visitSecondRange(TimeFilter.SecondRange r) {
                return beginSec.lte(params.add("toSec", r.to())).and(endSec.gt(params.add("fromSec", r.from())));
            }

            @Override
            public Condition visitFirst(TimeFilter.First f) {
                return beginSec.lt(params.add("first", f.seconds()));
            }

            @Override
            public Condition visitLast(TimeFilter.Last l) {
                return endSec.gt(duration(video).subtract(params.add("last", l.seconds())));
            }

            @Override
            public Condition visitAtFrame(TimeFilter.AtFrame a) {
                Expression frame = params.add("frame", a.frame());
                return begin.lte(frame).and(end.gt(frame));
            }

            @Override
            public Condition visitAtSecond(TimeFilter.AtSecond a) {
                Expression at = params.add("atSec", a.seconds());
                return beginSec.lte(at).and(endSec.gt(at));
            }
        });
    }

    /** A box ({@code IN_FRAME}) lies in the window. */
    static Condition boxTime(PropertyContainer box, TimeFilter time, Params params, Node video) {
        if (time == null) {
            return Cypher.noCondition();
        }
        Expression frame = box.property(Schema.BOX_FRAME);
        Expression seconds = box.property(Schema.TIME);
        return time.accept(new TimeFilter.Visitor<>() {
            @Override
            public Condition visitFrameRange(TimeFilter.FrameRange r) {
                return frame.gte(params.add("from", r.from())).and(frame.lte(params.add("to", r.to())));
            }

            @Override
            public Condition visitSecondRange(TimeFilter.SecondRange r) {
                return seconds.gte(params.add("fromSec", r.from())).and(seconds.lte(params.add("toSec", r.to())));
            }

            @Override
            public Condition visitFirst(TimeFilter.First f) {
                return seconds.lt(params.add("first", f.seconds()));
            }

            @Override
            public Condition visitLast(TimeFilter.Last l) {
                return seconds.gte(duration(video).subtract(params.add("last", l.seconds())));
            }

            @Override
            public Condition visitAtFrame(TimeFilter.AtFrame a) {
                return frame.isEqualTo(params.add("frame", a.frame()));
            }

            @Override
            public Condition visitAtSecond(TimeFilter.AtSecond a) {
                Expression at = params.add("atSec", a.seconds());
                // the frame shown at that instant: it starts at or before it, the next frame after it
                return seconds.lte(at).and(seconds.gt(at.subtract(Cypher.literalOf(1.0).divide(video.property(Schema.FPS)))));
            }
        });
    }

    static Expression duration(Node video) {
        return video.property(Schema.FRAME_COUNT).divide(video.property(Schema.FPS));
    }

    /** Whether a time filter needs the video node (for its fps or duration). */
    static boolean needsVideo(TimeFilter time, boolean boxes) {
        return time instanceof TimeFilter.Last || (boxes && time instanceof TimeFilter.AtSecond);
    }
}
