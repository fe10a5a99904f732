import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { library } from '../policies/index.js';

/** Every `quote` and reading `literal` anywhere in a policy, with where it stands. */
function quotesOf(value: unknown, path = ''): { path: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => quotesOf(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    (key === 'quote' || key === 'literal') && typeof v === 'string'
      ? [{ path: `${path}.${key}`, text: v }]
      : quotesOf(v, `${path}.${key}`),
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

/** SHA-256 of each text as received (shared/policies/*.txt), so an edited copy is caught. */
const RECEIVED: Record<string, string> = {
  'changle-2020': '38a6ce379f57a86fbe28b859d0d543f288717362dfe265a01357f55afe81239f',
  'minhang-2022': '020b5792d8a4f7c37a335a30ede1026d616d1e856e1ad077c2ca8120bc8a3a96',
  'shenzhen-draft': '7afdd1abff3c2ddf1842bb18741c39ee235b8afbe4fba023b5cda5cf0369a4f7',
  'taizhou-2023': '4b06e4e954bab96f0f11f4917d2d6d3ad1de321d565b7ec88295c753cd35f012',
  'zhengzhou-2019': '604f91c3fa77b5839404d8bfc609f63b10e987f78b8f359b31ad3aa739270bb3',
};

describe('the kept source texts are the texts as received', () => {
  for (const [id, sha256] of Object.entries(RECEIVED)) {
    it(`policies/${id}.source.txt is byte for byte the received text`, () => {
      const bytes = readFileSync(new URL(`../policies/${id}.source.txt`, import.meta.url));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
    });
  }
  it('every bundled policy has its received text kept beside it', () => {
    expect(library.policies.map((p) => p.id).filter((id) => !(id in RECEIVED))).toEqual([]);
  });
});
