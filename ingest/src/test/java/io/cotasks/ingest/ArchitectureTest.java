package io.cotasks.ingest;

import io.cotasks.store.ModuleArchitecture;

/**
 * The layering rules of {@link ModuleArchitecture} on this module's production classes and sources. The root
 * package holds what every adapter shares; the registry of adapters by {@code --source} name sits in
 * {@code ingest.sources}, above them, so no cycle is tolerated.
 */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Layout.of("ingest", "io.cotasks.ingest"));
    }
}
