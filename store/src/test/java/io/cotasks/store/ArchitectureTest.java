package io.cotasks.store;

/** The layering rules of {@link ModuleArchitecture} on the store's production classes (its Cypher is allowed). */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Layout.of("store", "io.cotasks.store").cypherAnywhere());
    }
}
