package io.cotasks.ingest.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Draws a {@link FrameOverlay} on a frame with Java2D (headless): each entity's box in its track colour with
 * a {@code #id category} label, and an arrow from subject to object for every relation, labelled with its
 * predicates. Predicted (generated) boxes are dashed.
 */
public final class FrameRenderer {

    private FrameRenderer() {
    }

    /** A copy of {@code frame} with the overlay drawn on it. */
    public static BufferedImage render(BufferedImage frame, FrameOverlay overlay) {
        BufferedImage out = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(frame, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            float scale = Math.max(1f, frame.getWidth() / 640f);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(12 * scale)));
            Map<Integer, FrameOverlay.EntityBox> byTrack = new HashMap<>();
            overlay.boxes().forEach(b -> byTrack.put(b.trackId(), b));
            for (FrameOverlay.EntityBox box : overlay.boxes()) {
                drawBox(g, box, scale);
            }
            for (Map.Entry<List<Integer>, String> arrow : arrows(overlay).entrySet()) {
                FrameOverlay.EntityBox s = byTrack.get(arrow.getKey().get(0));
                FrameOverlay.EntityBox o = byTrack.get(arrow.getKey().get(1));
                if (s != null && o != null) {
                    drawArrow(g, s, o, arrow.getValue(), scale);
                }
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** One arrow per ordered pair, labelled with up to two of its predicates and how many more. */
    private static Map<List<Integer>, String> arrows(FrameOverlay overlay) {
        return overlay.relations().stream().collect(Collectors.groupingBy(
                r -> List.of(r.subject(), r.object()), LinkedHashMap::new,
                Collectors.mapping(FrameOverlay.Relation::predicate,
                        Collectors.collectingAndThen(Collectors.toCollection(java.util.TreeSet::new),
                                FrameRenderer::shortLabel))));
    }

    private static String shortLabel(java.util.SortedSet<String> predicates) {
        List<String> all = List.copyOf(predicates);
        String shown = String.join(", ", all.subList(0, Math.min(2, all.size())));
        return all.size() > 2 ? shown + " +" + (all.size() - 2) : shown;
    }

    private static void drawBox(Graphics2D g, FrameOverlay.EntityBox b, float scale) {
        Color color = Palette.forTrack(b.trackId());
        g.setColor(color);
        g.setStroke(b.generated()
                ? new BasicStroke(2 * scale, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6 * scale}, 0)
                : new BasicStroke(2.5f * scale));
        g.draw(new java.awt.geom.Rectangle2D.Double(b.x1(), b.y1(), b.x2() - b.x1(), b.y2() - b.y1()));
        label(g, "#" + b.trackId() + " " + b.category(), b.x1(), b.y1(), color);
    }

    /**
     * An arrow between box centres, shifted sideways so that the two directions of a pair run side by side,
     * its label a third of the way from the subject so that the two labels of a pair do not cover each other.
     */
    private static void drawArrow(Graphics2D g, FrameOverlay.EntityBox s, FrameOverlay.EntityBox o, String text,
                                  float scale) {
        double cx1 = (s.x1() + s.x2()) / 2;
        double cy1 = (s.y1() + s.y2()) / 2;
        double cx2 = (o.x1() + o.x2()) / 2;
        double cy2 = (o.y1() + o.y2()) / 2;
        double length = Math.max(1e-6, Math.hypot(cx2 - cx1, cy2 - cy1));
        double shift = 4 * scale;
        double nx = -(cy2 - cy1) / length * shift;
        double ny = (cx2 - cx1) / length * shift;
        double sx = cx1 + nx;
        double sy = cy1 + ny;
        double ox = cx2 + nx;
        double oy = cy2 + ny;
        Color color = Color.WHITE;
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4 * scale));
        g.draw(new Line2D.Double(sx, sy, ox, oy));
        g.setColor(color);
        g.setStroke(new BasicStroke(2 * scale));
        g.draw(new Line2D.Double(sx, sy, ox, oy));
        double angle = Math.atan2(oy - sy, ox - sx);
        double head = 10 * scale;
        Path2D tip = new Path2D.Double();
        tip.moveTo(ox, oy);
        tip.lineTo(ox - head * Math.cos(angle - 0.4), oy - head * Math.sin(angle - 0.4));
        tip.lineTo(ox - head * Math.cos(angle + 0.4), oy - head * Math.sin(angle + 0.4));
        tip.closePath();
        g.fill(tip);
        label(g, text, sx + (ox - sx) / 3, sy + (oy - sy) / 3, new Color(30, 30, 30, 210));
    }

    /** Text on a filled background so it reads on any picture. */
    private static void label(Graphics2D g, String text, double x, double y, Color background) {
        FontMetrics m = g.getFontMetrics();
        int w = m.stringWidth(text) + 6;
        int h = m.getHeight();
        int left = (int) Math.round(x);
        int top = (int) Math.max(0, Math.round(y) - h);
        g.setColor(background);
        g.fillRect(left, top, w, h);
        g.setColor(Color.WHITE);
        g.drawString(text, left + 3, top + m.getAscent());
    }
}
