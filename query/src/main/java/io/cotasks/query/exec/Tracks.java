package io.cotasks.query.exec;

import io.cotasks.query.compile.Columns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entity tracking: boxes per track in frame order, optionally resampled to n evenly spaced boxes. */
final class Tracks {

    private Tracks() {
    }

    static List<Map<String, Object>> sample(List<Map<String, Object>> rows, Long n) {
        if (n == null) {
            return rows;
        }
        Map<String, List<Map<String, Object>>> byTrack = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            byTrack.computeIfAbsent(row.get(Columns.VIDEO) + "#" + row.get(Columns.TRACK), k -> new ArrayList<>()).add(row);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (List<Map<String, Object>> boxes : byTrack.values()) {
            int size = boxes.size();
            if (n >= size) {
                out.addAll(boxes);
            } else if (n == 1) {
                out.add(boxes.get(size / 2));
            } else {
                for (int i = 0; i < n; i++) {
                    out.add(boxes.get((int) Math.round(i * (size - 1) / (double) (n - 1))));
                }
            }
        }
        return out;
    }
}
