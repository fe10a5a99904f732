import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/memo/boundedMemo.js';

describe('boundedMemo: answers worked out once, at most `limit` kept', () => {
  it('the same key is worked out once; its answer, null included, is given again', () => {
    const remember = boundedMemo<string | null>(10);
    let calls = 0;
    const work = () => {
      calls += 1;
      return null;
    };
    expect(remember('a', work)).toBeNull();
    expect(remember('a', work)).toBeNull();
    expect(calls).toBe(1);
  });

  it('past the limit the oldest answer is let go and worked out again when asked; the newer ones stay', () => {
    const remember = boundedMemo<number>(2);
    const asked: string[] = [];
    const work = (key: string) => () => {
      asked.push(key);
      return key.length;
    };
    for (const key of ['a', 'bb', 'ccc', 'bb', 'ccc', 'a']) remember(key, work(key));
    expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
