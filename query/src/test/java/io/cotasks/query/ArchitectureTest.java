package io.cotasks.query;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.cotasks.store.ArchitectureRules;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/** The layering rules of {@link ArchitectureRules}, on this module's production classes and sources. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.productionClasses("io.cotasks.query");
    private static final Path SOURCES = Path.of(System.getProperty("cotasks.root", "..")).resolve("query/src/main/java");

    @Test
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles(CLASSES);
    }

    @Test
    void grammarOnlyBehindTheParser() {
        ArchitectureRules.grammarOnlyBehindParser(CLASSES);
    }

    @Test
    void cypherOnlyInStoreAndTheQueryCompiler() {
        assertThat(ArchitectureRules.cypherLiterals(SOURCES, List.of(Path.of("io/cotasks/query/compile")))).isEmpty();
    }

    @Test
    void astDependsOnlyOnItselfAndTheJdk() {
        classes().that().resideInAPackage("io.cotasks.query.ast..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.cotasks.query.ast..", "java..")
                .check(CLASSES);
    }
}
