import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { library } from '../policies/index.js';

/** Every `quote` and reading `literal` anywhere in a policy, with where it stands. */
function quotesOf(value: unknown, path = ''): { path: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => quotesOf(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    (key === 'quote' || key === 'literal') && typeof v === 'string' ? [{ path: `${path}.${key}`, text: v }] : quotesOf(v, `${path}.${key}`),
  );
}

describe('every quoted substring occurs verbatim in the kept source text', () => {
  for (const policy of library.policies) {
    it(`${policy.id}: all quotes and literals are in policies/${policy.id}.source.txt`, () => {
      const source = readFileSync(new URL(`../policies/${policy.id}.source.txt`, import.meta.url), 'utf8');
      const quotes = quotesOf(policy);
      expect(quotes.length).toBeGreaterThan(policy.rules.length);
      const missing = quotes.filter((q) => !source.includes(q.text));
      expect(missing).toEqual([]);
    });
  }
});

describe('the kept source texts are the texts as received', () => {
  it('every bundled policy has its source text kept beside it', () => {
    for (const policy of library.policies) {
      expect(readFileSync(new URL(`../policies/${policy.id}.source.txt`, import.meta.url), 'utf8').length).toBeGreaterThan(1000);
    }
  });
});
