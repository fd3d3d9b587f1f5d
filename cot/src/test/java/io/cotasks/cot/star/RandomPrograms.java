package io.cotasks.cot.star;

import com.fasterxml.jackson.databind.JsonNode;
import io.cotasks.store.star.StarClasses;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Random STAR programs for the differential test: compositions of the 21 modules, typed by what each
 * module takes (situations, action lists, one action, verbs, objects, labels, pairs, flags), with literals
 * drawn from one release-layout record's situations (its actions, their verbs and objects, its objects and
 * relationships) and now and then from the whole vocabulary. About one argument in eight is of another
 * type on purpose (a string where a list goes, a dict where a string goes, ...), and some programs lose
 * their first tokens (a module then finds too few arguments), so every argument shape the stack can hold
 * is reached.
 */
final class RandomPrograms {

    private enum Kind { SITUATIONS, ACTIONS, ACTION, LABELS, OBJECTS, OBJECT, VERBS, VERB, PAIRS, PAIR, FLAG }

    private final Random random;
    private final StarClasses classes;
    private final List<String> actions;
    private final List<String> verbs;
    private final List<String> objects;
    private final List<String> relations;

    RandomPrograms(Random random, StarClasses classes, JsonNode releaseRecord) {
        this.random = random;
        this.classes = classes;
        TreeSet<String> a = new TreeSet<>();
        TreeSet<String> o = new TreeSet<>();
        TreeSet<String> r = new TreeSet<>();
        releaseRecord.get("situations").forEach(s -> {
            s.get("actions").forEach(x -> a.add(x.asText()));
            s.get("bbox_labels").forEach(x -> o.add(classes.objects().get(Integer.parseInt(x.asText().substring(1)))));
            s.get("rel_labels").forEach(x -> r.add(x.isInt() ? x.asText() : classes.relations().get(Integer.parseInt(x.asText().substring(1)))));
        });
        TreeSet<String> v = new TreeSet<>();
        a.forEach(x -> {
            v.add(classes.actionVerbs().getOrDefault(x, x));
            o.add(classes.actionObjects().getOrDefault(x, x));
        });
        this.actions = List.copyOf(a);
        this.verbs = List.copyOf(v);
        this.objects = List.copyOf(o);
        this.relations = List.copyOf(r);
    }

    /** One program as postfix tokens. */
    List<String> next() {
        List<String> out = new ArrayList<>();
        gen(Kind.values()[random.nextInt(Kind.values().length)], 0, out);
        if (random.nextInt(20) == 0) {
            return new ArrayList<>(out.subList(1 + random.nextInt(Math.max(1, out.size() - 1)), out.size()));
        }
        return out;
    }

    private void gen(Kind kind, int depth, List<String> out) {
        if (depth > 0 && random.nextInt(8) == 0) {
            kind = Kind.values()[random.nextInt(Kind.values().length)];
        }
        boolean leaf = depth >= 4 || random.nextInt(4) == 0;
        switch (kind) {
            case SITUATIONS -> {
                if (leaf) {
                    out.add("Situations");
                } else if (random.nextBoolean()) {
                    op(out, depth, "Filter_Situations_with_Rel", Kind.SITUATIONS, null, relation());
                } else {
                    op(out, depth, "Filter_Situations_with_Obj", Kind.SITUATIONS, null, object());
                }
            }
            case ACTIONS -> {
                switch (leaf ? 0 : random.nextInt(7)) {
                    case 0 -> op(out, depth, "Actions", Kind.SITUATIONS);
                    case 1 -> op(out, depth, "Filter_Actions_with_Verb", Kind.ACTIONS, null, verb());
                    case 2 -> op(out, depth, "Filter_Actions_with_Obj", Kind.ACTIONS, null, object());
                    case 3 -> op(out, depth, "Filter_After_Actions", Kind.ACTIONS, Kind.ACTION);
                    case 4 -> op(out, depth, "Filter_Before_Actions", Kind.ACTIONS, Kind.ACTION);
                    case 5 -> op(out, depth, "Union", Kind.ACTIONS, Kind.ACTIONS);
                    default -> op(out, depth, "Except", Kind.ACTIONS, random.nextBoolean() ? Kind.ACTIONS : Kind.ACTION);
                }
            }
            case ACTION -> {
                switch (leaf ? 3 : random.nextInt(4)) {
                    case 0 -> op(out, depth, "Unique", Kind.ACTIONS);
                    case 1 -> op(out, depth, "Query_Earliest_Action", Kind.ACTIONS);
                    case 2 -> op(out, depth, "Query_Latest_Action", Kind.ACTIONS);
                    default -> out.add(action());
                }
            }
            case LABELS -> op(out, depth, random.nextBoolean() ? "Objs" : "Rels", Kind.SITUATIONS);
            case OBJECTS -> {
                if (random.nextBoolean()) {
                    op(out, depth, "Filter_Objs_by_Verb", Kind.LABELS, null, verb());
                } else {
                    op(out, depth, "Query_Objs", Kind.ACTIONS);
                }
            }
            case OBJECT -> {
                if (leaf) {
                    out.add(object());
                } else {
                    op(out, depth, "Query_Objs", Kind.ACTION);
                }
            }
            case VERBS -> op(out, depth, "Query_Verbs", Kind.ACTIONS);
            case VERB -> {
                if (leaf) {
                    out.add(verb());
                } else {
                    op(out, depth, "Query_Verbs", Kind.ACTION);
                }
            }
            case PAIRS -> op(out, depth, "Query_Actions", Kind.ACTIONS);
            case PAIR -> {
                if (random.nextBoolean()) {
                    op(out, depth, "Query_Actions", Kind.ACTION);
                } else {
                    op(out, depth, "Union", Kind.VERB, Kind.OBJECT);
                }
            }
            case FLAG -> {
                Kind[] groups = {Kind.ACTIONS, Kind.OBJECTS, Kind.VERBS, Kind.PAIRS, Kind.LABELS};
                Kind[] items = {Kind.ACTION, Kind.OBJECT, Kind.VERB, Kind.PAIR, Kind.OBJECT};
                int i = random.nextInt(groups.length);
                if (random.nextBoolean()) {
                    op(out, depth, "Belong_to", groups[i], items[i]);
                } else {
                    Kind k = random.nextBoolean() ? groups[i] : items[i];
                    op(out, depth, "Equal", k, random.nextInt(4) == 0 ? items[random.nextInt(items.length)] : k);
                }
            }
        }
    }

    /** Arguments (a kind, or null followed by a literal), then the module. */
    private void op(List<String> out, int depth, String module, Object... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                out.add((String) args[++i]);
            } else {
                gen((Kind) args[i], depth + 1, out);
            }
        }
        out.add(module);
    }

    private String pick(List<String> local, List<String> vocabulary) {
        int r = random.nextInt(40);
        if (r == 0) {
            return random.nextBoolean() ? "error" : "";
        }
        if (r < 5 || local.isEmpty()) {
            return vocabulary.get(random.nextInt(vocabulary.size()));
        }
        return local.get(random.nextInt(local.size()));
    }

    private String action() {
        return pick(actions, List.copyOf(classes.actionVerbs().keySet()));
    }

    private String verb() {
        return pick(verbs, List.copyOf(new TreeSet<>(classes.actionVerbs().values())));
    }

    private String object() {
        return pick(objects, classes.objects());
    }

    private String relation() {
        return pick(relations, classes.relations());
    }
}
