import type { ConditionInput, PolicyInput, Reading } from '../src/schema/policy.js';

/**
 * 台州市 2023: 关于持续推进质量强市建设激发质量提升活力的若干意见（2023年修订）（征求意见稿）.
 * Source: taizhou-2023.source.txt. Rewards are in 三、主要内容 (一)1–3, (二)1–4, (三)1–4; 附则 is 五.
 */

// 三(一) 强化质量品牌激励
const Q_ZONE = '对通过全国质量品牌提升示范区验收的组织，给予40万元的奖励';
const Q_CQA = '对获得中国质量奖、质量奖提名奖的组织，分别给予150万元、75万元的奖励';
const Q_ZJQA = '对获得浙江省政府质量奖、质量管理创新奖的组织，分别给予100万元、30万元的奖励';
const Q_TZQA = '对获得台州市政府质量奖的组织，给予50万元的奖励';
const Q_PZB_CERT = '对获得首张“品字标”认证证书或通过认证复评审的企业给予20万元的奖励';
const Q_PZB_SELF = '对以自我声明获得“品字标”证书的企业给予10万元的奖励';
const Q_PZB_CAP = '上述“品字标”奖励总额每家企业累计不超过50万元';
// 三(二) 标准化
const Q_DRAFT =
  '对制定完成国家标准（含国家军用标准）、行业标准、省级地方标准的第一起草单位，分别给予30万元、15万元、10万元奖励';
const Q_ZJMADE = '对制定“浙江制造”标准的第一起草单位，给予15万元的奖励';
const Q_PILOT = '对成功通过国家级、省级标准化试点（示范）项目考核验收的，分别给予主要承担单位50万元、20万元的奖励';
const Q_PILOT_MUNI = '对通过市级标准化试点（示范）项目考核验收且考核结果为优秀的，给予主要承担单位10万元的奖励';
const Q_INTL = '对制定完成国际标准的第一起草单位，给予100万元的奖励';
const Q_STD_INTL = '对获批标准国际化培育基地、标准国际化试点（示范）单位的组织，分别给予20万元、10万元的奖励';
const Q_STD_AWARD =
  '对项目荣获中国标准创新贡献奖、浙江省标准创新重大贡献奖、浙江省标准创新优秀贡献奖的组织，分别给予100万元、80万元、30万元的奖励';
const Q_SEC =
  '对承担全国专业标准化专业技术委员会（TC）、分技术委员会（SC）、标准化工作组（SWG）、标准化项目研究组（RG）秘书处工作的单位，分别给予100万元、50万元、30万元、10万元的奖励';
// 三(三) 质量基础设施
const Q_METRO = '对通过国家级、省级产业计量测试中心验收的，分别给予100万元和30万元的奖励';
const Q_INSP = '对通过国家、省级产品质量检验检测中心验收的，分别给予100万元、30万元的奖励';
const Q_KEYLAB = '建成国家级、省级重点检测实验室的，分别给予30万元、10万元的奖励';
const Q_GREEN =
  '对通过中国绿色产品认证（或自2021年2月12日起至2024年2月11日同一产品通过绿色食品认证且连续两年年检合格）的企业，一次性给予10万元的奖励';

const ZHEJIANG = '330000';
const TAIZHOU = '331000';

// ── readings shared by several rules ──────────────────────────────────────────────────────────────

const DRAFTING_MADE: Reading = {
  id: 'taizhou.drafting-made-or-revised',
  question: { zh: '“制定（完成）”是否包括修订标准？', en: 'Does 制定（完成） (making) include revising a standard?' },
  literal: '制定完成国家标准（含国家军用标准）、行业标准、省级地方标准的第一起草单位',
  chosen: {
    zh: '本库不区分制定与修订：调用方报告为已发布、本单位为第一起草单位（rank 1）的标准即按本条计算；修订是否属于“制定完成”须由主管部门认定',
    en: 'The library does not tell making from revising: a published standard the caller reports with the applicant as first drafter (rank 1) is reckoned under this clause; whether a revision counts as 制定完成 is for the authority',
  },
  alternative: {
    zh: '只奖励新制定的标准，不奖励修订（他地文本明示“制（修）订”，本文只写“制定”）',
    en: 'Only newly made standards, not revisions (other texts say 制（修）订 where they include revisions; this one says 制定)',
  },
  basis: {
    zh: '文本只写“制定”，未明确排除修订；成果词汇中没有区分新制定与修订的事实',
    en: 'The text says 制定 and does not expressly exclude revisions; the vocabulary has no fact telling a new standard from a revision',
  },
};

const PILOT_MAIN_UNDERTAKER: Reading = {
  id: 'taizhou.pilot-main-undertaker',
  question: { zh: '“主要承担单位”如何认定？', en: 'Who is the 主要承担单位 (main undertaking unit) of a pilot?' },
  literal: '给予主要承担单位',
  chosen: {
    zh: '按申请人即该试点（示范）项目的主要承担单位计算；成果词汇中没有表示项目承担角色的事实，参与承担的单位不应据此申报，须由调用方核实',
    en: 'Reckoned as if the applicant is the main undertaking unit of the pilot; the vocabulary has no fact for a unit’s role in a project, so a merely participating unit must not rely on this result — the caller must check',
  },
  alternative: {
    zh: '多个承担单位时须另行确认谁是主要承担单位，非主要承担单位不予奖励',
    en: 'With several undertaking units, which one is the main unit must be established; the others receive nothing',
  },
  basis: {
    zh: '文本只奖励主要承担单位，但本库无法表达该事实',
    en: 'The text rewards only the main undertaking unit, a fact the library cannot express',
  },
};

// ── conditions ────────────────────────────────────────────────────────────────────────────────────

const FIRST_DRAFTER: ConditionInput = { type: 'rank_between', min: 1, max: 1, quote: '第一起草单位' };
const PZB_FILED: ConditionInput = {
  type: 'fact_is',
  fact: 'filedWithAuthority',
  value: true,
  failure: 'prerequisite_not_met',
  clause: '三(一)1',
  quote: '经市级备案后',
};
const PZB_FIRST: ConditionInput = { type: 'first_time', clause: '三(一)1', quote: '首张“品字标”认证证书' };
const PILOT_ACCEPTED: ConditionInput = {
  type: 'fact_in',
  fact: 'stage',
  values: ['accepted'],
  failure: 'prerequisite_not_met',
  quote: '成功通过国家级、省级标准化试点（示范）项目考核验收',
};
const CENTER_ACCEPTED: ConditionInput = {
  type: 'fact_in',
  fact: 'stage',
  values: ['accepted'],
  failure: 'prerequisite_not_met',
  quote: '通过国家级、省级产业计量测试中心验收',
};
const INSPECTION_ACCEPTED: ConditionInput = {
  type: 'fact_in',
  fact: 'stage',
  values: ['accepted'],
  failure: 'prerequisite_not_met',
  quote: '通过国家、省级产品质量检验检测中心验收',
};
const KEYLAB_BUILT: ConditionInput = {
  type: 'fact_in',
  fact: 'stage',
  values: ['accepted'],
  failure: 'prerequisite_not_met',
  quote: '建成国家级、省级重点检测实验室',
  reading: {
    id: 'taizhou.keylab-built',
    question: { zh: '重点检测实验室“建成”以什么为准？', en: 'When is a key testing laboratory 建成 (completed)?' },
    literal: '建成国家级、省级重点检测实验室',
    chosen: {
      zh: '以通过验收、批准建立为准（stage accepted）；仅获批筹建（stage approved）不予奖励',
      en: 'When accepted and formally established (stage accepted); approval to build (stage approved) is not enough',
    },
    alternative: {
      zh: '获批筹建后完成建设即可，不以验收为准',
      en: 'Finishing construction after approval suffices, acceptance not required',
    },
    basis: {
      zh: '“建成”指建设完成，重点实验室以验收批准为建成的正式标志',
      en: '建成 means completed; acceptance is the formal mark of completion of a key laboratory',
    },
  },
};

export const taizhou2023 = {
  id: 'taizhou-2023',
  title: '关于持续推进质量强市建设激发质量提升活力的若干意见（2023年修订）',
  titleEn:
    'Opinions on Continuing to Build a Quality-Strong City and Stimulating Quality Improvement (2023 Revision), Taizhou',
  jurisdiction: {
    code: TAIZHOU,
    slug: 'taizhou',
    names: ['台州市', '浙江省台州市', '台州'],
    nameEn: 'Taizhou, Zhejiang',
  },
  status: 'draft',
  statusQuote: '（征求意见稿）',
  window: {
    start: { date: '2023-02-11', clause: '五', quote: '本意见自2023年2月11日起施行' },
    end: { type: 'validity_years', years: 3, clause: '五', quote: '有效期3年' },
  },
  repeals: [
    {
      title: '台州市人民政府关于进一步加强“质量强市”建设加快质量提升的若干意见',
      documentNumber: '台政发〔2021〕4号',
      clause: '五',
      quote: '《台州市人民政府关于进一步加强“质量强市”建设加快质量提升的若干意见》（台政发〔2021〕4号）同时废止',
    },
  ],
  achievementTiming: {
    startDayCounts: true,
    reading: {
      id: 'taizhou.timing',
      question: {
        zh: '文本未规定施行（2023年2月11日）前取得的成果是否奖励。',
        en: 'The text is silent on achievements obtained before it took effect on 2023-02-11.',
      },
      literal: '本意见自2023年2月11日起施行',
      chosen: {
        zh: '仅奖励2023年2月11日（含当日）以后取得的成果；此前的成果属被废止的台政发〔2021〕4号的适用范围',
        en: 'Only achievements obtained on or after 2023-02-11 (that day included) are rewarded; earlier ones fell under the repealed 台政发〔2021〕4号',
      },
      alternative: {
        zh: '施行期间申报的较早成果也予奖励',
        en: 'Earlier achievements claimed while this policy is in force are also rewarded',
      },
      basis: {
        zh: '政策奖励其施行期间取得的成果，不推定追溯；文本只在绿色食品认证一处明示追溯至2021年2月12日，反证其余条款不追溯',
        en: 'A policy rewards what happens under it; no retroactivity is presumed. The text reaches back (to 2021-02-12) expressly only for green food certification, which suggests the other clauses do not',
      },
    },
  },
  notices: [
    {
      id: 'taizhou.funding',
      clause: '五',
      quote:
        '台州市范围内按本意见执行，涉及台州市区（含台州湾新区）资金和涉及台州市政府质量奖（含标准创新贡献奖）资金由市财政承担',
      message: {
        zh: '本意见在台州市范围内执行；台州市区（含台州湾新区）的奖励及台州市政府质量奖（含标准创新贡献奖）资金由市财政承担，文本未说明各县（市）其他奖励资金由谁承担。',
        en: 'The policy applies throughout Taizhou; the city budget pays rewards in the city districts (incl. Taizhou Bay New Area) and the Taizhou government quality award (incl. the standard innovation award). The text does not say who funds other rewards in the counties.',
      },
    },
  ],
  rules: [
    // ── 三(一)1 加强品牌建设培育 ──
    {
      id: 'demo-zone.national',
      clause: '三(一)1',
      quote: Q_ZONE,
      title: {
        zh: '通过全国质量品牌提升示范区验收 → 40万元',
        en: 'National quality brand improvement demonstration zone accepted → 400,000 yuan',
      },
      match: { kind: 'quality_brand_demonstration_zone', level: 'national' },
      conditions: [
        {
          type: 'fact_in',
          fact: 'stage',
          values: ['accepted'],
          failure: 'prerequisite_not_met',
          quote: '通过全国质量品牌提升示范区验收',
        },
      ],
      amount: { type: 'fixed', yuan: 400_000 },
    },
    {
      id: 'cqa.award',
      clause: '三(一)1',
      quote: Q_CQA,
      title: { zh: '中国质量奖 → 150万元', en: 'China Quality Award → 1,500,000 yuan' },
      match: { kind: 'government_quality_award', level: 'national', prize: 'award', recipientType: 'organization' },
      amount: { type: 'fixed', yuan: 1_500_000 },
    },
    {
      id: 'cqa.nomination',
      clause: '三(一)1',
      quote: Q_CQA,
      title: { zh: '中国质量奖提名奖 → 75万元', en: 'China Quality Award nomination → 750,000 yuan' },
      match: {
        kind: 'government_quality_award',
        level: 'national',
        prize: 'nomination',
        recipientType: 'organization',
      },
      amount: { type: 'fixed', yuan: 750_000 },
    },
    {
      id: 'zhejiang-qa.award',
      clause: '三(一)1',
      quote: Q_ZJQA,
      title: { zh: '浙江省政府质量奖 → 100万元', en: 'Zhejiang Government Quality Award → 1,000,000 yuan' },
      match: {
        kind: 'government_quality_award',
        level: 'provincial',
        region: ZHEJIANG,
        prize: 'award',
        recipientType: 'organization',
      },
      amount: { type: 'fixed', yuan: 1_000_000 },
    },
    {
      id: 'zhejiang-qm-innovation',
      clause: '三(一)1',
      quote: Q_ZJQA,
      title: {
        zh: '浙江省政府质量管理创新奖 → 30万元',
        en: 'Zhejiang quality management innovation award → 300,000 yuan',
      },
      match: {
        kind: 'quality_management_innovation_award',
        level: 'provincial',
        region: ZHEJIANG,
        recipientType: 'organization',
      },
      amount: { type: 'fixed', yuan: 300_000 },
    },
    {
      id: 'taizhou-qa.award',
      clause: '三(一)1',
      quote: Q_TZQA,
      title: { zh: '台州市政府质量奖 → 50万元', en: 'Taizhou Government Quality Award → 500,000 yuan' },
      match: {
        kind: 'government_quality_award',
        level: 'municipal',
        region: TAIZHOU,
        prize: 'award',
        recipientType: 'organization',
      },
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'pinzibiao.initial',
      clause: '三(一)1',
      quote: Q_PZB_CERT,
      title: {
        zh: '经市级备案，获得首张“品字标”认证证书 → 20万元',
        en: 'First Pinzibiao certificate by certification, filed with the city → 200,000 yuan',
      },
      match: { kind: 'regional_brand_certification', subtype: 'pinzibiao_certificate', cycle: 'initial' },
      conditions: [PZB_FILED, PZB_FIRST],
      amount: { type: 'fixed', yuan: 200_000 },
      readings: [
        {
          id: 'taizhou.pinzibiao-first-certificate',
          question: {
            zh: '“首张”是指本企业的第一张，还是地区或行业的第一张？',
            en: 'Does 首张 mean the enterprise’s first certificate, or the first in the region or industry?',
          },
          literal: '首张“品字标”认证证书',
          chosen: {
            zh: '本企业获得的第一张“品字标”认证证书（firstTime）；本企业此后新获的认证证书不再按本项奖励，但其复评审另按“通过认证复评审”奖励',
            en: 'The enterprise’s own first Pinzibiao certificate by certification (firstTime); its later new certificates get nothing under this item, while their renewals are paid as 通过认证复评审',
          },
          alternative: {
            zh: '全市（或本行业）首张“品字标”认证证书',
            en: 'The first Pinzibiao certificate in the city (or the industry)',
          },
          basis: {
            zh: '奖励对象是“获得首张……证书的企业”，以企业为单位计“首张”',
            en: 'The reward goes to “the enterprise that obtains the first … certificate”, counting per enterprise',
          },
        },
      ],
    },
    {
      id: 'pinzibiao.renewal',
      clause: '三(一)1',
      quote: Q_PZB_CERT,
      title: {
        zh: '经市级备案，“品字标”认证通过复评审 → 20万元',
        en: 'Pinzibiao certification renewed, filed with the city → 200,000 yuan',
      },
      match: { kind: 'regional_brand_certification', subtype: 'pinzibiao_certificate', cycle: 'renewal' },
      conditions: [PZB_FILED],
      amount: { type: 'fixed', yuan: 200_000 },
    },
    {
      id: 'pinzibiao.self-declaration',
      clause: '三(一)1',
      quote: Q_PZB_SELF,
      title: {
        zh: '经市级备案，以自我声明获得“品字标”证书 → 10万元',
        en: 'Pinzibiao certificate by self-declaration, filed with the city → 100,000 yuan',
      },
      match: { kind: 'regional_brand_certification', subtype: 'pinzibiao_self_declaration' },
      conditions: [PZB_FILED],
      amount: { type: 'fixed', yuan: 100_000 },
    },
    // ── 三(一)2 加强质量管理创新 ──
    {
      id: 'incubation-base.zhejiang',
      clause: '三(一)2',
      quote: '对获得省先进质量管理孵化基地的组织，给予10万元的奖励',
      title: {
        zh: '省先进质量管理孵化基地 → 10万元',
        en: 'Zhejiang advanced quality management incubation base → 100,000 yuan',
      },
      match: { kind: 'quality_management_incubation_base', level: 'provincial', region: ZHEJIANG },
      amount: { type: 'fixed', yuan: 100_000 },
    },
    // ── 三(一)3 加强质量数字治理 ──
    {
      id: 'credit-demo.zhejiang',
      clause: '三(一)3',
      quote: '对新认定为浙江省信用管理示范企业的组织，一次性给予10万元的奖励',
      title: {
        zh: '新认定为浙江省信用管理示范企业 → 10万元',
        en: 'Newly recognized Zhejiang credit management demonstration enterprise → 100,000 yuan',
      },
      match: { kind: 'credit_management_demonstration', level: 'provincial', region: ZHEJIANG },
      conditions: [
        { type: 'fact_in', fact: 'cycle', values: ['initial'], failure: 'prerequisite_not_met', quote: '新认定' },
      ],
      amount: { type: 'fixed', yuan: 100_000 },
      readings: [
        {
          id: 'taizhou.credit-newly-recognized',
          question: { zh: '“新认定”如何界定？', en: 'What is 新认定 (newly recognized)?' },
          literal: '对新认定为浙江省信用管理示范企业的组织',
          chosen: {
            zh: '首次认定（cycle initial）予以奖励；复核、期满重新认定（cycle renewal）不予奖励',
            en: 'An initial recognition (cycle initial) is rewarded; a re-examination or renewal on expiry (cycle renewal) is not',
          },
          alternative: {
            zh: '本意见施行期间内获得认定即属“新认定”，包括期满重新认定',
            en: 'Any recognition obtained while this policy is in force is “new”, renewals included',
          },
          basis: {
            zh: '“新认定”与已认定企业的复核、延续相对',
            en: '新认定 stands against the re-examination or continuation of an existing recognition',
          },
        },
      ],
    },
    {
      id: 'digital-quality-demo.taizhou',
      clause: '三(一)3',
      quote: '对认定为台州市产业链数字化质量管理创新示范单位的组织，给予20万元的奖励',
      title: {
        zh: '台州市产业链数字化质量管理创新示范单位 → 20万元',
        en: 'Taizhou industry-chain digital quality management demonstration unit → 200,000 yuan',
      },
      match: { kind: 'digital_quality_management_demonstration', level: 'municipal', region: TAIZHOU },
      amount: { type: 'fixed', yuan: 200_000 },
    },
    // ── 三(二)1 标准供给 ──
    {
      id: 'drafting.national',
      clause: '三(二)1',
      quote: Q_DRAFT,
      title: {
        zh: '制定国家标准（含国家军用标准）的第一起草单位 → 30万元',
        en: 'First drafter of a national standard (incl. national military standard) → 300,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'national' },
      conditions: [FIRST_DRAFTER],
      amount: { type: 'fixed', yuan: 300_000 },
      readings: [DRAFTING_MADE],
    },
    {
      id: 'drafting.industry',
      clause: '三(二)1',
      quote: Q_DRAFT,
      title: { zh: '制定行业标准的第一起草单位 → 15万元', en: 'First drafter of an industry standard → 150,000 yuan' },
      match: { kind: 'standard_drafting', level: 'industry' },
      conditions: [FIRST_DRAFTER],
      amount: { type: 'fixed', yuan: 150_000 },
      readings: [DRAFTING_MADE],
    },
    {
      id: 'drafting.zhejiang-local',
      clause: '三(二)1',
      quote: Q_DRAFT,
      title: {
        zh: '制定省级地方标准（浙江省）的第一起草单位 → 10万元',
        en: 'First drafter of a provincial (Zhejiang) local standard → 100,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'local', region: ZHEJIANG },
      conditions: [FIRST_DRAFTER],
      amount: { type: 'fixed', yuan: 100_000 },
      readings: [
        DRAFTING_MADE,
        {
          id: 'taizhou.provincial-local-standard',
          question: {
            zh: '“省级地方标准”是否仅指浙江省地方标准？',
            en: 'Does 省级地方标准 mean only Zhejiang provincial local standards?',
          },
          literal: '省级地方标准',
          chosen: {
            zh: '仅指浙江省地方标准（level local，region 330000）；市级地方标准（如台州市，331000）不在本条奖励范围',
            en: 'Only Zhejiang provincial local standards (level local, region 330000); municipal local standards (e.g. Taizhou, 331000) are not rewarded here',
          },
          alternative: {
            zh: '任何省份的省级地方标准',
            en: 'A provincial local standard of any province',
          },
          basis: {
            zh: '本意见为浙江省台州市文件，其他条款中的“省”均指浙江省（如“浙江省政府质量奖”“省先进质量管理孵化基地”）',
            en: 'This is a Taizhou (Zhejiang) text; elsewhere in it 省 means Zhejiang (浙江省政府质量奖, 省先进质量管理孵化基地)',
          },
        },
      ],
    },
    {
      id: 'drafting.zhejiang-made',
      clause: '三(二)1',
      quote: Q_ZJMADE,
      title: {
        zh: '制定“浙江制造”标准的第一起草单位 → 15万元',
        en: 'First drafter of a "Made in Zhejiang" standard → 150,000 yuan',
      },
      // “浙江制造”标准 are group standards (团体标准, T/ZZB); with the level, a standard of another level is plainly not one
      match: { kind: 'standard_drafting', level: 'group', subtype: 'zhejiang_made' },
      conditions: [FIRST_DRAFTER],
      amount: { type: 'fixed', yuan: 150_000 },
      readings: [DRAFTING_MADE],
    },
    // ── 三(二)2 标准化试点（示范） ──
    {
      id: 'pilot.national',
      clause: '三(二)2',
      quote: Q_PILOT,
      title: {
        zh: '国家级标准化试点（示范）项目通过考核验收 → 50万元',
        en: 'National standardization pilot passed assessment and acceptance → 500,000 yuan',
      },
      match: { kind: 'standardization_pilot', level: 'national' },
      conditions: [PILOT_ACCEPTED],
      amount: { type: 'fixed', yuan: 500_000 },
      readings: [PILOT_MAIN_UNDERTAKER],
    },
    {
      id: 'pilot.provincial',
      clause: '三(二)2',
      quote: Q_PILOT,
      title: {
        zh: '省级标准化试点（示范）项目通过考核验收 → 20万元',
        en: 'Provincial standardization pilot passed assessment and acceptance → 200,000 yuan',
      },
      match: { kind: 'standardization_pilot', level: 'provincial' },
      conditions: [PILOT_ACCEPTED],
      amount: { type: 'fixed', yuan: 200_000 },
      readings: [PILOT_MAIN_UNDERTAKER],
    },
    {
      id: 'pilot.municipal',
      clause: '三(二)2',
      quote: Q_PILOT_MUNI,
      title: {
        zh: '市级标准化试点（示范）项目通过考核验收且考核结果为优秀 → 10万元',
        en: 'Municipal standardization pilot accepted with an excellent result → 100,000 yuan',
      },
      match: { kind: 'standardization_pilot', level: 'municipal' },
      conditions: [
        {
          type: 'fact_in',
          fact: 'stage',
          values: ['accepted'],
          failure: 'prerequisite_not_met',
          quote: '通过市级标准化试点（示范）项目考核验收',
        },
        {
          type: 'fact_in',
          fact: 'result',
          values: ['excellent'],
          failure: 'result_not_qualifying',
          quote: '考核结果为优秀',
        },
      ],
      amount: { type: 'fixed', yuan: 100_000 },
      readings: [PILOT_MAIN_UNDERTAKER],
    },
    // ── 三(二)3 标准国际化 ──
    {
      id: 'drafting.international',
      clause: '三(二)3',
      quote: Q_INTL,
      title: {
        zh: '制定国际标准的第一起草单位 → 100万元',
        en: 'First drafter of an international standard → 1,000,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'international' },
      conditions: [FIRST_DRAFTER],
      amount: { type: 'fixed', yuan: 1_000_000 },
      readings: [DRAFTING_MADE],
    },
    {
      id: 'std-intl.cultivation-base',
      clause: '三(二)3',
      quote: Q_STD_INTL,
      title: {
        zh: '获批标准国际化培育基地 → 20万元',
        en: 'Standard internationalization cultivation base approved → 200,000 yuan',
      },
      match: { kind: 'standard_internationalization', subtype: 'cultivation_base' },
      amount: { type: 'fixed', yuan: 200_000 },
    },
    {
      id: 'std-intl.pilot-unit',
      clause: '三(二)3',
      quote: Q_STD_INTL,
      title: {
        zh: '获批标准国际化试点（示范）单位 → 10万元',
        en: 'Standard internationalization pilot (demonstration) unit approved → 100,000 yuan',
      },
      match: { kind: 'standard_internationalization', subtype: 'pilot_unit' },
      amount: { type: 'fixed', yuan: 100_000 },
    },
    // ── 三(二)4 标准化与科技创新 ──
    {
      id: 'standard-award.china',
      clause: '三(二)4',
      quote: Q_STD_AWARD,
      title: {
        zh: '项目荣获中国标准创新贡献奖（项目奖一、二、三等奖）→ 100万元',
        en: 'China Standard Innovation Contribution Award, project award (any grade) → 1,000,000 yuan',
      },
      match: {
        kind: 'standard_innovation_award',
        level: 'national',
        prize: ['first', 'second', 'third'],
        recipientType: 'organization',
      },
      amount: { type: 'fixed', yuan: 1_000_000 },
    },
    {
      id: 'standard-award.zhejiang.major',
      clause: '三(二)4',
      quote: Q_STD_AWARD,
      title: {
        zh: '项目荣获浙江省标准创新重大贡献奖 → 80万元',
        en: 'Zhejiang standard innovation major contribution award → 800,000 yuan',
      },
      match: {
        kind: 'standard_innovation_award',
        level: 'provincial',
        region: ZHEJIANG,
        prize: 'major_contribution',
        recipientType: 'organization',
      },
      amount: { type: 'fixed', yuan: 800_000 },
    },
    {
      id: 'standard-award.zhejiang.excellent',
      clause: '三(二)4',
      quote: Q_STD_AWARD,
      title: {
        zh: '项目荣获浙江省标准创新优秀贡献奖 → 30万元',
        en: 'Zhejiang standard innovation excellent contribution award → 300,000 yuan',
      },
      match: {
        kind: 'standard_innovation_award',
        level: 'provincial',
        region: ZHEJIANG,
        prize: 'excellent_contribution',
        recipientType: 'organization',
      },
      amount: { type: 'fixed', yuan: 300_000 },
    },
    {
      id: 'standard-award.taizhou',
      clause: '三(二)4',
      quote: '对获得台州市标准创新贡献奖的组织，给予50万元的奖励',
      title: {
        zh: '台州市标准创新贡献奖 → 50万元',
        en: 'Taizhou standard innovation contribution award → 500,000 yuan',
      },
      match: { kind: 'standard_innovation_award', level: 'municipal', region: TAIZHOU, recipientType: 'organization' },
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'patent-standard-demo.taizhou',
      clause: '三(二)4',
      quote: '对认定为台州市专利标准融合发展示范企业的，给予10万元的奖励',
      title: {
        zh: '台州市专利标准融合发展示范企业 → 10万元',
        en: 'Taizhou patent-standard integration demonstration enterprise → 100,000 yuan',
      },
      match: { kind: 'patent_standard_integration_demonstration', level: 'municipal', region: TAIZHOU },
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'secretariat.tc',
      clause: '三(二)4',
      quote: Q_SEC,
      title: {
        zh: '承担全国专业标准化技术委员会（TC）秘书处 → 100万元',
        en: 'Secretariat of a national technical committee (TC) → 1,000,000 yuan',
      },
      match: { kind: 'standardization_body_secretariat', level: 'national', body: 'tc' },
      amount: { type: 'fixed', yuan: 1_000_000 },
    },
    {
      id: 'secretariat.sc',
      clause: '三(二)4',
      quote: Q_SEC,
      title: {
        zh: '承担全国分技术委员会（SC）秘书处 → 50万元',
        en: 'Secretariat of a national subcommittee (SC) → 500,000 yuan',
      },
      match: { kind: 'standardization_body_secretariat', level: 'national', body: 'sc' },
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'secretariat.swg',
      clause: '三(二)4',
      quote: Q_SEC,
      title: {
        zh: '承担全国标准化工作组（SWG）秘书处 → 30万元',
        en: 'Secretariat of a national standardization working group (SWG) → 300,000 yuan',
      },
      match: { kind: 'standardization_body_secretariat', level: 'national', body: 'swg' },
      amount: { type: 'fixed', yuan: 300_000 },
    },
    {
      id: 'secretariat.rg',
      clause: '三(二)4',
      quote: Q_SEC,
      title: {
        zh: '承担全国标准化项目研究组（RG）秘书处 → 10万元',
        en: 'Secretariat of a national standardization research group (RG) → 100,000 yuan',
      },
      match: { kind: 'standardization_body_secretariat', level: 'national', body: 'rg' },
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'innovation-base.national',
      clause: '三(二)4',
      quote: '对通过验收批准成立的国家技术标准创新基地的承担单位，给予50万元的奖励',
      title: {
        zh: '国家技术标准创新基地通过验收批准成立 → 50万元',
        en: 'National technical standard innovation base accepted and established → 500,000 yuan',
      },
      match: { kind: 'standard_innovation_base', subtype: 'base', level: 'national' },
      conditions: [
        {
          type: 'fact_in',
          fact: 'stage',
          values: ['accepted'],
          failure: 'prerequisite_not_met',
          quote: '通过验收批准成立',
        },
      ],
      amount: { type: 'fixed', yuan: 500_000 },
    },
    // ── 三(三)1 计量 ──
    {
      id: 'metrology-center.national',
      clause: '三(三)1',
      quote: Q_METRO,
      title: {
        zh: '通过国家级产业计量测试中心验收 → 100万元',
        en: 'National industrial metrology testing center accepted → 1,000,000 yuan',
      },
      match: { kind: 'industrial_metrology_center', level: 'national' },
      conditions: [CENTER_ACCEPTED],
      amount: { type: 'fixed', yuan: 1_000_000 },
    },
    {
      id: 'metrology-center.provincial',
      clause: '三(三)1',
      quote: Q_METRO,
      title: {
        zh: '通过省级产业计量测试中心验收 → 30万元',
        en: 'Provincial industrial metrology testing center accepted → 300,000 yuan',
      },
      match: { kind: 'industrial_metrology_center', level: 'provincial' },
      conditions: [CENTER_ACCEPTED],
      amount: { type: 'fixed', yuan: 300_000 },
    },
    // ── 三(三)2 检验检测 ──
    {
      id: 'inspection-center.national',
      clause: '三(三)2',
      quote: Q_INSP,
      title: {
        zh: '通过国家产品质量检验检测中心验收 → 100万元',
        en: 'National product quality inspection center accepted → 1,000,000 yuan',
      },
      match: { kind: 'inspection_center', level: 'national' },
      conditions: [INSPECTION_ACCEPTED],
      amount: { type: 'fixed', yuan: 1_000_000 },
    },
    {
      id: 'inspection-center.provincial',
      clause: '三(三)2',
      quote: Q_INSP,
      title: {
        zh: '通过省级产品质量检验检测中心验收 → 30万元',
        en: 'Provincial product quality inspection center accepted → 300,000 yuan',
      },
      match: { kind: 'inspection_center', level: 'provincial' },
      conditions: [INSPECTION_ACCEPTED],
      amount: { type: 'fixed', yuan: 300_000 },
    },
    {
      id: 'key-lab.national',
      clause: '三(三)2',
      quote: Q_KEYLAB,
      title: {
        zh: '建成国家级重点检测实验室 → 30万元',
        en: 'National key testing laboratory completed → 300,000 yuan',
      },
      match: { kind: 'key_testing_laboratory', level: 'national' },
      conditions: [KEYLAB_BUILT],
      amount: { type: 'fixed', yuan: 300_000 },
    },
    {
      id: 'key-lab.provincial',
      clause: '三(三)2',
      quote: Q_KEYLAB,
      title: {
        zh: '建成省级重点检测实验室 → 10万元',
        en: 'Provincial key testing laboratory completed → 100,000 yuan',
      },
      match: { kind: 'key_testing_laboratory', level: 'provincial' },
      conditions: [KEYLAB_BUILT],
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'open-lab.taizhou',
      clause: '三(三)2',
      quote: '对被认定为台州市开放共享质量赋能实验室的，给予30万元的奖励',
      title: {
        zh: '台州市开放共享质量赋能实验室 → 30万元',
        en: 'Taizhou open shared quality-enabling laboratory → 300,000 yuan',
      },
      match: { kind: 'open_shared_laboratory', level: 'municipal', region: TAIZHOU },
      amount: { type: 'fixed', yuan: 300_000 },
    },
    {
      id: 'one-stop.construction',
      clause: '三(三)2',
      quote: '建设质量基础设施“一站式”服务平台并通过验收的，对承担平台建设的企业或其它组织，给予每个平台10万元的补助',
      title: {
        zh: '建设“一站式”服务平台并通过验收 → 每个平台10万元',
        en: 'One-stop service platform built and accepted → 100,000 yuan per platform',
      },
      match: { kind: 'one_stop_service_platform', subtype: 'construction' },
      amount: { type: 'per_item', yuanEach: 100_000, unit: { zh: '每个平台', en: 'per platform' } },
    },
    {
      id: 'one-stop.rating',
      clause: '三(三)2',
      quote: '对被评为省级示范点或五星级的平台，给予10万元的奖励',
      title: {
        zh: '“一站式”平台被评为省级示范点或五星级 → 10万元',
        en: 'One-stop platform rated provincial model point or five-star → 100,000 yuan',
      },
      match: { kind: 'one_stop_service_platform', subtype: 'rating' },
      amount: { type: 'fixed', yuan: 100_000 },
    },
    // ── 三(三)3 认证认可 ──
    {
      id: 'cnas',
      clause: '三(三)3',
      quote: '对通过CNAS认可的实验室，一次性给予10万元的奖励',
      title: { zh: '通过CNAS认可的实验室 → 10万元', en: 'Laboratory accredited by CNAS → 100,000 yuan' },
      match: { kind: 'laboratory_accreditation' },
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'certification-pilot.provincial',
      clause: '三(三)3',
      quote:
        '对获得省级认证认可试点项目（包括乡村民宿服务认证、绿色金融认证、绿色公厕服务认证等）证书的组织，每项认证分别一次性给予10万元的奖励',
      title: {
        zh: '省级认证认可试点项目证书 → 每项认证10万元',
        en: 'Provincial certification pilot project certificate → 100,000 yuan per certification',
      },
      match: { kind: 'certification_pilot_project', level: 'provincial' },
      amount: { type: 'per_item', yuanEach: 100_000, unit: { zh: '每项认证', en: 'per certification' } },
    },
    {
      id: 'green-product.china',
      clause: '三(三)3',
      quote: Q_GREEN,
      title: { zh: '通过中国绿色产品认证 → 10万元', en: 'China green product certification → 100,000 yuan' },
      match: { kind: 'green_product_certification', subtype: 'china_green_product' },
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'green-product.green-food',
      clause: '三(三)3',
      quote: Q_GREEN,
      title: {
        zh: '2021年2月12日至2024年2月11日同一产品通过绿色食品认证且连续两年年检合格 → 10万元',
        en: 'Green food certification 2021-02-12 – 2024-02-11 with two consecutive annual inspections passed → 100,000 yuan',
      },
      match: { kind: 'green_product_certification', subtype: 'green_food' },
      conditions: [
        {
          type: 'obtained_within',
          from: '2021-02-12',
          to: '2024-02-11',
          reachesBeforePolicyStart: true,
          quote: '自2021年2月12日起至2024年2月11日',
        },
        {
          type: 'fact_at_least',
          fact: 'consecutiveAnnualInspectionsPassed',
          min: 2,
          failure: 'prerequisite_not_met',
          quote: '连续两年年检合格',
        },
      ],
      amount: { type: 'fixed', yuan: 100_000 },
      readings: [
        {
          id: 'taizhou.green-food-window',
          question: {
            zh: '绿色食品认证的期间（2021年2月12日至2024年2月11日）按哪一日计？早于本意见施行日（2023年2月11日）取得的认证能否奖励？',
            en: 'Which date must fall in the green food window (2021-02-12 – 2024-02-11)? Can a certification obtained before this policy took effect (2023-02-11) be rewarded?',
          },
          literal: '自2021年2月12日起至2024年2月11日同一产品通过绿色食品认证且连续两年年检合格',
          chosen: {
            zh: '按绿色食品认证取得日（obtainedOn）计，须在2021-02-12至2024-02-11（均含）之间，且同一产品连续两年年检合格（consecutiveAnnualInspectionsPassed ≥ 2）。本条期间追溯至2021年2月12日，早于本意见施行日（2023-02-11）取得的认证在此期间内的，亦予奖励（本条期间取代施行日规则）',
            en: 'The green food certification date (obtainedOn) must fall within 2021-02-12 – 2024-02-11 (both included), and the same product must have passed two consecutive annual inspections (consecutiveAnnualInspectionsPassed ≥ 2). The clause reaches back to 2021-02-12: certifications obtained in that window before this policy took effect (2023-02-11) are rewarded too (the clause window replaces the policy-wide start rule)',
          },
          alternative: {
            zh: '认证及两次年检均须在该期间内完成；或以第二次年检合格之日为取得日',
            en: 'Certification and both inspections must all fall within the window; or the day the second inspection was passed is the date obtained',
          },
          basis: {
            zh: '期间紧接在“同一产品通过绿色食品认证”之前，修饰认证；2021年2月12日起的三年与被废止文件的期间衔接，表明本条有意覆盖施行日前的认证',
            en: 'The window stands right before 同一产品通过绿色食品认证 and qualifies the certification; three years from 2021-02-12 follow on from the repealed policy, showing the clause means to cover certifications before this policy’s start',
          },
        },
      ],
    },
    {
      id: 'geographical-indication.agricultural',
      clause: '三(三)3',
      quote: '对通过农产品地理标志登记保护的组织，一次性给予10万元的奖励',
      title: {
        zh: '通过农产品地理标志登记保护 → 10万元',
        en: 'Agricultural product geographical indication registered → 100,000 yuan',
      },
      match: { kind: 'geographical_indication', subtype: 'agricultural_product' },
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'zhejiang-made-international-certificate',
      clause: '三(三)3',
      quote: '对获得“浙江制造”首张国际认证多国证书的企业，给予10万元的奖励',
      title: {
        zh: '获得“浙江制造”首张国际认证多国证书 → 10万元',
        en: 'First Made in Zhejiang international multi-country certificate → 100,000 yuan',
      },
      match: { kind: 'zhejiang_made_international_certificate' },
      conditions: [{ type: 'first_time', quote: '首张国际认证多国证书' }],
      amount: { type: 'fixed', yuan: 100_000 },
      readings: [
        {
          id: 'taizhou.zhejiang-made-first-international-certificate',
          question: {
            zh: '“首张”是指本企业的第一张，还是全省或本行业的第一张？',
            en: 'Does 首张 mean the enterprise’s first, or the first in the province or industry?',
          },
          literal: '“浙江制造”首张国际认证多国证书',
          chosen: {
            zh: '本企业获得的第一张“浙江制造”国际认证多国证书（firstTime）',
            en: 'The enterprise’s own first Made in Zhejiang international multi-country certificate (firstTime)',
          },
          alternative: {
            zh: '全省（或本行业、本产品类别）首张此类证书',
            en: 'The first such certificate in the province (or industry, or product category)',
          },
          basis: {
            zh: '奖励对象是“获得……首张……证书的企业”，与“首张‘品字标’认证证书”同样以企业为单位计',
            en: 'The reward goes to the enterprise obtaining the first certificate, counted per enterprise like the first Pinzibiao certificate',
          },
        },
      ],
    },
    // ── 三(三)4 公共项目 ──
    {
      id: 'public-quality-project',
      clause: '三(三)4',
      quote: '通过公平竞争方式，择优筛选一批质量提升公共项目',
      title: {
        zh: '质量提升公共项目 → 金额未定（择优筛选）',
        en: 'Public quality improvement project → no amount stated (competitive selection)',
      },
      match: { kind: 'public_quality_project' },
      amount: {
        type: 'not_computable',
        reason: 'case_by_case',
        note: {
          zh: '每年在专项资金中安排部分资金，通过公平竞争择优筛选项目；文本未规定金额',
          en: 'Part of the annual special fund goes to projects selected by fair competition; the text states no amount',
        },
      },
    },
  ],
  stacking: [
    {
      type: 'first_filed',
      id: 'taizhou.first-filed',
      clause: '五',
      quote: '同一项目符合多项补助的，按最先申报一项执行',
      reading: {
        id: 'taizhou.same-project',
        question: {
          zh: '“同一项目”指什么？“最先申报”按什么确定？',
          en: 'What counts as 同一项目 (the same project)? How is 最先申报 (first filed) decided?',
        },
        literal: '同一项目符合多项补助的，按最先申报一项执行',
        chosen: {
          zh: '同一项目指调用方给出相同 projectId 的成果；未给 projectId 的成果自成一个项目。同一项目的多项补助按申报日（filedOn）只付最先申报的一项，即使后申报的一项金额更高；缺申报日或最先申报日相同的，待定。该项目已按本意见获得补助（history 中 projectId 相同）的，不再补助；按被废止的2021年文件获得的补助不计',
          en: 'Achievements the caller gives the same projectId are one project; an achievement without projectId is its own project. Of one project’s claims only the first filed (by filedOn) is paid, even when a later one is larger; without filing dates, or with a tie for first, they are undecided. A project already paid under this policy (same projectId in history) gets nothing more; payments under the repealed 2021 policy are not counted',
        },
        alternative: {
          zh: '由主管部门认定同一成果或同一事项在不同条款下的补助为同一项目（不依赖调用方的 projectId）；或按被废止的2021年文件已获补助的项目亦不再补助',
          en: 'The authority decides which claims under different clauses concern one project (not the caller’s projectId); or projects already paid under the repealed 2021 policy get nothing more either',
        },
        basis: {
          zh: '文本未界定“同一项目”，本库不推断何为同一项目；“按最先申报一项执行”以申报先后而非金额高低决定',
          en: 'The text does not define 同一项目, so the library does not infer it; 按最先申报一项执行 decides by filing order, not by amount',
        },
      },
    },
    {
      type: 'cumulative_cap',
      id: 'taizhou.pinzibiao-cap',
      clause: '三(一)1',
      quote: Q_PZB_CAP,
      rules: ['pinzibiao.initial', 'pinzibiao.renewal', 'pinzibiao.self-declaration'],
      capYuan: 500_000,
      period: { type: 'ever' },
      reading: {
        id: 'taizhou.pinzibiao-cap-2021',
        question: {
          zh: '按被废止的台政发〔2021〕4号已获得的“品字标”奖励是否计入50万元累计上限？',
          en: 'Do Pinzibiao rewards already paid under the repealed 台政发〔2021〕4号 count toward the 500,000 yuan cap?',
        },
        literal: '上述“品字标”奖励总额每家企业累计不超过50万元',
        chosen: {
          zh: '只计按本意见（taizhou-2023）支付的“品字标”奖励',
          en: 'Only Pinzibiao rewards paid under this policy (taizhou-2023) count',
        },
        alternative: {
          zh: '按2021年文件已获得的“品字标”奖励也计入每家企业的累计总额',
          en: 'Pinzibiao rewards paid under the 2021 policy also count toward each enterprise’s total',
        },
        basis: {
          zh: '“上述”指本条所列的奖励；2021年文件已废止，本意见未规定与之合并计算',
          en: '上述 refers to the rewards just listed in this clause; the 2021 policy is repealed and this text does not say to add its payments',
        },
      },
    },
  ],
} satisfies PolicyInput;
