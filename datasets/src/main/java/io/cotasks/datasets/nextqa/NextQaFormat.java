package io.cotasks.datasets.nextqa;

import java.util.List;
import java.util.Set;

/**
 * The three published NExT-QA CSV layouts, told apart by their header:
 * <ul>
 *   <li>{@link #MC}: {@code video,frame_count,width,height,question,answer,qid,type,a0,a1,a2,a3,a4},
 *       {@code answer} is the index of the correct option;</li>
 *   <li>{@link #OE}: {@code video,frame_count,width,height,question,answer,qid,type}, a text answer, no options;</li>
 *   <li>{@link #GQA}: {@code video_id,frame_count,width,height,question,answer,qid,type,a0..a4}, the answer is
 *       the correct option's text.</li>
 * </ul>
 */
public enum NextQaFormat {
    MC("nextqa-mc", "video"),
    OE("nextqa-oe", "video"),
    GQA("nextqa-gqa", "video_id");

    /** The answer options' columns of MC and GQA. */
    public static final List<String> OPTION_COLUMNS = List.of("a0", "a1", "a2", "a3", "a4");

    private final String dataset;
    private final String videoColumn;

    NextQaFormat(String dataset, String videoColumn) {
        this.dataset = dataset;
        this.videoColumn = videoColumn;
    }

    /** The dataset name stored on questions ({@code Question.dataset}) and used as ingest origin. */
    public String dataset() {
        return dataset;
    }

    public String videoColumn() {
        return videoColumn;
    }

    public boolean hasOptions() {
        return this != OE;
    }

    /** The columns a file of this format must have, in the published order. */
    public List<String> columns() {
        List<String> common = List.of(videoColumn, "frame_count", "width", "height", "question", "answer", "qid", "type");
        if (!hasOptions()) {
            return common;
        }
        return java.util.stream.Stream.concat(common.stream(), OPTION_COLUMNS.stream()).toList();
    }

    /** The format a header names: {@code video_id} is GQA, options without it MC, neither OE. */
    public static NextQaFormat of(Set<String> header) {
        if (header.contains(GQA.videoColumn)) {
            return GQA;
        }
        return header.contains("a0") ? MC : OE;
    }
}
