/**
 * Freezes a value and everything reachable from it, so shared policy data and results cannot be changed
 * by anyone. What is already frozen is not walked again: the compiled citations and messages a result
 * shares with its policy are frozen once, when the policy is compiled.
 *
 * It walks own enumerable string keys (`Object.keys`), not symbols or hidden properties: everything it
 * is given is plain data the library built or parsed (zod output, the bundled data files, results), and
 * `Object.keys` is several times cheaper per object than `Reflect.ownKeys` on the evaluate path.
 */
export function deepFreeze<T>(value: T): T {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the type tests are a fast path: Object.isFrozen is true of every primitive and of null.
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // Stryker disable next-line ConditionalExpression: a fast path: walked by Object.keys, an array's elements are frozen the same.
  if (Array.isArray(value)) {
    // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which deepFreeze returns untouched.
    for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  } else {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    // Stryker disable next-line EqualityOperator: one step past the end reads record['undefined'], frozen already if it exists.
    for (let i = 0; i < keys.length; i++) deepFreeze(record[keys[i] as string]);
  }
  return value;
}
