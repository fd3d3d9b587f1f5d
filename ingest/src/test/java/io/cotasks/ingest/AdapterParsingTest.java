package io.cotasks.ingest;

import io.cotasks.ingest.derive.RelationDerivation;
import io.cotasks.ingest.star.StarVocabulary;
import io.cotasks.ingest.vidor.VidorAdapter;
import io.cotasks.store.model.Event;
import io.cotasks.store.model.PredicateKind;
import io.cotasks.store.model.Source;
import io.cotasks.store.model.VideoGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parsing and derivation on the real sample files, without a database. */
class AdapterParsingTest {

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples", "../samples"));
    static final Path VIDOR = SAMPLES.resolve("vidor/annotations");

    static VideoGraph vidor(String id) throws Exception {
        Path file = VIDOR.resolve(id + ".json");
        return VidorAdapter.parse(JsonCursor.parse(file, Files.readAllBytes(file)), "h");
    }

    @Test
    void vidorVideosHaveTheirAnnotatedCounts() throws Exception {
        VideoGraph a = vidor("2793806282");
        assertThat(a.entities()).hasSize(6);
        assertThat(a.boxes()).hasSize(5_121);
        assertThat(a.events()).hasSize(40);
        assertThat(a.video().frameCount()).isEqualTo(1925);
        VideoGraph b = vidor("11566930393");
        assertThat(b.entities()).hasSize(3);
        assertThat(b.boxes()).hasSize(2_249);
        assertThat(b.events()).hasSize(15);
    }

    @Test
    void vidorEventsKeepExclusiveEndsAndTaxonomyKinds() throws Exception {
        Event first = vidor("2793806282").events().get(0);
        assertThat(first.predicate()).isEqualTo("watch");
        assertThat(first.kind()).isEqualTo(PredicateKind.ATTENTION);
        assertThat(first.begin()).isEqualTo(29);
        assertThat(first.end()).isEqualTo(119);
        assertThat(vidor("11566930393").events()).filteredOn(e -> e.predicate().equals("hold"))
                .isNotEmpty().allMatch(e -> e.kind() == PredicateKind.CONTACT);
        assertThat(vidor("2793806282").events()).filteredOn(e -> e.predicate().equals("next_to"))
                .isNotEmpty().allMatch(e -> e.kind() == PredicateKind.SPATIAL);
    }

    @Test
    void derivationAddsSpatialEventsAndCappedAllenRelations() throws Exception {
        VideoGraph enriched = RelationDerivation.enrich(vidor("2793806282"));
        List<Event> derived = enriched.events().stream().filter(e -> e.source() == Source.DERIVED).toList();
        assertThat(derived).hasSize(96).allMatch(e -> e.kind() == PredicateKind.SPATIAL);
        assertThat(enriched.events()).hasSize(136);
        assertThat(enriched.temporal()).hasSize(RelationDerivation.DEFAULT_TEMPORAL_CAP);
        // every left_of has its mirrored right_of
        assertThat(derived.stream().filter(e -> e.predicate().equals("left_of")).count())
                .isEqualTo(derived.stream().filter(e -> e.predicate().equals("right_of")).count());
        // idempotent: enriching again gives the same events
        assertThat(RelationDerivation.enrich(enriched).events()).containsExactlyInAnyOrderElementsOf(enriched.events());
        // all 40 x 39 / 2 pairs of annotated events are kept when the cap bites
        long annotatedPairs = enriched.temporal().stream()
                .filter(t -> t.fromUid().contains("#annotation#") && t.toUid().contains("#annotation#")).count();
        assertThat(annotatedPairs).isEqualTo(40 * 39 / 2);
    }

    @Test
    void charadesClassesMapToStarActionsWhereTheyMatch() {
        StarVocabulary vocab = StarVocabulary.near(SAMPLES.resolve("star/homepage/sel_examples.json"));
        assertThat(vocab.starAction("c068")).contains("a053");
        assertThat(vocab.starAction("c000")).contains("a000");
        assertThat(vocab.starAction("c124")).contains("a097");
        assertThat(vocab.starAction("c020")).isEmpty();
        assertThat(vocab.starAction("c153")).isEmpty();
        assertThat(vocab.fps("LEG82")).isEqualTo(23.976023976023978);
        long mapped = java.util.stream.IntStream.range(0, 157)
                .filter(i -> vocab.starAction(String.format("c%03d", i)).isPresent()).count();
        assertThat(mapped).isEqualTo(110);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON | {\"video_id\": \"1\", | bad.json:1:18: malformed JSON: the file ends in the middle of a value (cut short?)",
            "missing field | {\"video_id\": \"1\", \"frame_count\": 2, \"fps\": 30, \"width\": 10, \"height\": 10} | bad.json: $.subject/objects: missing field",
            "end before begin | " + "{\"video_id\": \"1\", \"frame_count\": 9, \"fps\": 30, \"width\": 10, \"height\": 10, \"subject/objects\": [{\"tid\": 0, \"category\": \"dog\"}], \"trajectories\": [], \"relation_instances\": [{\"subject_tid\": 0, \"object_tid\": 0, \"predicate\": \"watch\", \"begin_fid\": 5, \"end_fid\": 3}]} | bad.json: $.relation_instances[0].end_fid: end_fid 3 is not after begin_fid 5",
            "box outside the frame | {\"video_id\": \"1\", \"frame_count\": 9, \"fps\": 30, \"width\": 10, \"height\": 10, \"subject/objects\": [{\"tid\": 0, \"category\": \"dog\"}], \"trajectories\": [[{\"tid\": 0, \"bbox\": {\"xmin\": 1, \"ymin\": 1, \"xmax\": 11, \"ymax\": 5}}]], \"relation_instances\": []} | bad.json: $.trajectories[0][0].bbox: box [1.0,1.0,11.0,5.0] outside the 10x10 frame",
            "unknown category | {\"video_id\": \"1\", \"frame_count\": 9, \"fps\": 30, \"width\": 10, \"height\": 10, \"subject/objects\": [{\"tid\": 0, \"category\": \"unicorn\"}], \"trajectories\": [], \"relation_instances\": []} | bad.json: $.subject/objects[0].category: unknown object category 'unicorn'",
            "unknown predicate | {\"video_id\": \"1\", \"frame_count\": 9, \"fps\": 30, \"width\": 10, \"height\": 10, \"subject/objects\": [{\"tid\": 0, \"category\": \"dog\"}], \"trajectories\": [], \"relation_instances\": [{\"subject_tid\": 0, \"object_tid\": 0, \"predicate\": \"juggle\", \"begin_fid\": 1, \"end_fid\": 3}]} | bad.json: $.relation_instances[0].predicate: unknown predicate 'juggle'",
    })
    void badVidorInputIsOneLineNamingFileAndJsonPath(String name, String json, String message, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> VidorAdapter.parse(JsonCursor.parse(file, Files.readAllBytes(file)), "h"))
                .isInstanceOf(IngestException.class).hasMessage(file + message.substring("bad.json".length()));
    }
}
