package io.cotasks.cot.grounding;

import java.util.Locale;

/**
 * NExT-GQA grounding metrics in percent over the questions that have a prediction.
 *
 * @param questions questions scored
 * @param mIoP      mean of the best IoP over the question's ground-truth segments
 * @param iop3      share with IoP at least 0.3
 * @param iop5      share with IoP at least 0.5
 * @param mIoU      mean of the best IoU
 * @param iou3      share with IoU at least 0.3
 * @param iou5      share with IoU at least 0.5
 */
public record GroundingScore(int questions, double mIoP, double iop3, double iop5, double mIoU, double iou3,
                             double iou5) {

    /** The closing line: {@code mIoU X.X IoP@0.5 X.X}. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "mIoU %.1f IoP@0.5 %.1f", mIoU, iop5);
    }

    /** All six figures on one line. */
    public String table() {
        return String.format(Locale.ROOT, "questions %d  mIoP %.1f  IoP@0.3 %.1f  IoP@0.5 %.1f  mIoU %.1f  IoU@0.3 %.1f  IoU@0.5 %.1f",
                questions, mIoP, iop3, iop5, mIoU, iou3, iou5);
    }
}
