package io.cotasks.query;

import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import io.cotasks.store.ModuleArchitecture;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;


/**
 * The layering rules of {@link ModuleArchitecture} on this module's production classes and sources (Cypher
 * only in the compiler), and the query module's own: the AST stands alone.
 */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Layout.of("query", "io.cotasks.query").cypherIn(Path.of("io/cotasks/query/compile")));
    }

    @Test
    void astDependsOnlyOnItselfAndTheJdk() {
        ArchRuleDefinition.classes().that().resideInAPackage("io.cotasks.query.ast..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.cotasks.query.ast..", "java..")
                .check(classes());
    }
}
