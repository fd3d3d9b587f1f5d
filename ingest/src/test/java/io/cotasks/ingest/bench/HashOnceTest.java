package io.cotasks.ingest.bench;

import io.cotasks.ingest.ForwardingUnit;
import io.cotasks.ingest.IngestReport;
import io.cotasks.ingest.IngestRunner;
import io.cotasks.ingest.IngestUnit;
import io.cotasks.ingest.Shard;
import io.cotasks.ingest.sources.Sources;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real ingest hashes each unit's content once and records that hash; a benchmark replica hashes its
 * original's content afresh, once, and is never skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HashOnceTest {

    static final Path SAMPLES = Path.of(System.getProperty("cotasks.samples", "../samples"));
    static final IngestRunner.Options TWO = new IngestRunner.Options(2, false, false, Shard.ALL);

    @TempDir
    static Path dir;
    static SceneGraphStore store;
    static List<Counted> units = new ArrayList<>();

    /** A real unit that counts how often its content is hashed. */
    record Counted(IngestUnit inner, AtomicInteger hashes) implements ForwardingUnit {

        Counted(IngestUnit unit) {
            this(unit, new AtomicInteger());
        }

        @Override
        public String contentHash() {
            hashes.incrementAndGet();
            return inner.contentHash();
        }
    }

    @BeforeAll
    static void open() {
        store = TestStores.embedded(dir);
        Sources.byName("vidor").units(List.of(SAMPLES.resolve("vidor/annotations"))).forEach(u -> units.add(new Counted(u)));
        Sources.byName("vidstg").units(List.of(SAMPLES.resolve("golden_nextqa_vidor/vidstg_2videos.json")))
                .forEach(u -> units.add(new Counted(u)));
        Sources.byName("star").units(List.of(SAMPLES.resolve("star/homepage/sel_examples.json")))
                .forEach(u -> units.add(new Counted(u)));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /**
     * Ingests {@code batch} one origin at a time, with the runner's real worker pool: the VidOR and VidSTG
     * samples are the same two videos, which must not be written concurrently.
     */
    static Totals ingest(List<? extends IngestUnit> batch) {
        List<IngestReport> reports = new ArrayList<>();
        for (String origin : batch.stream().map(IngestUnit::origin).distinct().toList()) {
            List<IngestUnit> same = batch.stream().filter(u -> u.origin().equals(origin)).map(IngestUnit.class::cast).toList();
            reports.add(IngestRunner.run(store, same, TWO));
        }
        return new Totals(reports.stream().mapToLong(IngestReport::videos).sum(),
                reports.stream().mapToLong(IngestReport::skipped).sum(),
                reports.stream().flatMap(r -> r.failures().stream()).toList());
    }

    record Totals(long videos, long skipped, List<String> failures) {
    }

    @Test
    @Order(1)
    void anIngestHashesEachUnitOnceAndRecordsThatHash() {
        Totals report = ingest(units);
        assertThat(report.failures()).isEmpty();
        assertThat(report.videos()).isEqualTo(2 + 2 + 4);
        for (Counted u : units) {
            assertThat(u.hashes()).as(u.location()).hasValue(1);
            assertThat(store.contentHash(u.videoId(), u.origin())).as(u.location()).isEqualTo(Optional.of(u.inner().contentHash()));
        }
        Totals again = ingest(units);
        assertThat(again.skipped()).isEqualTo(units.size());
        assertThat(units).allSatisfy(u -> assertThat(u.hashes()).as(u.location()).hasValue(2));
    }

    @Test
    @Order(2)
    void aReplicaHashesItsOriginalAfreshOnceAndIsNeverSkipped() {
        Counted original = units.get(0);
        IngestUnit replica = Replicas.of(original, 1);
        int before = original.hashes().get();
        assertThat(replica.contentHash()).isEqualTo(replica.contentHash()).isEqualTo(original.inner().contentHash());
        assertThat(original.hashes()).hasValue(before + 2);

        List<Integer> originals = units.stream().map(u -> u.hashes().get()).toList();
        List<Counted> replicas = units.stream().map(u -> new Counted(Replicas.of(u, 2))).toList();
        Totals report = ingest(replicas);
        assertThat(report.failures()).isEmpty();
        assertThat(report.skipped()).isZero();
        assertThat(report.videos()).isEqualTo(units.size());
        for (int i = 0; i < units.size(); i++) {
            Counted r = replicas.get(i);
            assertThat(r.videoId()).isEqualTo(units.get(i).videoId() + "~r2");
            assertThat(r.hashes()).as(r.location()).hasValue(1);
            assertThat(units.get(i).hashes()).as(r.location()).hasValue(originals.get(i) + 1);
            assertThat(store.contentHash(r.videoId(), r.origin())).as(r.location())
                    .isEqualTo(Optional.of(units.get(i).inner().contentHash()));
        }
    }
}
