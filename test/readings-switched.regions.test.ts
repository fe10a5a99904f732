import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { evaluationResultSchema } from '../src/result/types.js';
import type { EvaluateOptionsInput } from '../src/schema/options.js';
import { paid } from './support/lines.js';

/**
 * What-if by reading, for the readings of 省级 / 市级 without a named province or city (every policy reads
 * them as its own; the alternative is any province or city): `match_values` drops the region selector.
 * One describe per clause; the same achievement under the library's reading and under the alternative.
 */
const ON = '2024-06-01';
const both = (jurisdiction: string, achievement: object, readingId: string, extra: EvaluateOptionsInput = {}) => {
  const call = (options: EvaluateOptionsInput) => {
    const result = evaluate({ obtainedOn: '2024-05-10', ...achievement } as never, jurisdiction, ON, options);
    evaluationResultSchema.parse(result);
    return result;
  };
  return { library: call(extra), switched: call({ ...extra, readings: { [readingId]: 'alternative' } }) };
};

describe('郑州 第6条 获得国家级、省级优质服务承诺标识知名服务品牌的企业（“省级”指河南省）', () => {
  it('第6条 湖北省（420000）的省级知名服务品牌：本库不奖励；另一读法（任何省份）50万元', () => {
    const brand = { kind: 'service_brand', level: 'provincial', region: '420000' };
    const { library, switched } = both('zhengzhou', brand, 'zhengzhou.provincial-henan');
    expect(paid(library)).toEqual({});
    expect(paid(switched)).toEqual({ 'art6.provincial': 500_000 });
    expect(switched.readingsSwitched?.map((r) => r.id)).toEqual(['zhengzhou.provincial-henan']);
  });
});

describe('郑州 第12条 承担国家级、省级、市级标准化试点示范项目的（“市级”指郑州市）', () => {
  it('第12条 开封市（410200）的市级试点通过验收：本库不奖励；另一读法（任何设区市）10万元', () => {
    const pilot = { kind: 'standardization_pilot', level: 'municipal', region: '410200', stage: 'accepted' };
    const { library, switched } = both('zhengzhou', pilot, 'zhengzhou.art12.municipal-zhengzhou');
    expect(paid(library)).toEqual({});
    expect(paid(switched)).toEqual({ 'art12.pilot.municipal': 100_000 });
  });
});

describe('郑州 第11条 承担全国专业标准化技术委员会…秘书处或工作组 （WG）工作的', () => {
  it('第11条 全国标准化工作组（SWG）：本库（含SWG）30万元；另一读法（只含WG）不奖励；WG 照付30万元', () => {
    const swg = { kind: 'standardization_body_secretariat', level: 'national', body: 'swg' };
    const { library, switched } = both('zhengzhou', swg, 'zhengzhou.art11.national-swg');
    expect(paid(library)).toEqual({ 'art11.national.wg': 300_000 });
    expect(paid(switched)).toEqual({});
    expect(paid(both('zhengzhou', { ...swg, body: 'wg' }, 'zhengzhou.art11.national-swg').switched)).toEqual({
      'art11.national.wg': 300_000,
    });
  });
});

describe('长乐 三(二)3(3) 省级、市级标准化示范（试点）项目通过验收（“省级”指福建省）', () => {
  it('三(二)3(3) 江西省（360000）的省级试点通过验收：本库不奖励；另一读法（任何省份）15万元', () => {
    const pilot = { kind: 'standardization_pilot', level: 'provincial', region: '360000', stage: 'accepted' };
    const { library, switched } = both('changle', pilot, 'changle.provincial-municipal');
    expect(paid(library)).toEqual({});
    expect(paid(switched)).toEqual({ 'pilot.provincial': 150_000 });
  });
});

describe('闵行 8 市级标准化示范试点（“市级”指上海市）', () => {
  it('8 江苏省（320000）授予的市级试点通过验收：本库不奖励；另一读法（任何城市）15万元', () => {
    const pilot = {
      kind: 'standardization_pilot',
      level: 'municipal',
      region: '320000',
      stage: 'accepted',
      recipient: { type: 'organization', registeredIn: '310112', taxRegisteredIn: '310112', legalForm: 'enterprise' },
    };
    const { library, switched } = both('minhang', pilot, 'minhang.municipal-shanghai');
    expect(paid(library)).toEqual({});
    expect(paid(switched)).toEqual({ 'pilot.municipal': 150_000 });
  });
});

describe('深圳 (十) 省级质量品牌提升示范区（“省级”指广东省）', () => {
  it('(十) 湖南省（430000）授予的省级示范区：本库不奖励；另一读法（任何省份）50万元', () => {
    const zone = { kind: 'quality_brand_demonstration_zone', level: 'provincial', region: '430000' };
    const { library, switched } = both('shenzhen', zone, 'shenzhen.zone-province', { assumeStartDate: '2024-01-01' });
    expect(paid(library)).toEqual({});
    expect(paid(switched)).toEqual({ 'demonstration-zone.guangdong': 500_000 });
  });
});

describe('台州 三(二)2 省级标准化试点（示范）项目通过考核验收（“省级”指浙江省）', () => {
  it('三(二)2 安徽省（340000）的省级试点、主承担单位：本库不奖励；另一读法（任何省份）20万元', () => {
    const pilot = {
      kind: 'standardization_pilot',
      level: 'provincial',
      region: '340000',
      stage: 'accepted',
      drafterRole: 'main',
      recipient: { type: 'organization', registeredIn: '331002' },
    };
    const { library, switched } = both('taizhou', pilot, 'taizhou.province-and-city');
    expect(paid(library)).toEqual({});
    expect(paid(switched)).toEqual({ 'pilot.provincial': 200_000 });
  });
});
