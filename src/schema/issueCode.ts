/**
 * How a schema check names the library's error code for its failure. zod's built-in checks (a regex, a
 * minimum) report zod's own codes (`invalid_format`, `too_small`); where the library has a more precise
 * code (`invalid_date`, `negative_amount`), the check carries it as its message, and the error layer
 * reads it back with {@link codeFromMessage}. No text meant for people is stored this way: messages come
 * from the error layer in both languages.
 */
const PREFIX = 'quality-rewards:';

/** Check parameters that tag a failed check with a library error code. */
export function withCode(code: string): { error: () => string } {
  const message = PREFIX + code;
  return { error: () => message };
}

/** The library error code a check was tagged with, or `undefined`. */
export function codeFromMessage(message: string | undefined): string | undefined {
  return message?.startsWith(PREFIX) ? message.slice(PREFIX.length) : undefined;
}
