package io.cotasks.query;

import io.cotasks.query.error.QueryException;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad statements and the exact one-line message each produces. */
@ExtendWith(RealGraph.class)
class ErrorMessagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            EVENTS (x:dgo)-[watch]->(y) IN VIDEO '2793806282'            | line 1:11: unknown category 'dgo', did you mean 'dog'?
            EVENTS (x:adult)-[wacth]->(y)                                | line 1:19: unknown predicate 'wacth', did you mean 'watch'?
            EVENTS (x)-[*:spacial]->(y)                                  | line 1:15: unknown kind 'spacial', did you mean 'spatial'?
            ENTITIES SOURCE annotaton                                    | line 1:17: unknown source 'annotaton', did you mean 'annotation'?
            ENTITIES (x:zebra)                                           | line 1:13: unknown category 'zebra'
            EVENTS a = (x)-[watch]->(y) WHERE a BEFORE b                 | line 1:44: unbound variable 'b'
            EVENTS a = (x)-[watch]->(y) WHERE x BEFORE a                 | line 1:35: 'x' is an entity; temporal constraints compare events
            EVENTS a = (x)-[watch]->(y) WHERE a BEFORE a                 | line 1:44: 'a' is compared with itself
            EVENTS a = (x)-[watch]->(y) RETURN z.category                | line 1:36: unbound variable 'z'
            EVENTS a = (x)-[watch]->(y) RETURN a.colour                  | line 1:38: unknown property 'colour' of a (one of predicate, kind, begin, end, beginSec, endSec, label, texts, source, subject, object, video)
            EVENTS a = (x)-[watch]->(y) RETURN x.categry                 | line 1:38: unknown property 'categry' of x, did you mean 'category'? (one of category, track, source, video)
            EVENTS a = (x)-[watch]->(y) WHERE a.begin = 'ten'            | line 1:45: a.begin is a number, not a string
            EVENTS a = (x)-[watch]->(y) WHERE x.category = 3             | line 1:48: x.category is a string, not a number
            EVENTS a = (x)-[watch]->(y) FRAMES 50..10                    | line 1:29: impossible time range: FRAMES 50..10 is empty
            EVENTS a = (x)-[watch]->(y) SECONDS 4.5..2                   | line 1:29: impossible time range: SECONDS 4.5..2 is empty
            LOCALIZE (x)-[watch]->(y) FIRST 0s                           | line 1:27: impossible time range: FIRST 0s is empty
            EVENTS a = (x:adult)-[watch]->(y), b = (x:dog)-[pull]->(y)   | line 1:41: entity 'x' is already declared at 1:13; refer to it as (x)
            EVENTS a = (x)-[watch]->(y), a = (x)-[pull]->(y)             | line 1:30: event variable 'a' is already declared at 1:8
            EVENTS a = (a)-[watch]->(y)                                  | line 1:13: 'a' is already an event variable
            EVENTS a = (x)-[watch]->(y), b = (x)-[pull]->(y) RETURN LATEST x.track | line 1:64: LATEST needs to know which event orders it: add BY <event>
            EVENTS a = (_x)-[watch]->(y)                                 | line 1:13: names starting with '_' are reserved: '_x'
            EVENTS e = (x)-[watch]->(y) RETURN e.end, x.track, e.end     | line 1:52: 'e.end' is returned twice
            EVENTS a = (x)-[*]->(y), b = (z)-[*]->(w)                    | line 1:26: 'b' shares no entity and no temporal constraint with 'a'; the result would pair every event with every other
            TRACK (x#1) SAMPLE 0                                         | line 1:1: SAMPLE must be at least 1
            VIDEOS LIMIT 0                                               | line 1:1: LIMIT must be at least 1
            VIDEOS WHERE colour = 'red'                                  | line 1:14: unknown property 'colour' of videos (one of id, dataset, fps, frameCount, width, height)
            s9 UNION s1                                                  | line 1:1: unbound variable 's9'
            USE VIDEO 'nope'                                             | line 1:11: unknown video 'nope'
            EVENTS a = (x)-[watch]->(y) IN VIDEO '279380628'             | line 1:38: unknown video '279380628', did you mean '2793806282'?
            EVENTS a = (x)-[watch]->(y                                   | line 1:27: unexpected end of input, expected ':', '#' or ')'
            EVENTS a = (x)-[watch]->(y) WHERE                            | line 1:34: unexpected end of input, expected a name
            EVENTS (x)-[watch]->(y) IN VIDEO '2793806282                 | line 1:34: unterminated string
            EVENTS (x)-[watch]->(y) @                                    | line 1:25: unexpected character '@'
            EVENTS (x)-[watch]->(y) RETURN                               | line 1:31: unexpected end of input
            LOCALIZE                                                     | line 1:9: unexpected end of input, expected '(' or a name
            SELECT * FROM events                                         | line 1:8: unexpected '*', expected end of input or ';'
            EVENTS (x)-[watch]->(y) FRAMES 1..99999999999                | line 1:35: number too large: 99999999999 (at most 2147483647)
            EVENTS (x)-[watch]->(y) FRAMES 1..2 FIRST 2s                 | line 1:37: only one time window is allowed
            LET first = VIDEOS                                           | line 1:5: unexpected 'first', expected a name
            """)
    void reportsPositionedMessage(String statement, String message) {
        QueryEngine engine = QueryEngine.on(RealGraph.store());
        assertThatThrownBy(() -> engine.run(statement)).isInstanceOf(QueryException.class).hasMessage(message);
    }
}
