package io.cotasks.app;

import io.cotasks.ingest.video.DetectorSpec;
import io.cotasks.store.CotasksException;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The {@code --detectors} list of {@code bench perception} and {@code eval perception}. */
public final class DetectorNames {

    @Option(names = "--detectors", paramLabel = "NAMES", split = ",", defaultValue = "centernet,movenet,hog",
            description = "Shipped detectors to run, in this order (default: ${DEFAULT-VALUE}).")
    List<String> names;

    /** The spec of each named detector, in order; an unknown name is a usage error naming {@code --detectors}. */
    List<DetectorSpec> specs(Function<String, DetectorSpec> spec) {
        List<DetectorSpec> specs = new ArrayList<>();
        try {
            for (String name : names) {
                specs.add(spec.apply(name));
            }
        } catch (IllegalArgumentException e) {
            throw new CotasksException(e.getMessage().replace("--detector:", "--detectors:"), CotasksException.USAGE, null);
        }
        return specs;
    }
}
