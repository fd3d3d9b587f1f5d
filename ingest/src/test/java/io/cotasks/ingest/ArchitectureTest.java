package io.cotasks.ingest;

import io.cotasks.store.ModuleArchitecture;

/**
 * The layering rules of {@link ModuleArchitecture} on this module's production classes and sources. Known debt
 * (issue #14): Sources (root) lists the dataset adapters, which closes cycles with them; those
 * root-to-subpackage edges are tolerated until that code moves, any other cycle fails.
 */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Layout.of("ingest", "io.cotasks.ingest").rootRegistryInto("star", "nextqa", "vidor"));
    }
}
