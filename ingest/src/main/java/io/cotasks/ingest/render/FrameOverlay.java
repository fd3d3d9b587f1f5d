package io.cotasks.ingest.render;

import java.util.List;

/**
 * What to draw on one frame: the entities' boxes and the relations between them.
 *
 * @param videoId   the video
 * @param frame     the frame whose boxes these are (the nearest frame with boxes to the one asked for)
 * @param boxes     one box per entity present in the frame
 * @param relations events holding in the frame whose subject and object both have a box there
 */
public record FrameOverlay(String videoId, int frame, List<EntityBox> boxes, List<Relation> relations) {

    public FrameOverlay {
        boxes = List.copyOf(boxes);
        relations = List.copyOf(relations);
    }

    /**
     * An entity's box.
     *
     * @param trackId   the track id
     * @param category  its class
     * @param x1        left
     * @param y1        top
     * @param x2        right
     * @param y2        bottom
     * @param generated true for a tracker's prediction or an interpolation (drawn dashed)
     */
    public record EntityBox(int trackId, String category, double x1, double y1, double x2, double y2,
                            boolean generated) {
    }

    /**
     * A relation event between two entities.
     *
     * @param subject   the subject's track id
     * @param predicate e.g. holding, left_of
     * @param object    the object's track id
     */
    public record Relation(int subject, String predicate, int object) {
    }
}
