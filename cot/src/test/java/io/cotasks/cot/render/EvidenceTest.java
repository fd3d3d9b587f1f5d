package io.cotasks.cot.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Evidence#number} writes what {@code String.format("%.2f")} without its trailing zeros wrote before. */
class EvidenceTest {

    @Test
    void numbersAsTheFormatterWroteThem() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.005, 0.015, 0.125, 1.005, 2.675, 1.115, 0.995,
                9.995, 99.995, 10.0, 100.5, 1e20, 1e-7, -1.005, -0.001, 123456789.125, Double.MIN_VALUE,
                Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 20_000; i++) {
            values.add(random.nextInt(100_000) / (random.nextInt(60) + 1 + random.nextDouble())); // frames / fps
            values.add(random.nextInt(100_000) / 1000.0 + 0.005);                                   // ties
            values.add(Double.longBitsToDouble(random.nextLong()));                                 // any double
        }
        for (double v : values) {
            assertThat(Evidence.number(v)).as("%s", v).isEqualTo(formatted(v));
        }
        assertThat(Evidence.secs(12.3, 18.0)).isEqualTo("12.3-18s");
    }

    /** The former implementation. */
    private static String formatted(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
