package io.cotasks.cot.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cotasks.store.CotasksException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What produced the results in an output folder ({@code settings.json}): the model, judge, video input and
 * sampling. Resuming with different settings would mix two experiments in one table, so it is refused.
 *
 * @param model       the model under test
 * @param judgeModel  the judge model, or null
 * @param video       how videos were sent: {@code none}, {@code url} or {@code frames:N}
 * @param temperature sampling temperature
 * @param maxTokens   the answer budget
 * @param cotTokens   the CoT token budget
 */
public record RunManifest(String model, String judgeModel, String video, double temperature, int maxTokens,
                          int cotTokens) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    public static final String FILE = "settings.json";

    /** Writes this manifest into {@code dir}, or checks it against the one an earlier run wrote there. */
    public void checkOrWrite(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            if (!Files.exists(file)) {
                JSON.writeValue(file.toFile(), this);
                return;
            }
            RunManifest earlier;
            try {
                earlier = JSON.readValue(file.toFile(), RunManifest.class);
            } catch (IOException e) {
                throw new CotasksException(io.cotasks.cot.JsonErrors.describe(file, e)
                        + " (the run manifest; delete it or pass another --out)");
            }
            Map<String, Object[]> fields = new LinkedHashMap<>();
            fields.put("model", new Object[]{earlier.model, model});
            fields.put("judgeModel", new Object[]{earlier.judgeModel, judgeModel});
            fields.put("video", new Object[]{earlier.video, video});
            fields.put("temperature", new Object[]{earlier.temperature, temperature});
            fields.put("maxTokens", new Object[]{earlier.maxTokens, maxTokens});
            fields.put("cotTokens", new Object[]{earlier.cotTokens, cotTokens});
            for (Map.Entry<String, Object[]> f : fields.entrySet()) {
                if (!Objects.equals(f.getValue()[0], f.getValue()[1])) {
                    throw new CotasksException(file + ": " + f.getKey() + ": the results here were made with "
                            + f.getValue()[0] + ", this run uses " + f.getValue()[1]
                            + "; pass another --out to start a new experiment", CotasksException.USAGE, null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
