import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { evaluationResultSchema } from '../src/result/types.js';
import type { EvaluateOptionsInput } from '../src/schema/options.js';
import { paid, refused } from './support/lines.js';

/** What-if by reading (`options.readings`) for 台州's 一次性 readings, clause by clause. */
const IN_TAIZHOU = { type: 'organization', registeredIn: '331002' } as const;
const run = (achievements: object[], options: EvaluateOptionsInput = {}) => {
  const r = evaluate(achievements as never, 'taizhou', '2024-06-01', options);
  evaluationResultSchema.parse(r);
  return r;
};
const item = (kind: string, subtype: string, projectId: string) => ({
  kind,
  subtype,
  projectId,
  obtainedOn: '2024-05-10',
  recipient: IN_TAIZHOU,
});

describe('台州 三(三)3 获得中国绿色产品认证…的，给予一次性10万元奖励（每个产品还是每家企业一次）', () => {
  const green = (projectId: string) => item('green_product_certification', 'china_green_product', projectId);
  it('三(三)3 两个产品的中国绿色产品认证：本库（每个产品一次）20万元；另一读法（每家企业一次）10万元', () => {
    expect(run([green('p-1'), green('p-2')]).total.text).toBe('20万元');
    const r = run([green('p-1'), green('p-2')], { readings: { 'taizhou.green-once-per-product': 'alternative' } });
    expect([r.total.text, r.notPaid.map((n) => n.code)]).toEqual(['10万元', ['already_paid']]);
    expect(r.readingsSwitched?.map((s) => s.id)).toEqual(['taizhou.green-once-per-product']);
  });
});

describe('台州 农产品地理标志登记：一次性10万元（每项登记还是每个单位一次）', () => {
  it('农产品地理标志，history 已有另一项登记的奖励：本库照付10万元；另一读法（每个单位一次）不再付', () => {
    const history = [
      {
        policyId: 'taizhou-2023',
        ruleId: 'geographical-indication.agricultural',
        amountYuan: 100_000,
        projectId: 'gi-1',
      },
    ];
    const gi = { ...item('geographical_indication', 'agricultural_product', 'gi-2') };
    const library = run([gi], { history });
    expect(paid(library)).toEqual({ 'geographical-indication.agricultural': 100_000 });
    const switched = run([gi], { history, readings: { 'taizhou.geographical-indication-once': 'alternative' } });
    expect(refused(switched)).toEqual({ 'geographical-indication.agricultural': 'already_paid' });
  });
});
