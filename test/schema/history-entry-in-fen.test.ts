import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyEntryInFen } from '../../src/schema/options.js';

type Parsed = Parameters<typeof historyEntryInFen>[0];

/** What the function did when written with an object rest: the reference. */
function withRest(entry: Parsed) {
  const { amountYuan, ruleId, ...rest } = entry;
  return { ...rest, ruleId: ruleId ?? '', amountFen: amountYuan };
}

describe('historyEntryInFen: a parsed history entry with its amount named in 分', () => {
  it('the amount moves to amountFen, the rule id stays, the other fields are kept', () => {
    const entry = { policyId: 'p', ruleId: 'r', amountYuan: 30_000_000, obtainedOn: '2024-01-01', projectId: 'x' };
    expect(historyEntryInFen(entry as Parsed)).toStrictEqual({
      policyId: 'p',
      obtainedOn: '2024-01-01',
      projectId: 'x',
      ruleId: 'r',
      amountFen: 30_000_000,
    });
  });
  it('an entry given by clause has no rule id yet: an empty one, resolved at the boundary', () => {
    expect(historyEntryInFen({ policyId: 'p', clause: '第3条', amountYuan: 100 } as Parsed).ruleId).toBe('');
  });
  it('property: the same keys, in the same order, with the same values as an object rest', () => {
    const field = fc.constantFrom('policyId', 'ruleId', 'clause', 'obtainedOn', 'paidOn', 'projectId', 'jurisdiction');
    fc.assert(
      fc.property(fc.dictionary(field, fc.string()), fc.nat(), (fields, amount) => {
        const entry = { ...fields, amountYuan: amount } as unknown as Parsed;
        const copy = historyEntryInFen(entry);
        expect(Object.keys(copy)).toEqual(Object.keys(withRest(entry)));
        expect(copy).toStrictEqual(withRest(entry));
      }),
    );
  });
});
