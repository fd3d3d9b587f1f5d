package io.cotasks.cot.star;

import io.cotasks.store.star.StarClasses;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Every one of the 21 modules against results worked out by hand from STAR_Benchmark's executor.py, for
 * each argument shape the stack can hold: a list, a single string (Python's {@code in} is then a substring
 * test and iteration walks characters), None, the situations dict, Query_Actions' [None, None] and the
 * 'error' string. A Python exception is written {@code raise Type: message}.
 *
 * <p>Situations: keyframes 000020 (actions a019 a024, relationship 2 in_front_of, objects 0 person,
 * 17 book, 10 cup/glass/bottle) and 000010 (actions a053 a019, relationships 9 holding and 2, objects 0,
 * 16 sandwich, 17), inserted in that order. Actions: a053 put sandwich, a019 close book, a024 throw book.
 */
class StarModulesTest {

    static final SituationFrames FRAMES = new SituationFrames() {
        @Override
        public List<String> keys() {
            return List.of("000020", "000010");
        }

        @Override
        public List<Object> actions(String key) {
            return key.equals("000010") ? List.of("a053", "a019") : List.of("a019", "a024");
        }

        @Override
        public List<Object> relLabels(String key) {
            return key.equals("000010") ? List.of(9, 2) : List.of(2);
        }

        @Override
        public List<Object> bboxLabels(String key) {
            return key.equals("000010") ? List.of(0, 16, 17) : List.of(0, 17, 10);
        }
    };
    static final Situations S = new Situations(FRAMES.keys(), FRAMES);
    static final Object NONE = null;

    static List<Object> l(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    static Object[] row(String module, Object... argsAndExpected) {
        return new Object[] {module, Arrays.copyOf(argsAndExpected, argsAndExpected.length - 1), argsAndExpected[argsAndExpected.length - 1]};
    }

    static final List<Object[]> TABLE = List.of(
            row("Situations", "{000020, 000010}"),
            row("Actions", S, "['a053', 'a019', 'a024']"),
            row("Actions", NONE, "None"),
            row("Actions", "book", "raise AttributeError: 'str' object has no attribute 'keys'"),
            row("Actions", l("a053"), "raise AttributeError: 'list' object has no attribute 'keys'"),
            row("Objs", S, "[0, 10, 16, 17]"),
            row("Objs", NONE, "None"),
            row("Rels", S, "[2, 9]"),
            row("Rels", "x", "raise AttributeError: 'str' object has no attribute 'keys'"),
            row("Filter_Actions_with_Verb", l("a053", "a019"), "put", "['a053']"),
            row("Filter_Actions_with_Verb", l("a053"), "eat", "None"),
            row("Filter_Actions_with_Verb", NONE, "put", "None"),
            row("Filter_Actions_with_Verb", "a053", "put", "raise KeyError: 'a'"),
            row("Filter_Actions_with_Verb", l(l("put", "book")), "put", "raise TypeError: unhashable type: 'list'"),
            row("Filter_Actions_with_Verb", S, "put", "raise KeyError: '000020'"),
            row("Filter_Actions_with_Verb", l(NONE), "put", "raise KeyError: None"),
            row("Filter_Actions_with_Verb", l("a053"), "error", "None"),
            row("Filter_Actions_with_Obj", l("a053", "a019", "a024"), "book", "['a019', 'a024']"),
            row("Filter_Actions_with_Obj", l(), "book", "None"),
            row("Filter_After_Actions", l("a053", "a019", "a024"), "a019", "['a024']"),
            row("Filter_After_Actions", l("a053", "a019"), "a019", "None"),
            row("Filter_After_Actions", NONE, "a019", "None"),
            row("Filter_After_Actions", l("a053"), NONE, "None"),
            row("Filter_After_Actions", l("a053"), "a024", "raise ValueError: 'a024' is not in list"),
            row("Filter_After_Actions", "a053", "05", "'53'"),
            row("Filter_After_Actions", "a053", l("a"), "raise TypeError: must be str, not list"),
            row("Filter_After_Actions", S, "a053", "raise AttributeError: 'dict' object has no attribute 'index'"),
            row("Filter_Before_Actions", l("a053", "a019", "a024"), "a024", "['a053', 'a019']"),
            row("Filter_Before_Actions", l("a053", "a019"), "a053", "None"),
            row("Filter_Before_Actions", "a053", "3", "'a05'"),
            row("Filter_Before_Actions", l(NONE, NONE), NONE, "None"),
            row("Filter_Situations_with_Rel", S, "holding", "{000010}"),
            row("Filter_Situations_with_Rel", S, "in_front_of", "{000020, 000010}"),
            row("Filter_Situations_with_Rel", S, "eating", "{000020, 000010}"),
            row("Filter_Situations_with_Rel", S, "flying", "raise KeyError: 'flying'"),
            row("Filter_Situations_with_Rel", NONE, "holding", "None"),
            row("Filter_Situations_with_Rel", l("a053"), "holding", "raise TypeError: list indices must be integers or slices, not str"),
            row("Filter_Situations_with_Rel", "ab", "holding", "raise TypeError: string indices must be integers"),
            row("Filter_Situations_with_Rel", l(), "holding", "[]"),
            row("Filter_Situations_with_Obj", S, "sandwich", "{000010}"),
            row("Filter_Situations_with_Obj", S, "cup/glass/bottle", "{000020}"),
            row("Filter_Situations_with_Obj", S, "person", "{000020, 000010}"),
            row("Filter_Situations_with_Obj", S, l("book"), "raise TypeError: unhashable type: 'list'"),
            row("Filter_Objs_by_Verb", l(0, 16, 17, 10), "put", "['sandwich', 'book', 'cup/glass/bottle']"),
            row("Filter_Objs_by_Verb", l(0), "put", "None"),
            row("Filter_Objs_by_Verb", l(16), "drink", "raise KeyError: 'drink'"),
            row("Filter_Objs_by_Verb", l("o016", 99, 16), "eat", "['sandwich']"),
            row("Filter_Objs_by_Verb", l(l(16)), "eat", "raise TypeError: unhashable type: 'list'"),
            row("Filter_Objs_by_Verb", NONE, "drink", "None"),
            row("Filter_Objs_by_Verb", "16", "eat", "None"),
            row("Unique", l("a053", "a019"), "'a053'"),
            row("Unique", "a053", "'a'"),
            row("Unique", NONE, "None"),
            row("Unique", l(), "raise IndexError: list index out of range"),
            row("Unique", "", "raise IndexError: string index out of range"),
            row("Unique", S, "raise KeyError: 0"),
            row("Unique", "error", "'e'"),
            row("Query_Earliest_Action", l("a053", "a019"), "'a053'"),
            row("Query_Earliest_Action", l(NONE, NONE), "None"),
            row("Query_Latest_Action", l("a053", "a019"), "'a019'"),
            row("Query_Latest_Action", "a019", "'9'"),
            row("Query_Latest_Action", S, "raise KeyError: -1"),
            row("Equal", "book", "book", "'Correct'"),
            row("Equal", l("put", "book"), l("put", "book"), "'Correct'"),
            row("Equal", NONE, "book", "'Wrong'"),
            row("Equal", l(16), l(16), "'Correct'"),
            row("Equal", S, new Situations(List.of("000010", "000020"), FRAMES), "'Correct'"),
            row("Equal", "book", l("book"), "'Wrong'"),
            row("Equal", l(NONE, NONE), l(NONE, NONE), "'Correct'"),
            row("Equal", "error", "error", "'Correct'"),
            row("Belong_to", l("sandwich", "book"), "book", "'Correct'"),
            row("Belong_to", "paper/notebook", "book", "'Correct'"),
            row("Belong_to", "book", l("put", "book"), "raise TypeError: 'in <string>' requires string as left operand, not list"),
            row("Belong_to", l(l("put", "book")), l("put", "book"), "'Correct'"),
            row("Belong_to", S, "000010", "'Correct'"),
            row("Belong_to", S, l("x"), "raise TypeError: unhashable type: 'list'"),
            row("Belong_to", NONE, "x", "'Wrong'"),
            row("Belong_to", l("a053"), "error", "'Wrong'"),
            row("Belong_to", l(NONE, NONE), l("put", "book"), "'Wrong'"),
            row("Union", "put", "book", "['put', 'book']"),
            row("Union", l("a"), l("b"), "['a', 'b']"),
            row("Union", l("a"), NONE, "['a']"),
            row("Union", NONE, l("b"), "['b']"),
            row("Union", NONE, NONE, "None"),
            row("Union", "put", NONE, "['put', None]"),
            row("Union", S, S, "[{000020, 000010}, {000020, 000010}]"),
            row("Except", l("a053", "a019", "a024"), "a019", "['a053', 'a024']"),
            row("Except", l("a053", "a019"), l("a053", "a019"), "None"),
            row("Except", l("a053"), NONE, "['a053']"),
            row("Except", NONE, "x", "None"),
            row("Except", "book", "ok", "['b']"),
            row("Except", "book", l("b"), "['o', 'o', 'k']"),
            row("Except", l("put", "book"), "paper/notebook", "['put']"),
            row("Except", l("x"), S, "['x']"),
            row("Except", l(l("put", "book")), "put", "raise TypeError: 'in <string>' requires string as left operand, not list"),
            row("Except", S, l("000010"), "['000020']"),
            row("Query_Verbs", l("a053", "a019"), "['put', 'close']"),
            row("Query_Verbs", "a053", "'put'"),
            row("Query_Verbs", NONE, "None"),
            row("Query_Verbs", "book", "raise KeyError: 'book'"),
            row("Query_Verbs", S, "raise TypeError: unhashable type: 'dict'"),
            row("Query_Verbs", l(NONE, NONE), "raise KeyError: None"),
            row("Query_Verbs", "error", "raise KeyError: 'error'"),
            row("Query_Objs", l("a053"), "['sandwich']"),
            row("Query_Objs", "a024", "'book'"),
            row("Query_Actions", NONE, "[None, None]"),
            row("Query_Actions", "a053", "['put', 'sandwich']"),
            row("Query_Actions", l("a053", "a019"), "[['put', 'sandwich'], ['close', 'book']]"),
            row("Query_Actions", l(NONE, NONE), "raise KeyError: None"));

    @Test
    void everyModuleOnEveryArgumentShape() {
        StarLogic logic = StarLogic.of(StarClasses.shipped());
        assertThat(StarLogic.NARGS).hasSize(21);
        assertThat(TABLE.stream().map(r -> (String) r[0]).distinct()).containsExactlyInAnyOrderElementsOf(StarLogic.NARGS.keySet());
        assertSoftly(soft -> {
            for (Object[] r : TABLE) {
                Object[] args = (Object[]) r[1];
                String got;
                try {
                    got = StarLayoutsOnGraphTest.canon(logic.apply((String) r[0], args, S));
                } catch (PyValues.PythonError e) {
                    got = "raise " + e.getMessage();
                }
                soft.assertThat(got).as(r[0] + Arrays.deepToString(args)).isEqualTo(r[2]);
            }
        });
    }

    @Test
    void runsLikeTheReferenceRun() {
        StarExecutor executor = StarExecutor.of(StarClasses.shipped());
        Map<List<String>, String> cases = Map.of(
                List.of("Equal"), "'error'",
                List.of("book", "Equal"), "'error'",
                List.of("Situations", "Actions", "eat", "Filter_Actions_with_Verb"), "'error'",
                List.of(), "raise IndexError: list index out of range",
                List.of("error", "x", "Union", "Unique", "Query_Verbs"), "'error'",
                List.of("put", "book"), "'book'",
                List.of("Situations", "Actions", "put", "Filter_Actions_with_Verb", "Unique", "Query_Objs", "sandwich", "Equal"), "'Correct'",
                List.of("Situations", "Actions", "Unique", "Query_Actions", "put", "sandwich", "Union", "Belong_to"), "'Wrong'",
                List.of("Situations", "Query_Verbs", "x"), "raise TypeError: unhashable type: 'dict'");
        cases.forEach((program, want) -> {
            StarExecutor.Result r = executor.run(program, S);
            String got = r.error() != null ? "raise " + r.error() : StarLayoutsOnGraphTest.canon(r.value());
            assertThat(got).as(String.join(" ", program)).isEqualTo(want);
        });
    }
}
