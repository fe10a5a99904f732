import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/errors/suggest.js';

/* Did-you-mean for an unknown name (a kind, a jurisdiction, a field, a reading id): the known names
 * within a few edits, closest first; never a correction. */

describe('suggest: how far a known name may be from what was written', () => {
  it('one edit for a short word (up to five letters), one more per three letters, at most three', () => {
    expect(suggest('ab', ['ax', 'xy'])).toEqual(['ax']);
    expect(suggest('abcde', ['abxde', 'axxde'])).toEqual(['abxde']);
    expect(suggest('abcdef', ['abxxef', 'axxxef'])).toEqual(['abxxef']);
    expect(suggest('abcdefghi', ['axxxefghi', 'xxxxefghi'])).toEqual(['axxxefghi']);
    expect(suggest('abcdefghijklmnop', ['xxxdefghijklmnop', 'xxxxefghijklmnop'])).toEqual(['xxxdefghijklmnop']);
  });
  it('a name longer or shorter by more than the allowed edits is not considered', () => {
    expect(suggest('abc', ['abcd', 'abcde'])).toEqual(['abcd']);
    expect(suggest('abcdef', ['abcd', 'abcdefgh', 'abcdefghi'])).toEqual(['abcd', 'abcdefgh']);
  });
  it('insertion, deletion, substitution and a swap of two neighbouring letters each count as one edit', () => {
    expect(suggest('rank', ['ranks'])).toEqual(['ranks']);
    expect(suggest('ranks', ['rank'])).toEqual(['rank']);
    expect(suggest('rank', ['bank'])).toEqual(['bank']);
    expect(suggest('rnak', ['rank'])).toEqual(['rank']);
    // Two swaps, or a swap plus a substitution, are two edits: too far for a four-letter word.
    expect(suggest('rnka', ['rank'])).toEqual([]);
    expect(suggest('rnaj', ['rank'])).toEqual([]);
  });
  it('the swap counts only for two neighbouring letters exchanged, not for two different letters', () => {
    // "ab" → "cd" is two substitutions (not a swap); within two edits for a six-letter word.
    expect(suggest('xxabxx', ['xxcdxx'])).toEqual(['xxcdxx']);
    expect(suggest('xxab', ['xxcd'])).toEqual([]);
  });
  it('letters added or dropped at the start count too: a name closer by one edit comes first', () => {
    expect(suggest('xxabcdef', ['abcdef', 'xxabcdeg'])).toEqual(['xxabcdeg', 'abcdef']);
    expect(suggest('abcdef', ['xxabcdef', 'abcdeg'])).toEqual(['abcdeg', 'xxabcdef']);
  });
  it('a swap is two neighbouring letters exchanged both ways: one letter matching is not a swap', () => {
    expect(suggest('abcdef', ['abdcef', 'abdxef'])).toEqual(['abdcef', 'abdxef']);
    expect(suggest('abcd', ['abdd'])).toEqual(['abdd']);
    expect(suggest('abcd', ['acbd', 'adcb'])).toEqual(['acbd']);
  });
  it('case does not count as an edit; the name written exactly is not suggested back', () => {
    expect(suggest('RANK', ['rank'])).toEqual(['rank']);
    expect(suggest('rank', ['rank', 'bank'])).toEqual(['bank']);
  });
  it('closest first; at one distance in alphabetical order; three at most unless asked', () => {
    const known = ['abce', 'abcf', 'abcd', 'abxx', 'abcg'];
    expect(suggest('abcz', known)).toEqual(['abcd', 'abce', 'abcf']);
    expect(suggest('abcz', known, 4)).toEqual(['abcd', 'abce', 'abcf', 'abcg']);
    expect(suggest('abcdef', ['abxxef', 'abcdex'])).toEqual(['abcdex', 'abxxef']);
  });
  it('nothing written, or more than 100 characters → no suggestion at all', () => {
    expect(suggest('', ['a', ''])).toEqual([]);
    const long = 'a'.repeat(101);
    expect(suggest(long, [`${long}b`, 'a'.repeat(100)])).toEqual([]);
    expect(suggest('a'.repeat(100), ['a'.repeat(99)])).toEqual(['a'.repeat(99)]);
  });
  it('property: a suggestion is never the name written, and never more than three edits away in length', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }),
        (w, known) => {
          const out = suggest(w, known);
          expect(out.length).toBeLessThanOrEqual(3);
          for (const name of out) {
            expect(name).not.toBe(w);
            expect(known).toContain(name);
            expect(Math.abs(name.length - w.length)).toBeLessThanOrEqual(3);
          }
        },
      ),
    );
  });
});
