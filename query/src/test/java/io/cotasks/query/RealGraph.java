package io.cotasks.query;

import io.cotasks.ingest.IngestUnit;
import io.cotasks.ingest.UnitContent;
import io.cotasks.ingest.star.StarAdapter;
import io.cotasks.ingest.vidor.VidorAdapter;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.Stores;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One real embedded Neo4j for the whole test run, holding the real shared data through the ingest
 * adapters: both VidOR annotation files (2793806282, 11566930393) and the 4 STAR videos of
 * {@code sel_examples.json}. Started once (start-up costs seconds) and closed when the run ends.
 */
public final class RealGraph implements BeforeAllCallback {

    public static final Path SHARED = Path.of(System.getProperty("cotasks.shared", "../../shared/data"));
    public static final String VIDOR = "2793806282";
    public static final String VIDOR_2 = "11566930393";

    private static SceneGraphStore store;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RealGraph.class.getName(), k -> new Holder(), Holder.class);
    }

    /** The shared store; available in and after {@code @BeforeAll} of a class extended with this. */
    public static SceneGraphStore store() {
        return store;
    }

    private static final class Holder implements ExtensionContext.Store.CloseableResource {
        private final Path dir;

        Holder() {
            try {
                dir = Files.createTempDirectory("cotasks-query-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            store = Stores.embedded(dir.resolve("db"));
            load(VidorAdapter.create().units(List.of(SHARED.resolve("vidor/annotations"))));
            load(StarAdapter.create().units(List.of(SHARED.resolve("star/homepage/sel_examples.json"))));
        }

        private static void load(List<IngestUnit> units) {
            for (IngestUnit unit : units) {
                UnitContent content = unit.load();
                store.writeVideo(content.graph());
                if (!content.questions().isEmpty()) {
                    store.writeQuestions(content.questions());
                }
            }
        }

        @Override
        public void close() throws IOException {
            store.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
