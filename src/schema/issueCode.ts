import type { Bilingual } from './primitives.js';

/**
 * How a schema check names the library's error code for its failure. zod's built-in checks (a regex, a
 * minimum) report zod's own codes (`invalid_format`, `too_small`) and messages that may quote a regular
 * expression; where the library has a more precise code (`invalid_date`, `negative_amount`) or a plainer
 * explanation, the check carries a tag as its message, and the error layer reads the code and the
 * explanation back with {@link tagOf}. Messages for people come from the error layer in both languages.
 */
const PREFIX = 'quality-rewards:';

/** What a tag stands for. */
export interface IssueTag {
  readonly code: string;
  readonly detail?: Bilingual;
}

const tags = new Map<string, IssueTag>();

/** Check parameters that tag a failed check with a library error code and, optionally, an explanation. */
export function withCode(code: string, detail?: Bilingual): { error: () => string } {
  const message = `${PREFIX}${tags.size}`;
  tags.set(message, detail === undefined ? { code } : { code, detail });
  return { error: () => message };
}

/** The tag a failed check carried, or `undefined`. */
export function tagOf(message: string | undefined): IssueTag | undefined {
  return message?.startsWith(PREFIX) ? tags.get(message) : undefined;
}
