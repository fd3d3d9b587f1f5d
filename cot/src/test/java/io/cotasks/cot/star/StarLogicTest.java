package io.cotasks.cot.star;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference executor's semantics on values, case by case. */
class StarLogicTest {

    private static final StarAction TAKE_BOOK = new StarAction("take", "book");
    private static final StarAction PUT_BOOK = new StarAction("put", "book");
    private static final StarAction THROW_BOOK = new StarAction("throw", "book");
    private static final List<StarAction> ALL = List.of(TAKE_BOOK, PUT_BOOK, THROW_BOOK);

    @Test
    void filtersReturnNullWhenNothingIsLeft() {
        assertThat(StarLogic.filterVerb(ALL, "put")).isEqualTo(List.of(PUT_BOOK));
        assertThat(StarLogic.filterVerb(ALL, "eat")).isNull();
        assertThat(StarLogic.filterObject(ALL, "book")).isEqualTo(ALL);
        assertThat(StarLogic.filterObject(null, "book")).isNull();
    }

    @Test
    void beforeAndAfterFollowTheOrderOfFirstAppearance() {
        assertThat(StarLogic.after(ALL, TAKE_BOOK)).isEqualTo(List.of(PUT_BOOK, THROW_BOOK));
        assertThat(StarLogic.after(ALL, THROW_BOOK)).isNull();
        assertThat(StarLogic.before(ALL, THROW_BOOK)).isEqualTo(List.of(TAKE_BOOK, PUT_BOOK));
        assertThat(StarLogic.before(ALL, TAKE_BOOK)).isNull();
        assertThat(StarLogic.before(ALL, null)).isNull();
    }

    @Test
    void queriesAndTheirResultsOnNull() {
        assertThat(StarLogic.queryActions(ALL)).isEqualTo(List.of(List.of("take", "book"), List.of("put", "book"),
                List.of("throw", "book")));
        assertThat(StarLogic.queryActions(PUT_BOOK)).isEqualTo(List.of("put", "book"));
        assertThat(StarLogic.queryActions(null)).isEqualTo(Arrays.asList(null, null));
        assertThat(StarLogic.queryVerbs(ALL)).isEqualTo(List.of("take", "put", "throw"));
        assertThat(StarLogic.queryObjects(PUT_BOOK)).isEqualTo("book");
        assertThat(StarLogic.first(ALL)).isEqualTo(TAKE_BOOK);
        assertThat(StarLogic.last(ALL)).isEqualTo(THROW_BOOK);
    }

    @Test
    void choiceChecks() {
        Object pair = StarLogic.union("put", "book");
        assertThat(pair).isEqualTo(List.of("put", "book"));
        assertThat(StarLogic.belongTo(StarLogic.queryActions(ALL), pair)).isEqualTo("Correct");
        assertThat(StarLogic.belongTo(StarLogic.queryActions(ALL), StarLogic.union("eat", "book"))).isEqualTo("Wrong");
        assertThat(StarLogic.equal(StarLogic.queryActions(PUT_BOOK), pair)).isEqualTo("Correct");
        assertThat(StarLogic.equal(null, pair)).isEqualTo("Wrong");
        assertThat(StarLogic.belongTo("sandwich", "sandwich")).isEqualTo("Correct");
        assertThat(StarLogic.union(List.of("a"), null)).isEqualTo(List.of("a"));
        assertThat(StarLogic.union(null, null)).isNull();
    }

    @Test
    void exceptRemovesAnItemOrAList() {
        assertThat(StarLogic.except(ALL, TAKE_BOOK)).isEqualTo(List.of(PUT_BOOK, THROW_BOOK));
        assertThat(StarLogic.except(ALL, ALL)).isNull();
        assertThat(StarLogic.except(ALL, null)).isEqualTo(ALL);
        assertThat(StarLogic.show(StarLogic.except(ALL, TAKE_BOOK))).isEqualTo("[put book, throw book]");
    }
}
