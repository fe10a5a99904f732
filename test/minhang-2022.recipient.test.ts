import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { paid, refused } from './support/lines.js';

/** Facts callers hold: the recipient's legal form, and who hired a chief quality officer. */
const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-01-15' } as const;
const registered = { type: 'organization', registeredIn: '310112', taxRegisteredIn: '310112' } as const;
const run = (a: Parameters<typeof evaluate>[0]) => evaluate(a, 'minhang', '2024-06-30');

describe('附则(一) 法人、非法人组织（财政全额拨款的事业单位除外）', () => {
  it('附则(一) 企业（legalForm enterprise）无须声明非财政全额拨款 → 100万元', () => {
    expect(paid(run({ ...cqa, recipient: { ...registered, legalForm: 'enterprise' } }))).toEqual({
      'cqa.award': 1_000_000,
    });
  });
  it('附则(一) 社会组织 → 100万元', () => {
    expect(paid(run({ ...cqa, recipient: { ...registered, legalForm: 'social_organization' } }))).toEqual({
      'cqa.award': 1_000_000,
    });
  });
  it('附则(一) 事业单位未说明是否财政全额拨款 → 待定，缺少 fullyStateFunded', () => {
    const r = run({ ...cqa, recipient: { ...registered, legalForm: 'public_institution' } });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['cqa.award', ['fullyStateFunded']]]);
  });
  it('附则(一) 财政全额拨款的事业单位 → ineligible_recipient', () => {
    const r = run({ ...cqa, recipient: { ...registered, legalForm: 'public_institution', fullyStateFunded: true } });
    expect(refused(r)).toEqual({ 'cqa.award': 'ineligible_recipient' });
  });
});

describe('3 对在区内企业任职期间获得首席质量官任职资格证书且被区内企业聘任的个人', () => {
  const cqo = (hiredByEnterpriseIn?: string) =>
    ({
      kind: 'chief_quality_officer_certificate',
      obtainedOn: '2024-01-15',
      fundedByStateBudget: false,
      recipient: { type: 'individual', employedIn: '310112', ...(hiredByEnterpriseIn ? { hiredByEnterpriseIn } : {}) },
    }) as const;
  it('3 被区内（闵行）企业聘任 → 3000元', () => {
    expect(paid(run(cqo('310112')))).toEqual({ 'chief-quality-officer': 3_000 });
  });
  it('3 被区外（徐汇 310104）企业聘任 → ineligible_recipient，引“被区内企业聘任”', () => {
    const r = run(cqo('310104'));
    expect(refused(r)).toEqual({ 'chief-quality-officer': 'ineligible_recipient' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: '3', quote: '被区内企业聘任' });
  });
  it('3 未说明聘任企业所在地 → 待定，缺少 hiredByEnterpriseIn', () => {
    const r = run(cqo());
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['chief-quality-officer', ['hiredByEnterpriseIn']],
    ]);
  });
});
