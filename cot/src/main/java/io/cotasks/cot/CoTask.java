package io.cotasks.cot;

/** The four entity-level tasks of the CoTasks method, in the order their steps appear. */
public enum CoTask {
    FRAME_LOCALIZATION("Frame localization"),
    ENTITY_TRACKING("Entity tracking"),
    SPATIAL_RELATIONS("Spatial relations"),
    TEMPORAL_RELATIONS("Temporal relations");

    private final String title;

    CoTask(String title) {
        this.title = title;
    }

    /** The heading used in CoT text. */
    public String title() {
        return title;
    }
}
