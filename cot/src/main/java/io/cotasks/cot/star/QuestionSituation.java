package io.cotasks.cot.star;

import java.util.List;
import java.util.Map;

/**
 * What a STAR record says about its own situation beyond the video's graph. In STAR a keyframe's action
 * list belongs to the question (the homepage file lists other actions for 1,887 of its 3,325 keyframe
 * copies than another question does for the same keyframe), and an object labelled without a box has no
 * box to store; relations and boxed objects are the same in every record and come from the graph.
 *
 * @param keys    the record's keyframe ids in file order
 * @param actions per keyframe id, its STAR action ids in file order (Charades c### mapped to a###)
 * @param unboxed per keyframe id, the object labels it lists with a null box
 */
public record QuestionSituation(List<String> keys, Map<String, List<Object>> actions, Map<String, List<Object>> unboxed) {

    public QuestionSituation {
        keys = List.copyOf(keys);
        actions = Map.copyOf(actions);
        unboxed = Map.copyOf(unboxed);
    }

    /** Every action id the situation lists, once, in order of first appearance over the sorted keyframes. */
    public List<String> actionIds() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        keys.stream().sorted().forEach(k -> actions.getOrDefault(k, List.of()).forEach(a -> out.add(String.valueOf(a))));
        return List.copyOf(out);
    }
}
