import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

const reading = {
  id: 'test.damaged',
  question: { zh: '损坏的数字', en: 'a damaged figure' },
  literal: '5 万元',
  chosen: { zh: '50万元', en: '500,000 yuan' },
  basis: { zh: '顺序', en: 'order' },
};

describe('every line says which readings it relies on', () => {
  it('an undetermined reward whose amount is a reading carries it, and the warning is raised', () => {
    const policy = syntheticPolicy({
      rules: [
        fixedRule('award', 'government_quality_award', 0, {
          match: { kind: 'government_quality_award', prize: 'award' },
          amount: { type: 'fixed', yuan: 500_000, reading },
        }),
      ],
    });
    const r = evaluatorFor(policy).evaluate(
      { kind: 'government_quality_award', obtainedOn: '2024-01-01' },
      'testcity',
      '2024-06-01',
    );
    expect(r.undetermined.map((u) => [u.missingFacts, u.clauseAmount?.text, u.readings.map((x) => x.id)])).toEqual([
      [['prize'], '50万元', ['test.damaged']],
    ]);
    expect(r.warnings.map((w) => w.reading?.id)).toContain('test.damaged');
  });
  it('a reward outside its own window says when it was obtained and what the window is', () => {
    const policy = syntheticPolicy({
      rules: [
        fixedRule('green', 'green_product_certification', 100_000, {
          conditions: [{ type: 'obtained_within', from: '2021-02-12', to: '2024-02-11' }],
        }),
      ],
    });
    const r = evaluatorFor(policy).evaluate(
      { kind: 'green_product_certification', obtainedOn: '2024-03-01' },
      'testcity',
      '2024-06-01',
    );
    expect(r.notPaid[0]?.message.zh).toContain('2024-03-01');
    expect(r.notPaid[0]?.message.zh).toContain('2021-02-12 至 2024-02-11');
  });
});
