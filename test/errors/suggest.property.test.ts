import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/errors/suggest.js';

/** The optimal string alignment distance, every cell computed: what `suggest` must agree with. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i + j));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

/** Did-you-mean as its contract states it, with the distance computed in full. */
function reference(written: string, known: readonly string[], max = 3): string[] {
  if (written.length === 0 || written.length > 100) return [];
  const limit = Math.max(1, Math.min(3, Math.floor(written.length / 3)));
  return known
    .filter((name) => Math.abs(name.length - written.length) <= limit && name !== written)
    .map((name) => [name, fullDistance(written.toLowerCase(), name.toLowerCase())] as const)
    .filter(([, distance]) => distance <= limit)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([name]) => name);
}

describe('suggest stops comparing a name once it is sure to be too far, and suggests the same names', () => {
  it('names over a small alphabet (many near misses, swaps and repeats)', () => {
    const word = fc.stringMatching(/^[a-cA]{0,10}$/);
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (written, known, max) => {
        expect(suggest(written, known, max)).toEqual(reference(written, known, max));
      }),
      { numRuns: 3000 },
    );
  });

  it('any strings', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 14 }),
        fc.array(fc.string({ maxLength: 16 }), { maxLength: 20 }),
        (w, known) => {
          expect(suggest(w, known)).toEqual(reference(w, known));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
