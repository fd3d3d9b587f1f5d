package io.cotasks.cot.star;

import java.util.List;

/**
 * What the situations of one question hold per keyframe, the fields the reference executor reads:
 * {@code actions} (STAR action ids), {@code rel_labels} and {@code bbox_labels} (labels as
 * {@link io.cotasks.store.star.StarLabels} gives them). Read from the graph ({@link StarGraphSituations})
 * or, in tests, from the file.
 */
public interface SituationFrames {

    /** The question's keyframe ids in file order. */
    List<String> keys();

    /** The actions listed on a keyframe, in the file's order. */
    List<Object> actions(String key);

    /** The relationship labels of a keyframe. */
    List<Object> relLabels(String key);

    /** The object labels of a keyframe (boxed or not). */
    List<Object> bboxLabels(String key);

    /** One keyframe's dict, {@code situations[frame]}. */
    record Frame(SituationFrames frames, String key) {

        static final List<String> FIELDS = List.of("actions", "rel_labels", "bbox_labels", "rel_pairs");

        /** {@code situations[frame][field]}. */
        Object get(Object field) {
            if ("actions".equals(field)) {
                return frames.actions(key);
            }
            if ("rel_labels".equals(field)) {
                return frames.relLabels(key);
            }
            if ("bbox_labels".equals(field)) {
                return frames.bboxLabels(key);
            }
            throw new PyValues.PythonError("KeyError", PyValues.repr(field));
        }

        @Override
        public String toString() {
            return "{frame " + key + "}";
        }
    }
}
