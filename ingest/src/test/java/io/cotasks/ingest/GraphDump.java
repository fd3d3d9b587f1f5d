package io.cotasks.ingest;

import io.cotasks.store.SceneGraphStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A whole store as sorted lines, one per node and per relationship, for comparing two stores element by
 * element. Nodes are named by their natural key, relationships by type, properties and end keys. Origin
 * tags are resolved to origin names (the indexes depend on the order origins first wrote to a video), and
 * a video's own list of origins and its content hashes are compared as sets of live entries.
 */
final class GraphDump {

    private GraphDump() {
    }

    static List<String> of(SceneGraphStore store) {
        Map<String, List<?>> origins = new HashMap<>();
        store.query("MATCH (v:Video) RETURN v.id AS id, v.origins AS o", Map.of()).rows()
                .forEach(r -> origins.put((String) r.get("id"), r.get("o") == null ? List.of() : (List<?>) r.get("o")));
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> r : store.query("MATCH (n) RETURN labels(n) AS l, properties(n) AS p, "
                + "coalesce(n.videoId, n.id) AS video", Map.of()).rows()) {
            lines.add(r.get("l") + " " + properties(r.get("p"), origins.get((String) r.get("video"))));
        }
        for (Map<String, Object> r : store.query("MATCH (a)-[r]->(b) RETURN type(r) AS t, properties(r) AS p, "
                + "coalesce(a.uid, a.id) AS a, coalesce(b.uid, b.id) AS b, coalesce(a.videoId, a.id, b.id) AS video",
                Map.of()).rows()) {
            lines.add("(" + r.get("a") + ")-[" + r.get("t") + " " + properties(r.get("p"),
                    origins.get((String) r.get("video"))) + "]->(" + r.get("b") + ")");
        }
        lines.sort(null);
        return lines;
    }

    private static String properties(Object p, List<?> videoOrigins) {
        Map<String, Object> props = new TreeMap<>();
        ((Map<?, ?>) p).forEach((k, v) -> props.put((String) k, v));
        Object tags = props.get("origins");
        if (tags != null && props.containsKey("id")) {
            props.put("origins", live((List<?>) tags));
            props.put("contentHashes", new TreeSet<>(((List<?>) props.getOrDefault("contentHashes", List.of()))
                    .stream().map(String::valueOf).toList()));
        } else if (tags != null) {
            TreeSet<String> names = new TreeSet<>();
            ((List<?>) tags).forEach(i -> names.add(String.valueOf(videoOrigins.get(((Number) i).intValue()))));
            props.put("origins", names);
        }
        return props.toString();
    }

    private static TreeSet<String> live(List<?> names) {
        TreeSet<String> out = new TreeSet<>();
        names.stream().map(String::valueOf).filter(n -> !n.isEmpty()).forEach(out::add);
        return out;
    }
}
