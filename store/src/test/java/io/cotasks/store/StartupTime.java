package io.cotasks.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Measures opening and closing the embedded store (a benchmark, not a test): a new folder, then the same
 * folder again, then the server with Bolt and HTTP. Argument: {@code [rounds=3]}.
 */
public final class StartupTime {

    private StartupTime() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path root = Files.createTempDirectory("cotasks-startup");
        for (int i = 0; i < rounds; i++) {
            Path dir = root.resolve("db" + i);
            measure("new folder     ", () -> Stores.embedded(dir));
            measure("existing folder", () -> Stores.embedded(dir));
        }
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            EmbeddedDbms dbms = EmbeddedDbms.start(root.resolve("db" + i), b -> { });
            long t1 = System.nanoTime();
            EmbeddedStore store = EmbeddedStore.on(dbms, true);
            long t2 = System.nanoTime();
            store.close();
            System.out.printf(Locale.ROOT, "existing folder: dbms %5.0f ms, schema check %5.0f ms%n", (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6);
        }
        for (int i = 0; i < rounds; i++) {
            Path dir = root.resolve("server" + i);
            long t0 = System.nanoTime();
            EmbeddedServer server = EmbeddedServer.start(dir, TestStores.freeLoopback(), TestStores.freeLoopback(), null);
            long t1 = System.nanoTime();
            server.close();
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "server (bolt+http): start %5.0f ms, close %5.0f ms%n", (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6);
        }
    }

    private static void measure(String what, java.util.function.Supplier<SceneGraphStore> open) {
        long c0 = cpu();
        long t0 = System.nanoTime();
        SceneGraphStore store = open.get();
        long t1 = System.nanoTime();
        long c1 = cpu();
        store.query("MATCH (v:Video) RETURN count(v) AS n", Map.of());
        long t2 = System.nanoTime();
        long c2 = cpu();
        store.close();
        long t3 = System.nanoTime();
        long c3 = cpu();
        System.out.printf(Locale.ROOT, "%s: open %5.0f ms (cpu %5.0f), first query %5.0f ms (cpu %5.0f), close %5.0f ms"
                + " (cpu %5.0f)%n", what, (t1 - t0) / 1e6, (c1 - c0) / 1e6, (t2 - t1) / 1e6, (c2 - c1) / 1e6,
                (t3 - t2) / 1e6, (c3 - c2) / 1e6);
    }

    /** CPU of the whole process (all threads), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
