package io.cotasks.store;

import com.tngtech.archunit.core.domain.JavaClasses;
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
     * @param folder      the module's folder under the reactor root, holding {@code src/main/java}
     * @param rootPackage its root package
     * @param cypherIn    source folders (relative to {@code src/main/java}) where Cypher text is allowed; null:
     *                    everywhere (the store)
     */
    public record Layout(String folder, String rootPackage, List<Path> cypherIn) {

        /** A module with no Cypher text. */
        public static Layout of(String folder, String rootPackage) {
            return new Layout(folder, rootPackage, List.of());
        }

        /** The same module, where Cypher text may be written under these source folders. */
        public Layout cypherIn(Path... folders) {
            return new Layout(folder, rootPackage, List.of(folders));
        }

        /** The same module, where Cypher text may be written anywhere. */
        public Layout cypherAnywhere() {
            return new Layout(folder, rootPackage, null);
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
        ArchitectureRules.noPackageCycles(classes());
    }

    @Test
    public void grammarOnlyBehindTheParser() {
        ArchitectureRules.grammarOnlyBehindParser(classes());
    }

    /**
     * Outside the places where Cypher is allowed, no string literal holds Cypher. In the store, where it is
     * allowed everywhere, the same detector must find the store's own Cypher: otherwise its silence in the other
     * modules would mean nothing.
     */
    @Test
    public void cypherOnlyInStoreAndTheQueryCompiler() {
        Path sources = Path.of(System.getProperty("cotasks.root", "..")).resolve(layout.folder())
                .resolve("src/main/java");
        assertThat(sources).isDirectory();
        if (layout.cypherIn() == null) {
            assertThat(ArchitectureRules.cypherLiterals(sources, List.of()))
                    .as("the Cypher the detector finds in %s", sources).isNotEmpty();
        } else {
            assertThat(ArchitectureRules.cypherLiterals(sources, layout.cypherIn())).isEmpty();
        }
    }
}
