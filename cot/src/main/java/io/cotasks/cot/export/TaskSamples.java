package io.cotasks.cot.export;

import io.cotasks.cot.CoTask;
import io.cotasks.cot.CotResult;
import io.cotasks.cot.CotStep;

import java.util.ArrayList;
import java.util.List;

/**
 * The four CoTask instruction samples of a question, each answered by its step's evidence (how the method
 * builds tuning data). Steps without evidence yield no sample, and ungrounded questions none at all: a
 * sample is never answered with something the graph did not return.
 */
public final class TaskSamples {

    private TaskSamples() {
    }

    public static List<TaskSample> of(CotResult cot) {
        List<TaskSample> out = new ArrayList<>();
        if (!cot.grounded()) {
            return out;
        }
        for (CotStep step : cot.steps()) {
            String text = step.text();
            int bar = text.indexOf(" | ");
            if (bar < 0) {
                continue;
            }
            String summary = text.substring(text.indexOf("] ") + 2, bar);
            String evidence = text.substring(bar + 3);
            out.add(new TaskSample(cot.question(), step.task(), instruction(step.task(), summary, cot), evidence));
        }
        return out;
    }

    private static String instruction(CoTask task, String summary, CotResult cot) {
        String about = "for the question \"" + cot.question().text().strip() + "\"";
        return switch (task) {
            case FRAME_LOCALIZATION -> "Which frames show " + summary + "? Give the spans in seconds " + about + ".";
            case ENTITY_TRACKING -> "Track " + summary + ": give their boxes [x1,y1,x2,y2] at the sampled times " + about + ".";
            case SPATIAL_RELATIONS -> "What spatial relations hold (" + summary + ")? " + about + ".";
            case TEMPORAL_RELATIONS -> "In what order do the events happen (" + summary + "), with their Allen relations? " + about + ".";
        };
    }
}
