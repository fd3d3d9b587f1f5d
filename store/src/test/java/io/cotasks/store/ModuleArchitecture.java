package io.cotasks.store;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one rule set of {@link ArchitectureRules} as tests: each module's {@code ArchitectureTest} extends this
 * class with its {@link Layout} and adds only the rules that are its own. The module's classes are imported
 * once per test class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModuleArchitecture {

    /**
     * What the rules need to know about one module.
     *
     * @param folder       the module's folder under the reactor root, holding {@code src/main/java}
     * @param rootPackage  its root package
     * @param registryInto subpackages the root package may reach into although they use it (known debt, issue
     *                     #14: a registry of implementations kept in the root); empty: no cycle at all
     * @param cypherIn     source folders (relative to {@code src/main/java}) where Cypher text is allowed; null:
     *                     everywhere (the store)
     */
    public record Layout(String folder, String rootPackage, List<String> registryInto, List<Path> cypherIn) {

        /** A module with no tolerated cycle and no Cypher text. */
        public static Layout of(String folder, String rootPackage) {
            return new Layout(folder, rootPackage, List.of(), List.of());
        }

        /** The same module, tolerating its root package's edges into these subpackages. */
        public Layout rootRegistryInto(String... subpackages) {
            return new Layout(folder, rootPackage, List.of(subpackages), cypherIn);
        }

        /** The same module, where Cypher text may be written under these source folders. */
        public Layout cypherIn(Path... folders) {
            return new Layout(folder, rootPackage, registryInto, List.of(folders));
        }

        /** The same module, where Cypher text may be written anywhere. */
        public Layout cypherAnywhere() {
            return new Layout(folder, rootPackage, registryInto, null);
        }
    }

    private final Layout layout;
    private JavaClasses classes;

    protected ModuleArchitecture(Layout layout) {
        this.layout = layout;
    }

    /** The module's production classes (imported on first use). */
    protected final JavaClasses classes() {
        if (classes == null) {
            classes = ArchitectureRules.productionClasses(layout.rootPackage());
        }
        return classes;
    }

    @Test
    public void noPackageCycles() {
        if (layout.registryInto().isEmpty()) {
            ArchitectureRules.noPackageCycles(classes());
        } else {
            ArchitectureRules.noPackageCyclesButRootInto(classes(), layout.rootPackage(),
                    layout.registryInto().toArray(String[]::new));
        }
    }

    @Test
    public void grammarOnlyBehindTheParser() {
        ArchitectureRules.grammarOnlyBehindParser(classes());
    }

    @Test
    public void cypherOnlyInStoreAndTheQueryCompiler() {
        Assumptions.assumeTrue(layout.cypherIn() != null, "this module may write Cypher anywhere");
        Path sources = Path.of(System.getProperty("cotasks.root", "..")).resolve(layout.folder())
                .resolve("src/main/java");
        assertThat(sources).isDirectory();
        assertThat(ArchitectureRules.cypherLiterals(sources, layout.cypherIn())).isEmpty();
    }
}
