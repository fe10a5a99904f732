/**
 * The one frozen empty list of the engine: every empty list of a result is this object, so a result
 * with nothing to list allocates nothing, and the engine knows it frozen by identity (`list === NONE`)
 * instead of asking `Object.isFrozen`, which costs tens of nanoseconds a call in V8.
 */
export const NONE: readonly never[] = Object.freeze([]);
