package io.cotasks.store;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The layering rules of {@link ArchitectureRules} on the store's production classes (its Cypher is allowed). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.productionClasses("io.cotasks.store");

    @Test
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles(CLASSES);
    }

    @Test
    void grammarOnlyBehindTheParser() {
        ArchitectureRules.grammarOnlyBehindParser(CLASSES);
    }
}
