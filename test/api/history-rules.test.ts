import { describe, expect, it } from 'vitest';
import { library } from '../../policies/index.js';
import { normalizeClause, resolveHistoryRules } from '../../src/api/resolveHistoryRules.js';
import { bundledLibrary } from '../../src/engine/bundledLibrary.js';
import { evaluate, QualityRewardsError } from '../../src/index.js';
import type { HistoryEntry } from '../../src/schema/options.js';
import { refused } from '../support/lines.js';

/* How a history entry names the rule it was paid under — by `ruleId`, or by `clause` as the tables print
 * it — is resolved against the library before anything is counted (`resolveHistoryRules`), and what the
 * caller is told when it cannot be. The clauses are 郑州 2019's: 第3条 has four rules (中国质量奖 award
 * and nomination, 河南省 and 郑州市 质量奖), 第17条 nine told apart by rank, 第19条 one. */

const entry = (fields: Omit<Partial<HistoryEntry>, 'amountFen'>): HistoryEntry => ({
  policyId: 'zhengzhou-2019',
  ruleId: '',
  amountFen: 100,
  ...fields,
});
/** A library of the bundled policies, new each call: the clause index is kept per library, so one indexed
 * by an earlier test would not show how the index is built. */
const fresh = () => bundledLibrary({ kinds: library.kinds, policies: library.policies });
const resolve = (...history: HistoryEntry[]) => resolveHistoryRules(fresh(), history);
const CLAUSE_3 = ['art3.cqa.award', 'art3.cqa.nomination', 'art3.henan.award', 'art3.zhengzhou.award'];
const CQA = { kind: 'government_quality_award', level: 'national', prize: 'award' } as const;

describe('normalizeClause: 第, 条, spaces and the width of brackets do not matter', () => {
  it('第3条, 第 3 条, 3 and “ 3 ” are one clause: 3', () => {
    expect(['第3条', '第 3 条', '3', ' 3 ', '第\t3\n条'].map(normalizeClause)).toEqual(['3', '3', '3', '3', '3']);
  });
  it('spaces inside the reference go too, a run of them as well as one: 三 （二） 3  （1） → 三(二)3(1)', () => {
    expect(normalizeClause('三 （二） 3  （1）')).toBe('三(二)3(1)');
  });
  it('full-width brackets read as half-width: 三（二）1 → 三(二)1, as 长乐’s data prints it', () => {
    expect(normalizeClause('三（二）1')).toBe('三(二)1');
    expect(normalizeClause('三（二）3（1）')).toBe(normalizeClause('三(二)3(1)'));
  });
  it('only a leading 第 goes: 附件第3 keeps its 第', () => {
    expect(normalizeClause('附件第3')).toBe('附件第3');
  });
  it('only a trailing 条 goes: 第3条第2款 keeps the 条 inside (→ 3条第2款)', () => {
    expect(normalizeClause('第3条第2款')).toBe('3条第2款');
  });
  it('one 第 and one 条 at most: 第第3条条 → 第3条', () => {
    expect(normalizeClause('第第3条条')).toBe('第3条');
  });
});

describe('entries by a rule id of the library, or under a policy outside it: returned as they are', () => {
  it('郑州 art3.cqa.award and another policy’s own rule id → the same list, not a copy, and no issue', () => {
    const history = [entry({ ruleId: 'art3.cqa.award' }), entry({ policyId: 'my-other-policy', ruleId: 'x' })];
    const resolved = resolveHistoryRules(fresh(), history);
    expect(resolved.history).toBe(history);
    expect(resolved.issues).toEqual([]);
  });
  it('a rule id beside an entry by clause is kept as written, with no issue', () => {
    const byId = entry({ ruleId: 'art3.cqa.award' });
    const resolved = resolve(byId, entry({ clause: '第19条' }));
    expect(resolved.issues).toEqual([]);
    expect(resolved.history[0]).toBe(byId);
  });
});

describe('entries under a policy outside the library: no rule is looked up, what the caller wrote stands', () => {
  const other = (fields: Omit<Partial<HistoryEntry>, 'amountFen' | 'policyId'>) =>
    entry({ policyId: 'my-other-policy', ...fields });
  it('a clause alone → the clause stands for the rule (ruleId “第5条”)', () => {
    expect(resolve(other({ clause: '第5条' }))).toEqual({
      history: [{ ...other({ clause: '第5条' }), ruleId: '第5条' }],
      issues: [],
    });
  });
  it('a rule id and a clause → the rule id, the entry unchanged', () => {
    const both = other({ ruleId: 'r1', clause: '第5条' });
    const resolved = resolve(both);
    expect(resolved.history[0]).toBe(both);
    expect(resolved.issues).toEqual([]);
  });
  it('neither → no rule id (“”), and no issue: the library asks nothing of another policy’s record', () => {
    expect(resolve(other({}), other({ clause: '第5条' }))).toEqual({
      history: [other({}), { ...other({ clause: '第5条' }), ruleId: '第5条' }],
      issues: [],
    });
  });
});

describe('郑州 第3条 by rule id: a rule id the policy lacks → unknown_rule naming the policy and the id', () => {
  it('at options.history.0.ruleId, value “zhengzhou-2019: art3.cqa.awrad”, suggesting art3.cqa.award', () => {
    const [issue] = resolve(entry({ ruleId: 'art3.cqa.awrad' })).issues;
    expect([issue?.code, issue?.path, issue?.suggestions]).toEqual([
      'unknown_rule',
      ['options', 'history', 0, 'ruleId'],
      ['art3.cqa.award'],
    ]);
    expect(issue?.message.zh).toContain('：“zhengzhou-2019: art3.cqa.awrad”');
    expect(issue?.message.en).toContain(': "zhengzhou-2019: art3.cqa.awrad"');
  });
});

describe('an entry of a library policy with neither ruleId nor clause → missing_field', () => {
  it('at options.history.0.ruleId: “须给出 ruleId 或 clause” / “give ruleId or clause”', () => {
    const [issue] = resolve(entry({})).issues;
    expect([issue?.code, issue?.path]).toEqual(['missing_field', ['options', 'history', 0, 'ruleId']]);
    expect(issue?.message.zh).toContain('（须给出 ruleId 或 clause）');
    expect(issue?.message.en).toContain(' (give ruleId or clause)');
  });
});

describe('郑州 第33条 (no such clause) → unknown_clause naming the policy and the clause as written', () => {
  it('value “zhengzhou-2019: 第33条”, the clauses close to it suggested as the data prints them', () => {
    const [issue] = resolve(entry({ clause: '第33条', achievement: CQA })).issues;
    expect([issue?.code, issue?.path]).toEqual(['unknown_clause', ['options', 'history', 0, 'clause']]);
    expect(issue?.suggestions).toContain('第3条');
    expect(issue?.message.zh).toContain('：“zhengzhou-2019: 第33条”');
    expect(issue?.message.en).toContain(': "zhengzhou-2019: 第33条"');
  });
});

describe('郑州 第3条 with a rule id of another clause (art8.gold-award) → unknown_rule: the two disagree', () => {
  it('“art8.gold-award 不属于 第3条” / “art8.gold-award is not a rule of 第3条”, suggesting 第3条’s four rules', () => {
    const [issue] = resolve(entry({ clause: '第3条', ruleId: 'art8.gold-award' })).issues;
    expect([issue?.code, issue?.path, issue?.suggestions]).toEqual([
      'unknown_rule',
      ['options', 'history', 0, 'ruleId'],
      CLAUSE_3,
    ]);
    expect(issue?.message.zh).toContain('（art8.gold-award 不属于 第3条）');
    expect(issue?.message.en).toContain(' (art8.gold-award is not a rule of 第3条)');
  });
  it('a rule id of that clause (art3.cqa.nomination) → agreed: the entry kept, no issue', () => {
    const agreed = entry({ clause: '第 3 条', ruleId: 'art3.cqa.nomination' });
    expect(resolve(agreed)).toEqual({ history: [agreed], issues: [] });
  });
});

describe('郑州 第3条 with an achievement none of its rules is about (商标金奖) → unknown_rule at achievement', () => {
  it('“第3条 中没有关于此成果的奖励” / “no rule of 第3条 is about this achievement”, suggesting its rule ids', () => {
    const [issue] = resolve(entry({ clause: '第3条', achievement: { kind: 'trademark_honor' } })).issues;
    expect([issue?.code, issue?.path, issue?.suggestions]).toEqual([
      'unknown_rule',
      ['options', 'history', 0, 'achievement'],
      CLAUSE_3,
    ]);
    expect(issue?.message.zh).toContain('（第3条 中没有关于此成果的奖励）');
    expect(issue?.message.en).toContain(' (no rule of 第3条 is about this achievement)');
  });
});

describe('郑州 第3条 with nothing to tell its rules apart → ambiguous_clause: never a guessed rule', () => {
  it('value “zhengzhou-2019: 第3条”, the four rules suggested', () => {
    const [issue] = resolve(entry({ clause: '第3条' })).issues;
    expect([issue?.code, issue?.path, issue?.suggestions]).toEqual([
      'ambiguous_clause',
      ['options', 'history', 0, 'clause'],
      CLAUSE_3,
    ]);
    expect(issue?.message.zh).toContain('：“zhengzhou-2019: 第3条”');
    expect(issue?.message.en).toContain(': "zhengzhou-2019: 第3条"');
  });
});

describe('a clause resolved to its one rule', () => {
  it('郑州 第19条 (one rule) with no achievement → art19.demonstration-zone', () => {
    expect(resolve(entry({ clause: '第19条' })).history[0]?.ruleId).toBe('art19.demonstration-zone');
  });
  it('郑州 第3条 + 中国质量奖 (national, award) → art3.cqa.award; written “3” → the same', () => {
    for (const clause of ['第3条', '3']) {
      expect(resolve(entry({ clause, achievement: CQA })).history[0]?.ruleId).toBe('art3.cqa.award');
    }
  });
  it('郑州 第17条 + 国家计量技术法规 主导起草 rank 2 → art17.national.rank2 (told apart by rank)', () => {
    const achievement = {
      kind: 'metrology_regulation_drafting',
      level: 'national',
      drafterRole: 'main',
      rank: 2,
    } as const;
    expect(resolve(entry({ clause: '第17条', achievement })).history[0]?.ruleId).toBe('art17.national.rank2');
  });
  it('长乐 三（二）1 + 中国质量奖 → cqa.award: full-width brackets match the data’s 三(二)1', () => {
    const changle = entry({ policyId: 'changle-2020', clause: '三（二）1', achievement: CQA });
    expect(resolve(changle).history[0]?.ruleId).toBe('cqa.award');
  });
});

describe('the clause index is built once per library, not on every call', () => {
  it('two calls on one library read its policies once', () => {
    let reads = 0;
    const counted = new Proxy(fresh(), {
      get(target, key, receiver) {
        if (key === 'policies') reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    resolveHistoryRules(counted, [entry({ clause: '第19条' })]);
    resolveHistoryRules(counted, [entry({ clause: '第3条', achievement: CQA })]);
    expect(reads).toBe(1);
  });
});

describe('through evaluate: the issue reaches the caller as written', () => {
  it('郑州 history by an unknown rule id → QualityRewardsError, value “zhengzhou-2019: art3.cqa.awrad”', () => {
    const history = [{ policyId: 'zhengzhou-2019', ruleId: 'art3.cqa.awrad', amountYuan: 1 }];
    const call = () => evaluate({ ...CQA, obtainedOn: '2024-05-10' }, '郑州', '2024-06-01', { history });
    expect(call).toThrow(QualityRewardsError);
    expect(call).toThrow('：“zhengzhou-2019: art3.cqa.awrad”');
  });
  it('郑州 第19条 by clause alone → counted under art19.demonstration-zone (the same zone not paid twice)', () => {
    const zone = { kind: 'inspection_demonstration_zone', level: 'national', obtainedOn: '2024-05-10', projectId: 'z' };
    const history = [{ policyId: 'zhengzhou-2019', clause: '第19条', amountYuan: 1, projectId: 'z' }];
    const result = evaluate(zone as never, '郑州', '2024-06-01', { history });
    expect(refused(result)).toEqual({ 'art19.demonstration-zone': 'already_paid' });
  });
});
