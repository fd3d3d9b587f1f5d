package io.cotasks.store;

/**
 * The layering rules of {@link ModuleArchitecture} on the store's production classes. Its Cypher is allowed
 * everywhere, so the Cypher rule checks here that its detector finds the store's Cypher.
 */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Layout.of("store", "io.cotasks.store").cypherAnywhere());
    }
}
