package io.cotasks.ingest.video;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cotasks.ingest.IngestException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * STAR's annotated keyframes as detection ground truth: every distinct (video, keyframe) of
 * {@code sel_examples.json} with its PNG under {@code keyframes/VIDEO/FRAME.png}, and its boxes labelled
 * with STAR's object classes through {@code obj_rel_cls_dict.json}. STAR draws only the objects of the
 * situation's relations, so an unannotated object on a keyframe is not a false positive: the evaluation
 * reports recall per object class, and precision only for people (every visible person is annotated).
 */
final class StarKeyframes {

    /**
     * STAR object classes with a COCO counterpart, as COCO names; every other STAR class (broom, picture,
     * closet/cabinet, blanket, window, paper/notebook, pillow, shelf, shoe, medicine, box, clothes, mirror,
     * floor, door, towel) has none.
     */
    static final Map<String, Set<String>> COCO = coco();

    private StarKeyframes() {
    }

    /** An annotated box {@code [x1,y1,x2,y2]} of STAR class {@code label}. */
    record Truth(String label, double[] box) {
    }

    /** A keyframe and its annotated boxes. */
    record Keyframe(String videoId, String frame, Path png, List<Truth> boxes) {

        /** The boxes of one STAR class. */
        List<double[]> boxesOf(String label) {
            return boxes.stream().filter(t -> t.label().equals(label)).map(Truth::box).toList();
        }
    }

    private static Map<String, Set<String>> coco() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("person", Set.of("person"));
        m.put("table", Set.of("dining table"));
        m.put("cup/glass/bottle", Set.of("cup", "wine glass", "bottle"));
        m.put("dish", Set.of("bowl"));
        m.put("food", Set.of("banana", "apple", "sandwich", "orange", "broccoli", "carrot", "hot dog", "pizza",
                "donut", "cake"));
        m.put("sandwich", Set.of("sandwich"));
        m.put("book", Set.of("book"));
        m.put("laptop", Set.of("laptop"));
        m.put("phone/camera", Set.of("cell phone"));
        m.put("bed", Set.of("bed"));
        m.put("sofa/couch", Set.of("couch"));
        m.put("refrigerator", Set.of("refrigerator"));
        m.put("bag", Set.of("backpack", "handbag", "suitcase"));
        return m;
    }

    /** The distinct keyframes of {@code starDir} with a PNG, in file order. */
    static List<Keyframe> read(Path starDir) {
        Path examples = starDir.resolve("sel_examples.json");
        Path classes = starDir.resolve("obj_rel_cls_dict.json");
        ObjectMapper json = new ObjectMapper();
        JsonNode records;
        JsonNode objects;
        try {
            records = json.readTree(examples.toFile());
            objects = json.readTree(classes.toFile()).path("object");
        } catch (IOException e) {
            throw new IngestException(e.getMessage().lines().findFirst().orElse("cannot read") + " ("
                    + examples + ", " + classes + ")", e);
        }
        Map<String, Keyframe> byKey = new LinkedHashMap<>();
        for (JsonNode record : records) {
            String video = record.path("video_id").asText();
            record.path("situations").fields().forEachRemaining(situation -> {
                Path png = starDir.resolve("keyframes").resolve(video).resolve(situation.getKey() + ".png");
                String key = video + "/" + situation.getKey();
                if (!byKey.containsKey(key) && Files.isRegularFile(png)) {
                    byKey.put(key, new Keyframe(video, situation.getKey(), png, boxes(situation.getValue(), objects)));
                }
            });
        }
        return List.copyOf(byKey.values());
    }

    private static List<Truth> boxes(JsonNode situation, JsonNode objects) {
        JsonNode boxes = situation.path("bbox");
        JsonNode labels = situation.path("bbox_labels");
        List<Truth> out = new ArrayList<>();
        for (int i = 0; i < boxes.size() && i < labels.size(); i++) {
            JsonNode box = boxes.get(i);
            String label = objects.path(labels.get(i).asText()).asText("");
            if (box.isArray() && box.size() == 4 && !label.isEmpty()) {
                out.add(new Truth(label, new double[] {box.get(0).asDouble(), box.get(1).asDouble(),
                    box.get(2).asDouble(), box.get(3).asDouble()}));
            }
        }
        return out;
    }
}
