package io.cotasks.store;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering rules every module checks in its {@code ArchitectureTest} (neo4j/cypher-dsl's
 * {@code PackageAndAPIStructureTests} in spirit): no package cycles, the grammar's generated classes only
 * behind the parser facade, and Cypher written only in {@code store} and the query compiler.
 */
public final class ArchitectureRules {

    /**
     * A clause as Cypher starts it (the DSL has none of these words), or a Cypher {@code RETURN ... AS name}
     * (the DSL's RETURN has no AS).
     */
    private static final Pattern CYPHER = Pattern.compile(
            "\\b(OPTIONAL MATCH|MATCH|MERGE|CREATE|UNWIND|DETACH DELETE|CALL|SHOW)\\s*[($a-zA-Z{]"
                    + "|\\bRETURN\\b.*\\bAS\\s+[A-Za-z_`]");

    private ArchitectureRules() {
    }

    /** The production classes of one module, by its root package (tests and jars left out). */
    public static JavaClasses productionClasses(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
    }

    /** No two packages of the module depend on each other, directly or through others. */
    public static void noPackageCycles(JavaClasses classes) {
        slices().matching("io.cotasks.(**)").should().beFreeOfCycles().check(classes);
    }

    /** Only {@code io.cotasks.query.parser} uses the classes ANTLR generates from {@code Ctq.g4}. */
    public static void grammarOnlyBehindParser(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage("io.cotasks.query.parser..")
                .should().dependOnClassesThat().resideInAPackage("io.cotasks.grammar..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * The string literals (and text blocks) of the main sources under {@code sourceRoot} that contain a
     * Cypher clause, as {@code file:line: literal}; sources under the allowed folders are skipped.
     */
    public static List<String> cypherLiterals(Path sourceRoot, List<Path> allowed) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (allowed.stream().noneMatch(a -> file.startsWith(sourceRoot.resolve(a)))) {
                    for (JavaLiterals.Literal literal : JavaLiterals.of(Files.readString(file))) {
                        if (CYPHER.matcher(literal.text()).find()) {
                            found.add(sourceRoot.relativize(file) + ":" + literal.line() + ": " + literal.text());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
