package io.cotasks.store;

/**
 * A video as a unit's write found it, once its node is merged and locked.
 *
 * @param slot      the unit's origin's index in the video's {@code origins}
 * @param known     true when that origin had written to the video before (so there is something to replace)
 * @param populated true when the video had entities or events
 * @param handle    the backend's handle on the video node (the Core API node), or null over Cypher
 */
record VideoState(long slot, boolean known, boolean populated, Object handle) {
}
