package io.cotasks.app.repl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cotasks.query.StatementResult;
import io.cotasks.store.CotasksException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints statement results as an aligned table, JSON or CSV. */
public final class ResultPrinter {

    /** Output formats of {@code cotasks query --format}. */
    public enum Format { TABLE, JSON, CSV }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final int MAX_CELL = 80;

    private final Format format;
    private final PrintWriter out;
    private final PrintWriter notes;

    /** Prints results and their notes to {@code out}. */
    public ResultPrinter(Format format, PrintWriter out) {
        this(format, out, out);
    }

    /** Prints results to {@code out}; the notes of JSON and CSV results go to {@code notes}, to keep out parseable. */
    public ResultPrinter(Format format, PrintWriter out, PrintWriter notes) {
        this.format = format;
        this.out = out;
        this.notes = notes;
    }

    public void print(StatementResult r) {
        switch (format) {
            case JSON -> json(r);
            case CSV -> csv(r);
            default -> table(r);
        }
        PrintWriter to = format == Format.TABLE ? out : notes;
        r.notes().forEach(note -> to.println("note: " + note));
        out.flush();
        to.flush();
    }

    private void json(StatementResult r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : r.rows()) {
            Map<String, Object> ordered = new LinkedHashMap<>();
            r.columns().forEach(c -> ordered.put(c, row.get(c)));
            rows.add(ordered);
        }
        try {
            out.println(JSON.writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new CotasksException("cannot write JSON: " + e.getOriginalMessage());
        }
    }

    private void csv(StatementResult r) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(r.columns().toArray(String[]::new)).get());
            for (Map<String, Object> row : r.rows()) {
                List<String> cells = new ArrayList<>();
                r.columns().forEach(c -> cells.add(row.get(c) instanceof Double d ? d.toString()
                        : cell(row.get(c), Integer.MAX_VALUE)));
                csv.printRecord(cells);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void table(StatementResult r) {
        if (r.columns().equals(List.of("cypher", "parameters")) && r.rows().size() == 1) {
            out.println(r.cypher());
            out.println("parameters: " + cell(r.parameters(), Integer.MAX_VALUE));
            return;
        }
        List<String> columns = r.columns();
        int[] width = new int[columns.size()];
        List<String[]> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            width[i] = columns.get(i).length();
        }
        for (Map<String, Object> row : r.rows()) {
            String[] line = new String[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                line[i] = cell(row.get(columns.get(i)), MAX_CELL);
                width[i] = Math.max(width[i], line[i].length());
            }
            cells.add(line);
        }
        out.println(line(columns.toArray(String[]::new), width));
        StringBuilder rule = new StringBuilder();
        for (int w : width) {
            rule.append(rule.length() == 0 ? "" : "-+-").append("-".repeat(w));
        }
        out.println(rule);
        cells.forEach(c -> out.println(line(c, width)));
        out.println("(" + r.rows().size() + (r.rows().size() == 1 ? " row)" : " rows)"));
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? "" : " | ").append(String.format(Locale.ROOT, "%-" + Math.max(1, width[i]) + "s", cells[i]));
        }
        return sb.toString().stripTrailing();
    }

    static String cell(Object value, int max) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof Map<?, ?> || value instanceof List<?>) {
            try {
                text = COMPACT.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                text = String.valueOf(value);
            }
        } else if (value instanceof Double d) {
            text = d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) + ".0"
                    : String.format(Locale.ROOT, "%.3f", d);
        } else {
            text = String.valueOf(value);
        }
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
