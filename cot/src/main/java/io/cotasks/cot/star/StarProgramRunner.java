package io.cotasks.cot.star;

import io.cotasks.cot.CoTask;
import io.cotasks.cot.Dsl;
import io.cotasks.cot.Rows;
import io.cotasks.query.QueryEngine;
import io.cotasks.query.error.QueryException;
import io.cotasks.query.StatementResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs a STAR functional program on the scene graph. The operators that read the situation (Situations,
 * Filter_Situations_with_Rel, Filter_Situations_with_Obj, Actions) run DSL statements; the others work on the
 * values those returned, with the reference executor's semantics ({@link StarLogic}).
 */
public final class StarProgramRunner {

    private static final Map<String, Integer> ARITY = Map.ofEntries(
            Map.entry("Situations", 0), Map.entry("Actions", 1),
            Map.entry("Filter_Actions_with_Verb", 2), Map.entry("Filter_Actions_with_Obj", 2),
            Map.entry("Filter_After_Actions", 2), Map.entry("Filter_Before_Actions", 2),
            Map.entry("Filter_Situations_with_Rel", 2), Map.entry("Filter_Situations_with_Obj", 2),
            Map.entry("Unique", 1), Map.entry("Equal", 2), Map.entry("Union", 2), Map.entry("Belong_to", 2),
            Map.entry("Except", 2), Map.entry("Query_Objs", 1), Map.entry("Query_Actions", 1),
            Map.entry("Query_Verbs", 1), Map.entry("Query_Earliest_Action", 1), Map.entry("Query_Latest_Action", 1));

    private final QueryEngine engine;
    private final StarQuestion question;
    private final StarSituation situation;
    private final List<StarStep> steps = new ArrayList<>();

    private StarProgramRunner(QueryEngine engine, StarQuestion question) {
        this.engine = engine;
        this.question = question;
        this.situation = new StarSituation(engine, question);
    }

    /** Runs the question's program and checks every choice against its result. */
    public static StarRun run(QueryEngine engine, StarQuestion question) {
        return new StarProgramRunner(engine, question).run();
    }

    private StarRun run() {
        Object result;
        try {
            result = execute(question.question().program(), new ArrayList<>(), true);
        } catch (IllegalStateException e) {
            return new StarRun(question, steps, "None", question.choices().stream().map(c -> false).toList(),
                    e.getMessage(), situation.fps);
        }
        List<Boolean> outcomes = new ArrayList<>();
        for (StarChoice choice : question.choices()) {
            List<Object> stack = new ArrayList<>();
            stack.add(result); // null results are values too, so the stack is a list
            Object verdict = execute(choice.program(), stack, false);
            outcomes.add(StarLogic.CORRECT.equals(verdict));
        }
        return new StarRun(question, steps, StarLogic.show(result), outcomes, null, situation.fps);
    }

    private Object execute(List<String> program, List<Object> stack, boolean trace) {
        for (String token : program) {
            Integer arity = ARITY.get(token);
            if (arity == null) {
                stack.add(token);
                continue;
            }
            Object[] args = new Object[arity];
            for (int i = arity - 1; i >= 0; i--) {
                if (stack.isEmpty()) {
                    throw new IllegalStateException(token + " needs " + arity + " arguments, the stack is empty");
                }
                args[i] = stack.remove(stack.size() - 1);
            }
            int before = situation.statements().size();
            Object out = apply(token, args);
            if (trace) {
                List<String> ran = situation.statements().subList(before, situation.statements().size());
                steps.add(new StarStep(token, literals(args), StarLogic.show(out), task(token), List.copyOf(ran)));
            }
            stack.add(out);
        }
        if (stack.isEmpty()) {
            throw new IllegalStateException("the program left no result");
        }
        return stack.get(stack.size() - 1);
    }

    private Object apply(String op, Object[] a) {
        return switch (op) {
            case "Situations" -> situation.all();
            case "Actions" -> a[0] instanceof Situations s ? situation.actions(s) : null;
            case "Filter_Situations_with_Rel" -> a[0] instanceof Situations s ? situation.withRelation(s, (String) a[1]) : null;
            case "Filter_Situations_with_Obj" -> a[0] instanceof Situations s ? situation.withObject(s, (String) a[1]) : null;
            case "Filter_Actions_with_Verb" -> StarLogic.filterVerb(a[0], (String) a[1]);
            case "Filter_Actions_with_Obj" -> StarLogic.filterObject(a[0], (String) a[1]);
            case "Filter_After_Actions" -> StarLogic.after(a[0], a[1]);
            case "Filter_Before_Actions" -> StarLogic.before(a[0], a[1]);
            case "Unique", "Query_Earliest_Action" -> StarLogic.first(a[0]);
            case "Query_Latest_Action" -> StarLogic.last(a[0]);
            case "Query_Verbs" -> StarLogic.queryVerbs(a[0]);
            case "Query_Objs" -> StarLogic.queryObjects(a[0]);
            case "Query_Actions" -> StarLogic.queryActions(a[0]);
            case "Equal" -> StarLogic.equal(a[0], a[1]);
            case "Belong_to" -> StarLogic.belongTo(a[0], a[1]);
            case "Union" -> StarLogic.union(a[0], a[1]);
            case "Except" -> StarLogic.except(a[0], a[1]);
            default -> throw new IllegalStateException("unknown operator " + op);
        };
    }

    private static List<String> literals(Object[] args) {
        List<String> out = new ArrayList<>();
        for (Object a : args) {
            if (a instanceof String s) {
                out.add(s);
            }
        }
        return out;
    }

    private static CoTask task(String op) {
        return switch (op) {
            case "Situations" -> CoTask.FRAME_LOCALIZATION;
            case "Filter_Situations_with_Obj" -> CoTask.ENTITY_TRACKING;
            case "Filter_Situations_with_Rel" -> CoTask.SPATIAL_RELATIONS;
            default -> CoTask.TEMPORAL_RELATIONS;
        };
    }

    /**
     * The situation of one question read from the graph: its keyframes in the window, the frames where a
     * relation or an object is present, and its annotated actions.
     */
    static final class StarSituation {
        private final QueryEngine engine;
        private final StarQuestion question;
        private final List<String> statements = new ArrayList<>();
        private Situations all;
        private double fps;
        private List<ActionSpan> actions;

        StarSituation(QueryEngine engine, StarQuestion question) {
            this.engine = engine;
            this.question = question;
        }

        List<String> statements() {
            return statements;
        }

        private StatementResult run(String statement) {
            statements.add(statement);
            try {
                return engine.run(statement);
            } catch (QueryException e) {
                // A relationship or object class the video never shows: the reference executor's filters
                // then select no keyframe, which is what an empty result gives. A video not in the graph
                // has no keyframes; the run then says so instead of stopping the other questions.
                if (e.getMessage().contains("unknown predicate") || e.getMessage().contains("unknown category")
                        || e.getMessage().contains("unknown video")) {
                    return new StatementResult(statement, List.of(), List.of(), "", Map.of());
                }
                throw e;
            }
        }

        private String window() {
            return Dsl.inVideo(question.videoId()) + " " + Dsl.frames(question.firstKeyframe(), question.lastKeyframe());
        }

        Situations all() {
            if (all == null) {
                StatementResult r = run("TRACK () " + window());
                Set<Integer> frames = new TreeSet<>();
                for (Map<String, Object> row : r.rows()) {
                    int frame = Rows.integer(Rows.get(r, row, "frame"));
                    frames.add(frame);
                    double time = Rows.number(Rows.get(r, row, "time"));
                    if (frame > 0 && time > 0 && fps == 0) {
                        fps = frame / time;
                    }
                }
                all = new Situations(new ArrayList<>(frames));
            }
            return all;
        }

        Situations withRelation(Situations in, String relation) {
            StatementResult r = run("LOCALIZE ()-[" + Dsl.name(relation) + "]->() " + window());
            List<Integer> kept = in.keyframes().stream().filter(f -> r.rows().stream().anyMatch(row ->
                    Rows.integer(Rows.get(r, row, "beginFrame")) <= f
                            && f <= Rows.integer(Rows.get(r, row, "endFrame")))).toList();
            return kept.isEmpty() ? in : new Situations(kept);
        }

        Situations withObject(Situations in, String object) {
            StatementResult r = run("TRACK " + Dsl.node("o", object, null) + " " + window());
            Set<Integer> present = new TreeSet<>();
            r.rows().forEach(row -> present.add(Rows.integer(Rows.get(r, row, "frame"))));
            List<Integer> kept = in.keyframes().stream().filter(present::contains).toList();
            return kept.isEmpty() ? in : new Situations(kept);
        }

        Object actions(Situations in) {
            List<StarAction> out = new ArrayList<>();
            for (int frame : in.keyframes()) {
                for (ActionSpan span : actionSpans()) {
                    if (span.begin() <= frame && frame <= span.end() && !out.contains(span.action())) {
                        out.add(span.action());
                    }
                }
            }
            return out.isEmpty() ? null : out;
        }

        /**
         * The graph's action events in the window that the question annotates, in the order of its
         * annotation list: the reference executor lists a keyframe's actions in that order, so it breaks
         * ties between actions first seen on the same keyframe.
         */
        private List<ActionSpan> actionSpans() {
            if (actions == null) {
                all();
                StatementResult r = run("EVENTS a = (p:person)-[*]->(o) " + window()
                        + " RETURN a.predicate, o.category, a.begin, a.end");
                List<ActionSpan> spans = new ArrayList<>();
                for (Map<String, Object> row : r.rows()) {
                    StarAction action = new StarAction(Rows.text(Rows.at(r, row, 0)), Rows.text(Rows.at(r, row, 1)));
                    int begin = Rows.integer(Rows.at(r, row, 2));
                    int end = Rows.integer(Rows.at(r, row, 3));
                    int order = annotation(action, begin);
                    if (order >= 0) {
                        spans.add(new ActionSpan(action, begin, end, order));
                    }
                }
                spans.sort(java.util.Comparator.comparingInt(ActionSpan::order).thenComparingInt(ActionSpan::begin));
                actions = spans;
            }
            return actions;
        }

        /** The index of the question's annotation this event is, or -1; every event counts without a list. */
        private int annotation(StarAction action, int begin) {
            List<AnnotatedAction> annotated = question.actions();
            if (annotated.isEmpty()) {
                return 0;
            }
            for (int i = 0; i < annotated.size(); i++) {
                AnnotatedAction a = annotated.get(i);
                if (a.verb().equals(action.verb()) && a.object().equals(action.object())
                        && (fps == 0 || Math.abs(a.start() * fps - begin) <= 2)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** An action event of the graph: frames {@code [begin, end]}. */
    record ActionSpan(StarAction action, int begin, int end, int order) {
    }
}
