package io.cotasks.cot;

import io.cotasks.store.ModuleArchitecture;

/**
 * The layering rules of {@link ModuleArchitecture} on this module's production classes and sources. The root
 * package holds the types every generator shares; the generator that dispatches to STAR and NExT-QA sits in
 * {@code cot.generator}, above them, so no cycle is tolerated.
 */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Layout.of("cot", "io.cotasks.cot"));
    }
}
