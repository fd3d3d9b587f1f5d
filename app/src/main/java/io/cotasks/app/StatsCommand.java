package io.cotasks.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cotasks.store.SceneGraphStore;
import io.cotasks.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code cotasks stats [--json]}: node counts per label and relationship counts per type. */
@Command(name = "stats", description = "Print node counts per label and relationship counts per type.")
public final class StatsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "Print {\"store\", \"labels\", \"relationshipTypes\"} as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (SceneGraphStore graph = store.open()) {
            StoreStats stats = graph.stats();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("store", graph.describe());
                doc.put("labels", stats.labels());
                doc.put("relationshipTypes", stats.relationshipTypes());
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
            } else {
                out.println("Store: " + graph.describe());
                print(out, "Nodes", stats.labels());
                print(out, "Relationships", stats.relationshipTypes());
            }
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String title, Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        out.printf("%s (%,d)%n", title, total);
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        counts.forEach((name, n) -> out.printf("  %-" + width + "s %,12d%n", name, n));
    }
}
