package io.cotasks.datasets;

import io.cotasks.store.ModuleArchitecture;

/** The layering rules of {@link ModuleArchitecture} on this module's production classes and sources. */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Layout.of("datasets", "io.cotasks.datasets"));
    }
}
