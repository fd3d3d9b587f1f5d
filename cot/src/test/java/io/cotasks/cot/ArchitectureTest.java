package io.cotasks.cot;

import io.cotasks.store.ModuleArchitecture;

/**
 * The layering rules of {@link ModuleArchitecture} on this module's production classes and sources. Known debt
 * (issue #14): CotGenerator and CotReport (root) dispatch to the STAR and NExT-QA generators and the export
 * prompt, which closes cycles with them; those root-to-subpackage edges are tolerated until that code moves,
 * any other cycle fails.
 */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Layout.of("cot", "io.cotasks.cot").rootRegistryInto("star", "nextqa", "export"));
    }
}
