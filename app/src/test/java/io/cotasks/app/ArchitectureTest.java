package io.cotasks.app;

import io.cotasks.store.ModuleArchitecture;

/** The layering rules of {@link ModuleArchitecture} on this module's production classes and sources. */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Layout.of("app", "io.cotasks.app"));
    }
}
