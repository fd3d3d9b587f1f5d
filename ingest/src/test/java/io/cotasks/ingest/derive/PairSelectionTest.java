package io.cotasks.ingest.derive;

import io.cotasks.ingest.JsonCursor;
import io.cotasks.ingest.vidor.VidorAdapter;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.model.Source;
import io.cotasks.store.model.VideoGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Differential test: the sweep keeps exactly the pairs the all-pairs ranking keeps. */
class PairSelectionTest {

    static final Path VIDOR = Path.of(System.getProperty("cotasks.samples", "../samples")).resolve("vidor/annotations");

    @ParameterizedTest
    @ValueSource(strings = {"2793806282", "11566930393"})
    void realVideosKeepTheSamePairsAtEveryCap(String id) throws Exception {
        Path file = VIDOR.resolve(id + ".json");
        VideoGraph enriched = RelationDerivation.enrich(
                VidorAdapter.parse(JsonCursor.parse(file, Files.readAllBytes(file)), "h"));
        Event[] events = sorted(enriched.events());
        long pairs = (long) events.length * (events.length - 1) / 2;
        for (int cap : new int[] {1, 2, 7, 100, 999, 1_000, 5_000, 12_345, (int) pairs - 1}) {
            assertThat(PairSelection.closest(events, cap)).as("cap %d", cap)
                    .containsExactly(AllPairsSelection.closest(events, cap));
        }
    }

    @Test
    void randomEventsKeepTheSamePairs() {
        Random random = new Random(15);
        for (int round = 0; round < 300; round++) {
            int n = 2 + random.nextInt(120);
            int span = 1 + random.nextInt(round % 3 == 0 ? 5 : 400);
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int begin = random.nextInt(span);
                int end = begin + 1 + random.nextInt(1 + random.nextInt(span));
                Source source = random.nextInt(3) == 0 ? Source.ANNOTATION : Source.DERIVED;
                events.add(new Event("v", "p" + i, PredicateKind.SPATIAL, i, i + 1, begin, end, source, 1.0, null));
            }
            Event[] ev = sorted(events);
            int pairs = n * (n - 1) / 2;
            int cap = 1 + random.nextInt(Math.max(1, pairs));
            assertThat(PairSelection.closest(ev, cap)).as("round %d, %d events, cap %d", round, n, cap)
                    .containsExactly(AllPairsSelection.closest(ev, cap));
        }
    }

    private static Event[] sorted(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingInt(Event::begin).thenComparingInt(Event::end).thenComparing(Event::uid));
        return sorted.toArray(new Event[0]);
    }
}
