import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/runCliInProcess.js';

/**
 * The batch command on worker threads, apart from the rest of its suite: it takes seconds, and its workers
 * load the sources afresh, so the mutation run (which switches mutants on in this thread only) leaves it out.
 */

/** 中国质量奖 for applicant `id` in a jurisdiction: 长乐 三(二)1 → 200万元, 郑州 第3条 → 500万元. */
function request(id: string, jurisdiction: string) {
  const achievement = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' };
  return JSON.stringify({ id, achievements: [achievement], jurisdiction, date: '2024-06-01' });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('quality-rewards batch on worker threads', () => {
  it('--workers 2 gives the same output as one thread (worker threads running the TypeScript source)', async () => {
    const many = Array.from({ length: 600 }, (_, i) =>
      i === 300 ? '[]' : request(`C-${i}`, i % 2 ? 'changle' : 'zhengzhou'),
    ).join('\n');
    const one = await cli(['batch', '-w', '1'], many);
    const two = await cli(['batch', '-w', '2'], many);
    expect(two.err).toBe(one.err);
    // Compared by hash: a failure message should not print 3 MB of results.
    expect(sha256(two.out)).toBe(sha256(one.out));
    expect(two.out.trimEnd().split('\n')).toHaveLength(600);
    expect([one.code, two.code]).toEqual([1, 1]);
  }, 60_000);
});
