import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyEntryOf } from '../../src/schema/historyEntryOf.js';
import { historyEntryInFen } from '../../src/schema/options.js';

type Parsed = Parameters<typeof historyEntryOf>[0];

/** Every field of a history entry as the engine reads it. */
const FIELDS = [
  'policyId',
  'ruleId',
  'clause',
  'achievement',
  'amountFen',
  'obtainedOn',
  'paidOn',
  'projectId',
  'jurisdiction',
] as const;

describe('historyEntryOf: a parsed history entry as the engine reads it, of one shape', () => {
  it('the amount as amountFen, the other fields kept, those left out undefined, every field in one order', () => {
    const entry = { policyId: 'p', ruleId: 'r', amountYuan: 30_000_000, obtainedOn: '2024-01-01', projectId: 'x' };
    const read = historyEntryOf(entry as Parsed);
    expect(Object.keys(read)).toEqual([...FIELDS]);
    expect(read).toEqual({
      policyId: 'p',
      ruleId: 'r',
      amountFen: 30_000_000,
      obtainedOn: '2024-01-01',
      projectId: 'x',
    });
    expect([read.clause, read.paidOn, read.jurisdiction, read.achievement]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('an entry given by clause has no rule id yet: an empty one, resolved at the boundary', () => {
    expect(historyEntryOf({ policyId: 'p', clause: '第3条', amountYuan: 100 } as Parsed).ruleId).toBe('');
  });

  it('property: every field reads as historyEntryInFen gives it, whatever the fields given and their order', () => {
    const field = fc.constantFrom('policyId', 'ruleId', 'clause', 'obtainedOn', 'paidOn', 'projectId', 'jurisdiction');
    fc.assert(
      fc.property(
        fc.dictionary(field, fc.string()),
        fc.nat(),
        fc.option(fc.record({ kind: fc.string() }), { nil: undefined }),
        (fields, amount, achievement) => {
          const entry = {
            ...fields,
            ...(achievement ? { achievement } : {}),
            amountYuan: amount,
          } as unknown as Parsed;
          const read = historyEntryOf(entry);
          const copied = historyEntryInFen(entry);
          expect(Object.keys(read)).toEqual([...FIELDS]);
          for (const name of FIELDS) expect(read[name]).toBe(copied[name]);
        },
      ),
    );
  });
});
