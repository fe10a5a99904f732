import { describe, expect, it } from 'vitest';
import { anchor } from '../../bench/anchor.js';
import { bundledLibrary, createEvaluator } from '../../src/entries/engine.js';
import { vocabulary } from '../../policies/entries/vocabulary.js';
import { policy } from '../../policies/entries/changle-2020.js';
import { anyKindAchievementSchema } from '../../src/schema/achievement.js';
import { generatedValidator, UNDECIDED } from '../../src/schema/generatedValidator.js';

// This file loads the engine entry and never the main entry (each test file has its modules to itself).
describe('quality-rewards/engine: no code generator, zod’s boundary alone', () => {
  it('the 长乐 anchor (国家标准 第一起草单位) → 30万元 on every call, the achievement parsed by zod throughout', () => {
    const { evaluate } = createEvaluator(bundledLibrary({ kinds: vocabulary, policies: [policy] }));
    const totals = Array.from(
      { length: 120 },
      () => evaluate(anchor.achievement as never, anchor.jurisdiction, anchor.date).total.fen,
    );
    expect(new Set(totals)).toEqual(new Set([anchor.expectedYuan * 100]));
    // Well past the warm-up, the achievement's validator still vouches for nothing: none was built.
    expect(generatedValidator(anyKindAchievementSchema)(anchor.achievement)).toBe(UNDECIDED);
  });
});
