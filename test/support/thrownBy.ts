/**
 * The error of class `type` that `call` throws. Anything else it throws is thrown again (a bug shows with
 * its own stack), and a call that does not throw fails the test.
 */
export function thrownBy<E extends Error>(type: abstract new (...args: never[]) => E, call: () => unknown): E {
  try {
    call();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}
