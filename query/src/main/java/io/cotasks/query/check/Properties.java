package io.cotasks.query.check;

import io.cotasks.store.Schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The properties the language exposes, their graph names and whether they are numbers. */
public final class Properties {

    private Properties() {
    }

    /** A property as the language names it. */
    public record Property(String name, String graphName, boolean numeric) {
    }

    public static final Map<String, Property> EVENT = index(
            new Property("predicate", Schema.PREDICATE, false),
            new Property("kind", Schema.KIND, false),
            new Property("begin", Schema.BEGIN, true),
            new Property("end", Schema.END, true),
            new Property("beginSec", Schema.BEGIN_SEC, true),
            new Property("endSec", Schema.END_SEC, true),
            new Property("label", Schema.LABEL, false),
            new Property("texts", Schema.TEXTS, false),
            new Property("source", Schema.SOURCE, false),
            new Property("subject", Schema.SUBJECT_TID, true),
            new Property("object", Schema.OBJECT_TID, true),
            new Property("video", Schema.VIDEO_ID, false));

    public static final Map<String, Property> ENTITY = index(
            new Property("category", Schema.CATEGORY, false),
            new Property("track", Schema.TRACK_ID, true),
            new Property("source", Schema.SOURCE, false),
            new Property("video", Schema.VIDEO_ID, false));

    public static final Map<String, Property> VIDEO = index(
            new Property("id", Schema.ID, false),
            new Property("dataset", Schema.DATASET, false),
            new Property("fps", Schema.FPS, true),
            new Property("frameCount", Schema.FRAME_COUNT, true),
            new Property("width", Schema.WIDTH, true),
            new Property("height", Schema.HEIGHT, true));

    public static final Set<String> KINDS = Set.of("spatial", "contact", "attention", "action");
    public static final Set<String> SOURCES = Set.of("annotation", "derived", "detected");

    private static Map<String, Property> index(Property... properties) {
        Map<String, Property> map = new LinkedHashMap<>();
        for (Property p : properties) {
            map.put(p.name(), p);
        }
        return Collections.unmodifiableMap(map);
    }
}
