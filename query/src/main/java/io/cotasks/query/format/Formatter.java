package io.cotasks.query.format;

import io.cotasks.query.ast.Binding;
import io.cotasks.query.ast.Constraint;
import io.cotasks.query.ast.Item;
import io.cotasks.query.ast.Literal;
import io.cotasks.query.ast.Name;
import io.cotasks.query.ast.NodePattern;
import io.cotasks.query.ast.Query;
import io.cotasks.query.ast.ReturnClause;
import io.cotasks.query.ast.Scope;
import io.cotasks.query.ast.Statement;
import io.cotasks.query.ast.TimeFilter;
import io.cotasks.query.check.Numbers;
import io.cotasks.query.parser.Keywords;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Prints a syntax tree as canonical DSL text: upper-case keywords, single spaces, scope in the order
 * video, time, source. Parsing the output gives an equal tree (positions take no part in equality).
 */
public final class Formatter {

    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(/[A-Za-z0-9_]+)*");

    private Formatter() {
    }

    public static String format(Statement statement) {
        return statement.accept(STATEMENTS);
    }

    /** Statements and queries, one method each. */
    private static final Statement.Visitor<String> STATEMENTS = new Statement.Visitor<>() {
        @Override
        public String visitExplain(Statement.Explain explain) {
            return "EXPLAIN " + format(explain.inner());
        }

        @Override
        public String visitProfile(Statement.Profile profile) {
            return "PROFILE " + format(profile.inner());
        }

        @Override
        public String visitUseVideo(Statement.UseVideo useVideo) {
            return "USE VIDEO " + literal(useVideo.video());
        }

        @Override
        public String visitLet(Statement.Let let) {
            return "LET " + let.name().text() + " = " + format(let.query());
        }

        @Override
        public String visitVideos(Query.Videos v) {
            String where = v.filters().isEmpty() ? "" : " WHERE " + join(v.filters(), Formatter::comparison, " AND ");
            return "VIDEOS" + where + limit(v.limit());
        }

        @Override
        public String visitEntities(Query.Entities e) {
            return "ENTITIES" + (e.node() == null ? "" : " " + node(e.node())) + scope(e.scope()) + limit(e.limit());
        }

        @Override
        public String visitEvents(Query.Events e) {
            return "EVENTS " + join(e.bindings(), Formatter::binding, ", ") + scope(e.scope()) + where(e.where())
                    + (e.ret() == null ? "" : " " + e.ret().accept(RETURNS)) + limit(e.limit());
        }

        @Override
        public String visitLocalize(Query.Localize l) {
            return "LOCALIZE " + join(l.bindings(), Formatter::binding, ", ") + scope(l.scope()) + where(l.where())
                    + limit(l.limit());
        }

        @Override
        public String visitTrack(Query.Track t) {
            return "TRACK " + node(t.node()) + scope(t.scope()) + (t.sample() == null ? "" : " SAMPLE " + t.sample());
        }

        @Override
        public String visitSpatial(Query.Spatial s) {
            return "SPATIAL " + join(s.nodes(), Formatter::node, ", ") + scope(s.scope());
        }

        @Override
        public String visitTemporal(Query.Temporal t) {
            return "TEMPORAL " + join(t.bindings(), Formatter::binding, ", ") + scope(t.scope()) + where(t.where());
        }

        @Override
        public String visitBelongs(Query.Belongs b) {
            return literal(b.value()) + " IN " + b.step().text();
        }

        @Override
        public String visitEquals(Query.Equals eq) {
            return eq.left().text() + " = " + (eq.rightStep() != null ? eq.rightStep().text() : literal(eq.rightValue()));
        }

        @Override
        public String visitSetOps(Query.SetOps s) {
            StringBuilder sb = new StringBuilder(s.first().text());
            for (int i = 0; i < s.operators().size(); i++) {
                sb.append(' ').append(s.operators().get(i).name()).append(' ').append(s.rest().get(i).text());
            }
            return sb.toString();
        }
    };

    private static String binding(Binding b) {
        String edge = "[" + (b.edge().predicates().isEmpty() ? "*" : join(b.edge().predicates(), Formatter::label, "|"))
                + (b.edge().kind() == null ? "" : ":" + label(b.edge().kind())) + "]";
        return (b.variable() == null ? "" : b.variable().text() + " = ") + node(b.subject()) + "-" + edge
                + (b.object() == null ? "" : "->" + node(b.object()));
    }

    private static String node(NodePattern n) {
        if (n.variable() == null && n.isUnconstrained()) {
            return "()";
        }
        return "(" + (n.variable() == null ? "" : n.variable().text())
                + (n.categories().isEmpty() ? "" : ":" + join(n.categories(), Formatter::label, "|"))
                + (n.track() == null ? "" : "#" + n.track()) + ")";
    }

    private static String scope(Scope s) {
        StringBuilder sb = new StringBuilder();
        if (s.video() != null) {
            sb.append(" IN VIDEO ").append(literal(s.video()));
        }
        if (s.time() != null) {
            sb.append(' ').append(s.time().accept(TIMES));
        }
        if (!s.sources().isEmpty()) {
            sb.append(" SOURCE ").append(join(s.sources(), Formatter::label, "|"));
        }
        return sb.toString();
    }

    private static final TimeFilter.Visitor<String> TIMES = new TimeFilter.Visitor<>() {
        @Override
        public String visitFrameRange(TimeFilter.FrameRange r) {
            return "FRAMES " + r.from() + ".." + r.to();
        }

        @Override
        public String visitSecondRange(TimeFilter.SecondRange r) {
            return "SECONDS " + decimal(r.from()) + ".." + decimal(r.to());
        }

        @Override
        public String visitFirst(TimeFilter.First f) {
            return "FIRST " + Numbers.format(f.seconds()) + "s";
        }

        @Override
        public String visitLast(TimeFilter.Last l) {
            return "LAST " + Numbers.format(l.seconds()) + "s";
        }

        @Override
        public String visitAtFrame(TimeFilter.AtFrame a) {
            return "AT FRAME " + a.frame();
        }

        @Override
        public String visitAtSecond(TimeFilter.AtSecond a) {
            return "AT " + Numbers.format(a.seconds()) + "s";
        }
    };

    private static String where(List<Constraint> where) {
        return where.isEmpty() ? "" : " WHERE " + join(where, c -> c.accept(CONSTRAINTS), " AND ");
    }

    private static final Constraint.Visitor<String> CONSTRAINTS = new Constraint.Visitor<>() {
        @Override
        public String visitTemporal(Constraint.Temporal t) {
            return t.left().text() + " " + t.op().keywords() + " " + t.right().text();
        }

        @Override
        public String visitWithin(Constraint.Within w) {
            String amount = w.frames() ? (long) w.amount() + " FRAMES" : Numbers.format(w.amount()) + "s";
            return w.left().text() + " WITHIN " + amount + (w.after() ? " AFTER " : " BEFORE ") + w.right().text();
        }

        @Override
        public String visitComparison(Constraint.Comparison c) {
            return comparison(c);
        }
    };

    private static String comparison(Constraint.Comparison c) {
        return (c.variable() == null ? "" : c.variable().text() + ".") + property(c.property()) + " "
                + c.op().symbol() + " " + literal(c.value());
    }

    private static final ReturnClause.Visitor<String> RETURNS = new ReturnClause.Visitor<>() {
        @Override
        public String visitItems(ReturnClause.Items i) {
            return "RETURN " + (i.distinct() ? "DISTINCT " : "") + join(i.items(), Formatter::item, ", ");
        }

        @Override
        public String visitCount(ReturnClause.Count c) {
            return "RETURN COUNT(" + (c.distinctOf() == null ? "*" : "DISTINCT " + item(c.distinctOf())) + ")"
                    + (c.by().isEmpty() ? "" : " BY " + join(c.by(), Formatter::item, ", "));
        }

        @Override
        public String visitExtreme(ReturnClause.Extreme x) {
            return "RETURN " + (x.earliest() ? "EARLIEST " : "LATEST ") + item(x.item())
                    + (x.by() == null ? "" : " BY " + x.by().text());
        }
    };

    private static String limit(Long limit) {
        return limit == null ? "" : " LIMIT " + limit;
    }

    private static String item(Item i) {
        return i.variable().text() + (i.property() == null ? "" : "." + property(i.property()));
    }

    private static String property(Name p) {
        return p.text();
    }

    /** A category, predicate, kind or source: bare when the lexer reads it back as one name. */
    private static String label(Name n) {
        String text = n.text();
        boolean bare = IDENT.matcher(text).matches() || Keywords.isKeyword(text);
        return bare ? text : quote(text);
    }

    private static String literal(Literal l) {
        Object v = l.value();
        if (v instanceof String s) {
            return quote(s);
        }
        if (v instanceof Double d) {
            String text = decimal(d);
            return text.contains(".") ? text : text + ".0"; // still a decimal when read back
        }
        return String.valueOf(v).toUpperCase(Locale.ROOT);
    }

    private static String decimal(double d) {
        return Numbers.format(d);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static <T> String join(List<T> items, Function<T, String> f, String separator) {
        return items.stream().map(f).collect(Collectors.joining(separator));
    }
}
