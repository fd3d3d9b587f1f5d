package io.cotasks.cot.eval;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Writes a {@link ReportTable} as Markdown, CSV and a PNG bar chart. */
public final class ReportWriter {

    private static final String NONE = "–";

    private ReportWriter() {
    }

    /** The Markdown table, then the per-run error counts. */
    public static String markdown(ReportTable table) {
        StringBuilder md = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("Category", "n"));
        for (Metric metric : table.metrics()) {
            for (Run run : table.runs()) {
                header.add(metric.title() + " " + run.title());
            }
            if (table.runs().size() == 2) {
                header.add(metric.title() + " Δ");
            }
        }
        md.append("| ").append(String.join(" | ", header)).append(" |\n|");
        md.append("---|").append("---:|".repeat(header.size() - 1)).append('\n');
        for (ReportTable.Row row : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.category().name(), String.valueOf(row.questions())));
            for (Metric metric : table.metrics()) {
                for (Run run : table.runs()) {
                    cells.add(format(row.value(metric, run), false));
                }
                if (table.runs().size() == 2) {
                    cells.add(format(row.delta(metric), true));
                }
            }
            md.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        md.append("\n| Run | answered | malformed | failed | judged | judge malformed | judge failed |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Run run : table.runs()) {
            ReportTable.Counts c = table.errors().get(run);
            md.append("| ").append(run.title()).append(" | ").append(c.answered()).append(" | ").append(c.malformed())
                    .append(" | ").append(c.failed()).append(" | ").append(c.judged()).append(" | ")
                    .append(c.judgeMalformed()).append(" | ").append(c.judgeFailed()).append(" |\n");
        }
        return md.toString();
    }

    /** One row per category: {@code category,n,<metric>_<run>...,<metric>_delta}, two decimals, empty when none. */
    public static String csv(ReportTable table) {
        List<String> header = new ArrayList<>(List.of("category", "n"));
        for (Metric metric : table.metrics()) {
            for (Run run : table.runs()) {
                header.add(metric.column() + "_" + run.id());
            }
            if (table.runs().size() == 2) {
                header.add(metric.column() + "_delta");
            }
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\n").get().print(out)) {
            for (ReportTable.Row row : table.rows()) {
                List<String> cells = new ArrayList<>(List.of(row.category().name(), String.valueOf(row.questions())));
                for (Metric metric : table.metrics()) {
                    for (Run run : table.runs()) {
                        cells.add(plain(row.value(metric, run)));
                    }
                    if (table.runs().size() == 2) {
                        cells.add(plain(row.delta(metric)));
                    }
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A grouped bar chart of one metric per category, one bar per run. */
    public static void png(ReportTable table, Metric metric, String title, Path file) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ReportTable.Row row : table.rows()) {
            if (row.questions() == 0) {
                continue;
            }
            for (Run run : table.runs()) {
                OptionalDouble value = row.value(metric, run);
                data.addValue(value.isPresent() ? value.getAsDouble() : 0.0, run.title(), row.category().name());
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(title, "Question type", metric.title() + " (%)", data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.GRAY);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, 1100, 500);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code report.md}, {@code report.csv} and {@code chart.png} into {@code dir}. */
    public static void writeAll(ReportTable table, String title, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("report.md"), "# " + title + "\n\n" + markdown(table), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("report.csv"), csv(table), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
        png(table, table.metrics().get(0), title, dir.resolve("chart.png"));
    }

    private static String format(OptionalDouble value, boolean signed) {
        if (value.isEmpty()) {
            return NONE;
        }
        return String.format(Locale.ROOT, signed ? "%+.1f" : "%.1f", value.getAsDouble());
    }

    private static String plain(OptionalDouble value) {
        return value.isEmpty() ? "" : String.format(Locale.ROOT, "%.2f", value.getAsDouble());
    }
}
