package io.cotasks.ingest.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link Timeline} with Java2D (headless): one row per entity pair, each event a bar over its frames
 * coloured by predicate, a time axis in seconds, and a legend of the predicates. This is how the temporal
 * relation step looks to a person: bars that precede, meet, overlap or contain each other.
 */
public final class TimelineRenderer {

    private static final int WIDTH = 1200;
    private static final int LABEL_WIDTH = 240;
    private static final int ROW_HEIGHT = 22;
    private static final int LANE_HEIGHT = 9;
    private static final int TOP = 40;
    private static final int AXIS = 30;
    private static final int LEGEND_ROW = 20;

    private TimelineRenderer() {
    }

    /** The timeline as an image {@value #WIDTH} pixels wide; the height grows with the rows and legend. */
    public static BufferedImage render(Timeline timeline) {
        Map<String, Color> colors = new LinkedHashMap<>();
        timeline.rows().forEach(r -> r.spans().forEach(s -> colors.computeIfAbsent(s.predicate(),
                p -> Palette.at(colors.size()))));
        int legendRows = (colors.size() + 5) / 6;
        int height = TOP + rowsHeight(timeline) + AXIS + legendRows * LEGEND_ROW + 20;
        BufferedImage out = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.setColor(Color.BLACK);
            g.drawString("Events of video " + timeline.videoId() + " (one row per entity pair)", 10, 24);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            int frames = Math.max(1, timeline.frameCount());
            drawRows(g, timeline, colors, frames);
            int axisY = TOP + rowsHeight(timeline);
            drawAxis(g, timeline, frames, axisY);
            drawLegend(g, colors, axisY + AXIS);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static double x(int frame, int frames) {
        return LABEL_WIDTH + (WIDTH - LABEL_WIDTH - 20) * (double) frame / frames;
    }

    /**
     * The lane of each span of a row: events of one pair that overlap in time go to separate lanes (first
     * lane free at their begin), so that no bar hides another.
     */
    static int[] lanes(Timeline.Row row) {
        int[] lane = new int[row.spans().size()];
        java.util.List<Integer> laneEnds = new java.util.ArrayList<>();
        java.util.List<Integer> order = new java.util.ArrayList<>();
        for (int i = 0; i < lane.length; i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingInt((Integer i) -> row.spans().get(i).begin())
                .thenComparingInt(i -> row.spans().get(i).end()));
        for (int i : order) {
            Timeline.Span s = row.spans().get(i);
            int free = 0;
            while (free < laneEnds.size() && laneEnds.get(free) > s.begin()) {
                free++;
            }
            if (free == laneEnds.size()) {
                laneEnds.add(s.end());
            } else {
                laneEnds.set(free, s.end());
            }
            lane[i] = free;
        }
        return lane;
    }

    /** A row's height in pixels: one line, or more when its events need several lanes. */
    static int rowHeight(Timeline.Row row) {
        int lanes = java.util.Arrays.stream(lanes(row)).max().orElse(0) + 1;
        return Math.max(ROW_HEIGHT, 6 + lanes * LANE_HEIGHT);
    }

    private static int rowsHeight(Timeline timeline) {
        return timeline.rows().isEmpty() ? ROW_HEIGHT
                : timeline.rows().stream().mapToInt(TimelineRenderer::rowHeight).sum();
    }

    private static void drawRows(Graphics2D g, Timeline timeline, Map<String, Color> colors, int frames) {
        FontMetrics m = g.getFontMetrics();
        int y = TOP;
        for (int i = 0; i < timeline.rows().size(); i++) {
            Timeline.Row row = timeline.rows().get(i);
            int height = rowHeight(row);
            int[] lane = lanes(row);
            int lanes = java.util.Arrays.stream(lane).max().orElse(0) + 1;
            int barHeight = lanes == 1 ? ROW_HEIGHT - 8 : LANE_HEIGHT - 1;
            g.setColor(i % 2 == 0 ? new Color(245, 245, 245) : Color.WHITE);
            g.fillRect(0, y, WIDTH, height);
            g.setColor(Color.DARK_GRAY);
            g.drawString(fit(row.label(), m, LABEL_WIDTH - 10), 8, y + height / 2 + m.getAscent() / 2 - 1);
            for (int k = 0; k < row.spans().size(); k++) {
                Timeline.Span s = row.spans().get(k);
                double x1 = x(s.begin(), frames);
                double x2 = Math.max(x1 + 2, x(s.end(), frames));
                g.setColor(colors.get(s.predicate()));
                g.fillRect((int) Math.round(x1), y + 4 + lane[k] * LANE_HEIGHT, (int) Math.round(x2 - x1), barHeight);
            }
            y += height;
        }
    }

    private static void drawAxis(Graphics2D g, Timeline timeline, int frames, int y) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1));
        g.drawLine(LABEL_WIDTH, y + 2, WIDTH - 20, y + 2);
        boolean seconds = timeline.fps() > 0;
        double length = seconds ? frames / timeline.fps() : frames;
        double step = niceStep(length / 10);
        for (double t = 0; t <= length + 1e-9; t += step) {
            int frame = (int) Math.round(seconds ? t * timeline.fps() : t);
            int px = (int) Math.round(x(frame, frames));
            g.drawLine(px, y + 2, px, y + 7);
            String text = seconds ? String.format(Locale.ROOT, "%ss", trim(t)) : Integer.toString(frame);
            g.drawString(text, px - g.getFontMetrics().stringWidth(text) / 2, y + 20);
        }
    }

    private static void drawLegend(Graphics2D g, Map<String, Color> colors, int y) {
        int i = 0;
        for (Map.Entry<String, Color> e : colors.entrySet()) {
            int col = i % 6;
            int row = i / 6;
            int px = 10 + col * 195;
            int py = y + row * LEGEND_ROW;
            g.setColor(e.getValue());
            g.fillRect(px, py + 4, 14, 12);
            g.setColor(Color.BLACK);
            g.drawString(fit(e.getKey(), g.getFontMetrics(), 170), px + 20, py + 15);
            i++;
        }
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        for (double f : new double[] {1, 2, 5, 10}) {
            if (f * magnitude >= raw) {
                return f * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fit(String text, FontMetrics m, int width) {
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && m.stringWidth(cut + "...") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }
}
