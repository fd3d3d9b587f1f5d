package io.cotasks.ingest.render;

import java.awt.Color;

/** Distinct, stable colours for track ids and predicates. */
final class Palette {

    /** Tableau's 10 colours: distinguishable and readable on photos. */
    private static final Color[] COLORS = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    private Palette() {
    }

    static Color forTrack(int trackId) {
        return COLORS[Math.floorMod(trackId, COLORS.length)];
    }

    /**
     * The i-th colour; predicates get theirs by order of first appearance, so a legend stays distinct: the
     * ten above, then hues spaced by the golden angle.
     */
    static Color at(int index) {
        if (index < COLORS.length) {
            return COLORS[index];
        }
        float hue = (float) (((index - COLORS.length) * 0.618033988749895) % 1.0);
        return Color.getHSBColor(hue, 0.65f, index % 2 == 0 ? 0.85f : 0.6f);
    }
}
