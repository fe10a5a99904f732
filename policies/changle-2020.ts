import type { ConditionInput, Once, PolicyInput, Reading } from '../src/schema/policy.js';
import { ONE_OFF } from './oneOff.js';

/** 一次性 (README, "一次性"): one lump sum per matter, paid once, enforced through history. */
const ONCE: Once = {
  per: 'matter',
  quote: '一次性',
  reading: { id: 'changle.one-off', literal: '一次性', ...ONE_OFF },
};

/**
 * 长乐区 2020: 关于加快建设质量强区推进制造业、新兴产业发展若干意见.
 * Source: changle-2020.source.txt. Rewards are in 三(二) 强化政策扶持, items 1–4.
 */

const Q1_CQA = '对获得中国质量奖、中国质量奖提名奖的企业，分别给予一次性配套奖励200万元、100万元';
const Q1_FJ = '对获得福建省政府质量奖、福建省政府质量奖提名奖的企业，分别给予一次性配套奖励100万元、50万元';
const Q1_FZ = '对获得福州市政府质量奖的企业，给予一次性配套奖励50万元';
const Q31_NAT =
  '对承担国际、国家标准化组织专业技术委员会/分技术委员会秘书处或工作组工作的单位，分别给予一次性奖励50万元、30万元';
const Q31_FJ = '对承担福建省专业标准化技术委员会秘书处工作的单位，给予一次性奖励10万元';
const Q32_LEAD =
  '对主导制（修）订国际标准、国家标准、行业标准、地方标准、团体标准的项目起草单位（排名前三位的），分别给与一次性奖励50万元、30万元、20万元、10万元、5万元';
const Q32_PART =
  '对参与制（修）订国际标准、国家标准、行业标准、地方标准的项目起草单位（排名第四位及之后的），分别给予一次性奖励25万元、15万元、10万元、5万元';
const Q33 =
  '对承担国家级、省级、市级标准化示范（试点）项目的单位，通过标准化主管部门验收的，分别给予一次性奖励20万元、15万元、5万元';
const Q34 = '对承担国家级、省级、市级标准化科研项目并结题验收合格的单位，分别给予一次性奖励50万元、20万元、10万元';
const Q35_CN =
  '对荣获“中国标准创新贡献奖”项目奖一等奖、二等奖、三等奖的标准制（修）订的主导单位，分别给予一次性奖励6万元、4万元、2万元';
const Q35_FJ =
  '对荣获“福建省标准贡献奖”一等奖、二等奖、三等奖的标准制（修）订主导单位，分别给予一次性奖励5万元、3万元、1万元';

const FUJIAN = '350000';
const FUZHOU = '350100';

/** 3(3)/3(4) say 省级、市级 without naming the province or city. */
const FUJIAN_READING: Reading = {
  id: 'changle.provincial-municipal',
  question: {
    zh: '3(3)、3(4) 的“省级、市级”项目是否限于福建省、福州市？',
    en: 'Are the provincial and municipal projects of 3(3) and 3(4) those of Fujian and Fuzhou only?',
  },
  literal: '国家级、省级、市级标准化示范（试点）项目',
  chosen: {
    zh: '省级 = 福建省（region 350000），市级 = 福州市（region 350100）',
    en: 'Provincial = Fujian (region 350000), municipal = Fuzhou (region 350100)',
  },
  alternative: { zh: '任何省、市的项目均可', en: 'Any province’s or city’s project' },
  basis: {
    zh: '同一意见在第1项、3(1)、3(5) 中明确为福建省、福州市；区级政策奖励本省本市体系内的项目',
    en: 'Items 1, 3(1) and 3(5) of the same text name Fujian and Fuzhou; a district rewards projects of its own province and city',
  },
  alternativeData: [{ type: 'match_values', fact: 'region', values: null }],
};

/** Item 4 rewards 获得 the certification once (一次性); the text does not speak of renewals. */
const INITIAL_CERTIFICATION: ConditionInput = {
  type: 'fact_in',
  fact: 'cycle',
  values: ['initial'],
  failure: 'prerequisite_not_met',
  quote: '对获得 IS010012 测量管理体系认证的企业，给予一次性奖励3万元',
  reading: {
    id: 'changle.measurement-renewal',
    question: {
      zh: '测量管理体系认证到期复评（再认证）是否再次奖励？',
      en: 'Is a renewed (re-certified) measurement management system paid again?',
    },
    literal: '对获得 IS010012 测量管理体系认证的企业，给予一次性奖励3万元',
    chosen: {
      zh: '只奖励首次获得认证（cycle initial）',
      en: 'Only obtaining the certification for the first time (cycle initial)',
    },
    alternative: {
      zh: '每次获得（含复评）均奖励3万元',
      en: 'Every certification, renewals included, pays 30,000 yuan',
    },
    basis: {
      zh: '“获得……认证”“一次性奖励”指取得认证这一事件；文本未提复评',
      en: '获得 and 一次性 speak of the event of obtaining it; the text does not mention renewals',
    },
  },
};

const LEAD: ConditionInput = { type: 'rank_between', min: 1, max: 3, quote: '排名前三位的' };
const PARTICIPANT: ConditionInput = { type: 'rank_between', min: 4, max: null, quote: '排名第四位及之后的' };
const PILOT_ACCEPTED: ConditionInput = {
  type: 'fact_in',
  fact: 'stage',
  values: ['accepted'],
  failure: 'prerequisite_not_met',
  quote: '通过标准化主管部门验收的',
};
const RESEARCH_ACCEPTED: ConditionInput = {
  type: 'fact_in',
  fact: 'stage',
  values: ['accepted'],
  failure: 'prerequisite_not_met',
  quote: '结题验收合格',
};
const LEAD_UNIT: ConditionInput = {
  type: 'fact_in',
  fact: 'drafterRole',
  values: ['main'],
  failure: 'prerequisite_not_met',
  quote: '主导单位',
};

export const changle2020 = {
  id: 'changle-2020',
  title: '关于加快建设质量强区推进制造业、新兴产业发展若干意见',
  titleEn:
    'Opinions on Building a Quality-Strong District and Advancing Manufacturing and Emerging Industries (Changle, 2020)',
  jurisdiction: {
    code: '350112',
    slug: 'changle',
    names: ['长乐区', '福州市长乐区', '福建省福州市长乐区', '长乐'],
    nameEn: 'Changle District, Fuzhou, Fujian',
  },
  status: 'in_force',
  window: {
    start: {
      date: '2020-01-01',
      clause: '末段',
      quote: '本意见自2020年1月1日起施行',
      reading: {
        id: 'changle.start-backdated',
        question: { zh: '施行日是否为追溯？', en: 'Is the start date backdated?' },
        literal: '本意见自2020年1月1日起施行，此前与本意见不一致的，以本意见为准。',
        chosen: {
          zh: '按文本以2020年1月1日为施行日（文本引用2020年文件，施行日可能为追溯）',
          en: 'The start is taken as written, 2020-01-01 (the text cites a 2020 document, so the date may be backdated)',
        },
        basis: {
          zh: '文本明确规定施行日，追溯与否不改变该日期',
          en: 'The text states the date; backdating does not change it',
        },
      },
    },
    end: {
      type: 'open',
      reading: {
        id: 'changle.no-end-date',
        question: { zh: '文本未规定有效期或终止日。', en: 'The text states no end date.' },
        literal: '本意见自2020年1月1日起施行',
        chosen: { zh: '视为持续有效，直至被废止或修订', en: 'Read as in force until repealed or amended' },
        basis: {
          zh: '文本未设终止日；调用方应核实其是否已被废止',
          en: 'No end is stated; callers should check it has not been repealed',
        },
      },
    },
  },
  achievementTiming: {
    startDayCounts: true,
    reading: {
      id: 'changle.timing',
      question: {
        zh: '文本未规定施行前取得的成果是否奖励。',
        en: 'The text is silent on achievements obtained before it took effect.',
      },
      literal: '本意见自2020年1月1日起施行',
      chosen: {
        zh: '仅奖励2020年1月1日（含）以后取得的成果',
        en: 'Only achievements obtained on or after 2020-01-01 are rewarded',
      },
      alternative: {
        zh: '施行期间申报的较早成果也予奖励',
        en: 'Earlier achievements claimed while the policy is in force are also rewarded',
      },
      basis: {
        zh: '政策奖励其施行期间发生的成果；不推定追溯',
        en: 'A policy rewards what happens under it; no retroactivity is presumed',
      },
    },
  },
  notices: [
    {
      id: 'changle.local-applicants',
      clause: '序言',
      quote: '引导、激励我区企业或组织',
      message: {
        zh: '本意见面向长乐区企业或组织，但未规定注册地、税务登记地等条件；调用方应自行确认申报主体属于本区。',
        en: 'The text addresses enterprises and organizations of the district but sets no registration condition; callers must check the applicant belongs to it.',
      },
    },
    {
      id: 'changle.township-rules',
      clause: '三(二)',
      quote: '各乡镇（街道）可结合实际，制定相应的奖励规定',
      message: {
        zh: '各乡镇（街道）可能另有奖励规定，不在本库计算范围内。',
        en: 'Townships (streets) may have their own reward rules, not computed here.',
      },
    },
  ],
  rules: [
    {
      id: 'cqa.award',
      clause: '三(二)1',
      quote: Q1_CQA,
      title: { zh: '中国质量奖 → 200万元', en: 'China Quality Award → 2,000,000 yuan' },
      match: { kind: 'government_quality_award', level: 'national', prize: 'award', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 2_000_000 },
    },
    {
      id: 'cqa.nomination',
      clause: '三(二)1',
      quote: Q1_CQA,
      title: { zh: '中国质量奖提名奖 → 100万元', en: 'China Quality Award nomination → 1,000,000 yuan' },
      match: {
        kind: 'government_quality_award',
        level: 'national',
        prize: 'nomination',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000 },
    },
    {
      id: 'fujian-qa.award',
      clause: '三(二)1',
      quote: Q1_FJ,
      title: { zh: '福建省政府质量奖 → 100万元', en: 'Fujian Government Quality Award → 1,000,000 yuan' },
      match: {
        kind: 'government_quality_award',
        level: 'provincial',
        region: FUJIAN,
        prize: 'award',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000 },
    },
    {
      id: 'fujian-qa.nomination',
      clause: '三(二)1',
      quote: Q1_FJ,
      title: { zh: '福建省政府质量奖提名奖 → 50万元', en: 'Fujian Government Quality Award nomination → 500,000 yuan' },
      match: {
        kind: 'government_quality_award',
        level: 'provincial',
        region: FUJIAN,
        prize: 'nomination',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'fuzhou-qa.award',
      clause: '三(二)1',
      quote: Q1_FZ,
      title: { zh: '福州市政府质量奖 → 50万元', en: 'Fuzhou Government Quality Award → 500,000 yuan' },
      match: {
        kind: 'government_quality_award',
        level: 'municipal',
        region: FUZHOU,
        prize: 'award',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'lab-accreditation',
      clause: '三(二)2',
      quote: '对获得国家实验室认可的技术检测机构，给予一次性奖励30万元',
      title: { zh: '国家实验室认可 → 30万元', en: 'National laboratory accreditation → 300,000 yuan' },
      match: { kind: 'laboratory_accreditation', recipientType: 'organization' },
      conditions: [
        {
          type: 'fact_in',
          fact: 'cycle',
          values: ['initial'],
          failure: 'prerequisite_not_met',
          quote: '对获得国家实验室认可的技术检测机构，给予一次性奖励30万元',
          reading: {
            id: 'changle.lab-renewal',
            question: {
              zh: '国家实验室认可到期复评审（再认可）是否再次奖励？',
              en: 'Is a renewed (reassessed) national laboratory accreditation paid again?',
            },
            literal: '对获得国家实验室认可的技术检测机构，给予一次性奖励30万元',
            chosen: {
              zh: '只奖励首次获得认可（cycle initial）；复评审、再认可（cycle renewal）是同一事项，不再奖励；未给出 cycle 的待定',
              en: 'Only obtaining the accreditation (cycle initial); a reassessment or renewal (cycle renewal) is the same matter and is not paid again; without cycle the claim is undetermined',
            },
            alternative: {
              zh: '每次获得认可（含复评审）均奖励30万元',
              en: 'Every accreditation, renewals included, pays 300,000 yuan',
            },
            basis: {
              zh: '按“一次性”的统一读法（changle.one-off），复评是同一事项；与第4项测量管理体系认证同读（changle.measurement-renewal）；文本未提复评',
              en: 'By the one reading of 一次性 (changle.one-off) a renewal is the same matter; read like item 4, measurement management certification (changle.measurement-renewal); the text does not mention renewals',
            },
          },
        },
      ],
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
    },
    {
      id: 'secretariat.international',
      clause: '三(二)3(1)',
      quote: Q31_NAT,
      title: {
        zh: '国际标准化组织 TC/SC 秘书处或工作组 → 50万元',
        en: 'International TC/SC secretariat or working group → 500,000 yuan',
      },
      match: {
        kind: 'standardization_body_secretariat',
        level: 'international',
        body: ['tc', 'sc', 'wg'],
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'secretariat.national',
      clause: '三(二)3(1)',
      quote: Q31_NAT,
      title: {
        zh: '国家标准化组织 TC/SC 秘书处或工作组 → 30万元',
        en: 'National TC/SC secretariat or working group → 300,000 yuan',
      },
      match: {
        kind: 'standardization_body_secretariat',
        level: 'national',
        body: ['tc', 'sc', 'wg'],
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
    },
    {
      id: 'secretariat.fujian',
      clause: '三(二)3(1)',
      quote: Q31_FJ,
      title: { zh: '福建省专业标准化技术委员会秘书处 → 10万元', en: 'Fujian provincial TC secretariat → 100,000 yuan' },
      match: {
        kind: 'standardization_body_secretariat',
        level: 'provincial',
        region: FUJIAN,
        body: 'tc',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'drafting.international.lead',
      clause: '三(二)3(2)',
      quote: Q32_LEAD,
      title: {
        zh: '主导制（修）订国际标准（排名前三位）→ 50万元',
        en: 'Leading drafter of an international standard (rank 1–3) → 500,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'international', recipientType: 'organization' },
      conditions: [LEAD],
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'drafting.national.lead',
      clause: '三(二)3(2)',
      quote: Q32_LEAD,
      title: {
        zh: '主导制（修）订国家标准（排名前三位）→ 30万元',
        en: 'Leading drafter of a national standard (rank 1–3) → 300,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'national', recipientType: 'organization' },
      conditions: [LEAD],
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
    },
    {
      id: 'drafting.industry.lead',
      clause: '三(二)3(2)',
      quote: Q32_LEAD,
      title: {
        zh: '主导制（修）订行业标准（排名前三位）→ 20万元',
        en: 'Leading drafter of an industry standard (rank 1–3) → 200,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'industry', recipientType: 'organization' },
      conditions: [LEAD],
      once: ONCE,
      amount: { type: 'fixed', yuan: 200_000 },
    },
    {
      id: 'drafting.local.lead',
      clause: '三(二)3(2)',
      quote: Q32_LEAD,
      title: {
        zh: '主导制（修）订地方标准（排名前三位）→ 10万元',
        en: 'Leading drafter of a local standard (rank 1–3) → 100,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'local', recipientType: 'organization' },
      conditions: [LEAD],
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'drafting.group.lead',
      clause: '三(二)3(2)',
      quote: Q32_LEAD,
      title: {
        zh: '主导制（修）订团体标准（排名前三位）→ 5万元',
        en: 'Leading drafter of a group standard (rank 1–3) → 50,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'group', recipientType: 'organization' },
      conditions: [LEAD],
      once: ONCE,
      amount: { type: 'fixed', yuan: 50_000 },
    },
    {
      id: 'drafting.international.participant',
      clause: '三(二)3(2)',
      quote: Q32_PART,
      title: {
        zh: '参与制（修）订国际标准（排名第四位及之后）→ 25万元',
        en: 'Participating drafter of an international standard (rank 4 or later) → 250,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'international', recipientType: 'organization' },
      conditions: [PARTICIPANT],
      once: ONCE,
      amount: { type: 'fixed', yuan: 250_000 },
    },
    {
      id: 'drafting.national.participant',
      clause: '三(二)3(2)',
      quote: Q32_PART,
      title: {
        zh: '参与制（修）订国家标准（排名第四位及之后）→ 15万元',
        en: 'Participating drafter of a national standard (rank 4 or later) → 150,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'national', recipientType: 'organization' },
      conditions: [PARTICIPANT],
      once: ONCE,
      amount: { type: 'fixed', yuan: 150_000 },
    },
    {
      id: 'drafting.industry.participant',
      clause: '三(二)3(2)',
      quote: Q32_PART,
      title: {
        zh: '参与制（修）订行业标准（排名第四位及之后）→ 10万元',
        en: 'Participating drafter of an industry standard (rank 4 or later) → 100,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'industry', recipientType: 'organization' },
      conditions: [PARTICIPANT],
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'drafting.local.participant',
      clause: '三(二)3(2)',
      quote: Q32_PART,
      title: {
        zh: '参与制（修）订地方标准（排名第四位及之后）→ 5万元',
        en: 'Participating drafter of a local standard (rank 4 or later) → 50,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'local', recipientType: 'organization' },
      conditions: [PARTICIPANT],
      once: ONCE,
      amount: { type: 'fixed', yuan: 50_000 },
    },
    {
      id: 'pilot.national',
      clause: '三(二)3(3)',
      quote: Q33,
      title: {
        zh: '国家级标准化示范（试点）项目通过验收 → 20万元',
        en: 'National standardization pilot accepted → 200,000 yuan',
      },
      match: { kind: 'standardization_pilot', level: 'national', recipientType: 'organization' },
      conditions: [PILOT_ACCEPTED],
      once: ONCE,
      amount: { type: 'fixed', yuan: 200_000 },
    },
    {
      id: 'pilot.provincial',
      clause: '三(二)3(3)',
      quote: Q33,
      title: {
        zh: '省级标准化示范（试点）项目通过验收 → 15万元',
        en: 'Provincial standardization pilot accepted → 150,000 yuan',
      },
      match: { kind: 'standardization_pilot', level: 'provincial', region: FUJIAN, recipientType: 'organization' },
      readings: [FUJIAN_READING],
      conditions: [PILOT_ACCEPTED],
      once: ONCE,
      amount: { type: 'fixed', yuan: 150_000 },
    },
    {
      id: 'pilot.municipal',
      clause: '三(二)3(3)',
      quote: Q33,
      title: {
        zh: '市级标准化示范（试点）项目通过验收 → 5万元',
        en: 'Municipal standardization pilot accepted → 50,000 yuan',
      },
      match: { kind: 'standardization_pilot', level: 'municipal', region: FUZHOU, recipientType: 'organization' },
      readings: [FUJIAN_READING],
      conditions: [PILOT_ACCEPTED],
      once: ONCE,
      amount: { type: 'fixed', yuan: 50_000 },
    },
    {
      id: 'research.national',
      clause: '三(二)3(4)',
      quote: Q34,
      title: {
        zh: '国家级标准化科研项目结题验收合格 → 50万元',
        en: 'National standardization research project accepted → 500,000 yuan',
      },
      match: { kind: 'standardization_research_project', level: 'national', recipientType: 'organization' },
      conditions: [RESEARCH_ACCEPTED],
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'research.provincial',
      clause: '三(二)3(4)',
      quote: Q34,
      title: {
        zh: '省级标准化科研项目结题验收合格 → 20万元',
        en: 'Provincial standardization research project accepted → 200,000 yuan',
      },
      match: {
        kind: 'standardization_research_project',
        level: 'provincial',
        region: FUJIAN,
        recipientType: 'organization',
      },
      readings: [FUJIAN_READING],
      conditions: [RESEARCH_ACCEPTED],
      once: ONCE,
      amount: { type: 'fixed', yuan: 200_000 },
    },
    {
      id: 'research.municipal',
      clause: '三(二)3(4)',
      quote: Q34,
      title: {
        zh: '市级标准化科研项目结题验收合格 → 10万元',
        en: 'Municipal standardization research project accepted → 100,000 yuan',
      },
      match: {
        kind: 'standardization_research_project',
        level: 'municipal',
        region: FUZHOU,
        recipientType: 'organization',
      },
      readings: [FUJIAN_READING],
      conditions: [RESEARCH_ACCEPTED],
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'standard-award.china.first',
      clause: '三(二)3(5)',
      quote: Q35_CN,
      title: {
        zh: '“中国标准创新贡献奖”项目奖一等奖（主导单位）→ 6万元',
        en: 'China Standard Innovation Contribution Award, first prize (leading unit) → 60,000 yuan',
      },
      match: { kind: 'standard_innovation_award', level: 'national', prize: 'first', recipientType: 'organization' },
      conditions: [LEAD_UNIT],
      once: ONCE,
      amount: { type: 'fixed', yuan: 60_000 },
    },
    {
      id: 'standard-award.china.second',
      clause: '三(二)3(5)',
      quote: Q35_CN,
      title: {
        zh: '“中国标准创新贡献奖”项目奖二等奖（主导单位）→ 4万元',
        en: 'China Standard Innovation Contribution Award, second prize (leading unit) → 40,000 yuan',
      },
      match: { kind: 'standard_innovation_award', level: 'national', prize: 'second', recipientType: 'organization' },
      conditions: [LEAD_UNIT],
      once: ONCE,
      amount: { type: 'fixed', yuan: 40_000 },
    },
    {
      id: 'standard-award.china.third',
      clause: '三(二)3(5)',
      quote: Q35_CN,
      title: {
        zh: '“中国标准创新贡献奖”项目奖三等奖（主导单位）→ 2万元',
        en: 'China Standard Innovation Contribution Award, third prize (leading unit) → 20,000 yuan',
      },
      match: { kind: 'standard_innovation_award', level: 'national', prize: 'third', recipientType: 'organization' },
      conditions: [LEAD_UNIT],
      once: ONCE,
      amount: { type: 'fixed', yuan: 20_000 },
    },
    {
      id: 'standard-award.fujian.first',
      clause: '三(二)3(5)',
      quote: Q35_FJ,
      title: {
        zh: '“福建省标准贡献奖”一等奖（主导单位）→ 5万元',
        en: 'Fujian Standard Contribution Award, first prize (leading unit) → 50,000 yuan',
      },
      match: {
        kind: 'standard_innovation_award',
        level: 'provincial',
        region: FUJIAN,
        prize: 'first',
        recipientType: 'organization',
      },
      conditions: [LEAD_UNIT],
      once: ONCE,
      amount: { type: 'fixed', yuan: 50_000 },
    },
    {
      id: 'standard-award.fujian.second',
      clause: '三(二)3(5)',
      quote: Q35_FJ,
      title: {
        zh: '“福建省标准贡献奖”二等奖（主导单位）→ 3万元',
        en: 'Fujian Standard Contribution Award, second prize (leading unit) → 30,000 yuan',
      },
      match: {
        kind: 'standard_innovation_award',
        level: 'provincial',
        region: FUJIAN,
        prize: 'second',
        recipientType: 'organization',
      },
      conditions: [LEAD_UNIT],
      once: ONCE,
      amount: { type: 'fixed', yuan: 30_000 },
    },
    {
      id: 'standard-award.fujian.third',
      clause: '三(二)3(5)',
      quote: Q35_FJ,
      title: {
        zh: '“福建省标准贡献奖”三等奖（主导单位）→ 1万元',
        en: 'Fujian Standard Contribution Award, third prize (leading unit) → 10,000 yuan',
      },
      match: {
        kind: 'standard_innovation_award',
        level: 'provincial',
        region: FUJIAN,
        prize: 'third',
        recipientType: 'organization',
      },
      conditions: [LEAD_UNIT],
      once: ONCE,
      amount: { type: 'fixed', yuan: 10_000 },
    },
    // 3(6) 标准化良好行为企业
    {
      id: 'good-behavior.aaaa',
      clause: '三(二)3(6)',
      quote: 'AAAA级一次性给予5万元经费资助',
      title: {
        zh: '标准化良好行为企业 AAAA级 → 5万元',
        en: 'Standardization good-conduct enterprise AAAA → 50,000 yuan',
      },
      match: { kind: 'standardization_good_behavior', grade: 'AAAA', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 50_000 },
    },
    {
      id: 'good-behavior.aaa',
      clause: '三(二)3(6)',
      quote: 'AAA级一次性给予3万元经费资助',
      title: {
        zh: '标准化良好行为企业 AAA级 → 3万元',
        en: 'Standardization good-conduct enterprise AAA → 30,000 yuan',
      },
      match: { kind: 'standardization_good_behavior', grade: 'AAA', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 30_000 },
    },
    // 3(7) 地理标志
    {
      id: 'geographical-indication',
      clause: '三(二)3(7)',
      quote: '对组织申报地理标志产品保护、农产品地理标志并获得批准的单位，每项给予20万元经费资助',
      title: {
        zh: '地理标志产品保护、农产品地理标志获批 → 每项20万元',
        en: 'Geographical indication approved → 200,000 yuan each',
      },
      match: {
        kind: 'geographical_indication',
        subtype: ['protected_product', 'agricultural_product'],
        recipientType: 'organization',
      },
      amount: { type: 'per_item', yuanEach: 200_000, unit: { zh: '每项', en: 'per item' } },
    },
    // 4. 测量管理体系认证
    {
      id: 'measurement-management',
      clause: '三(二)4',
      quote: '对获得 IS010012 测量管理体系认证的企业，给予一次性奖励3万元',
      title: {
        zh: 'ISO 10012 测量管理体系认证 → 3万元',
        en: 'ISO 10012 measurement management certification → 30,000 yuan',
      },
      match: { kind: 'measurement_management_certification', recipientType: 'organization' },
      conditions: [INITIAL_CERTIFICATION],
      once: ONCE,
      amount: { type: 'fixed', yuan: 30_000 },
      readings: [
        {
          id: 'changle.iso10012',
          question: {
            zh: '原文“IS010012”中以数字0代替字母O。',
            en: 'The text writes "IS010012" with a digit 0 for the letter O.',
          },
          literal: 'IS010012',
          chosen: { zh: 'ISO 10012 测量管理体系', en: 'ISO 10012 measurement management system' },
          basis: {
            zh: '测量管理体系标准号为 ISO 10012',
            en: 'ISO 10012 is the measurement management system standard',
          },
        },
      ],
    },
  ],
  stacking: [
    {
      type: 'highest_only',
      id: 'changle.same-year-highest',
      clause: '三(二)',
      quote: '对第1项“政府质量奖”及第3项“标准战略奖”的奖励按同年度获奖“就高不重复”原则',
      scope: 'same_year',
      additiveRules: ['geographical-indication'],
      // every rule of items 1 (政府质量奖) and 3 (标准战略奖)
      rules: [
        'cqa.award',
        'cqa.nomination',
        'fujian-qa.award',
        'fujian-qa.nomination',
        'fuzhou-qa.award',
        'secretariat.international',
        'secretariat.national',
        'secretariat.fujian',
        'drafting.international.lead',
        'drafting.national.lead',
        'drafting.industry.lead',
        'drafting.local.lead',
        'drafting.group.lead',
        'drafting.international.participant',
        'drafting.national.participant',
        'drafting.industry.participant',
        'drafting.local.participant',
        'pilot.national',
        'pilot.provincial',
        'pilot.municipal',
        'research.national',
        'research.provincial',
        'research.municipal',
        'standard-award.china.first',
        'standard-award.china.second',
        'standard-award.china.third',
        'standard-award.fujian.first',
        'standard-award.fujian.second',
        'standard-award.fujian.third',
        'good-behavior.aaaa',
        'good-behavior.aaa',
        'geographical-indication',
      ],
      reading: {
        id: 'changle.same-year-pool',
        question: {
          zh: '“就高不重复”的范围是什么：第1项与第3项合为一池，还是各项内分别适用，还是仅指同一事项获多个奖？3(7)同年两项地理标志如何处理？3(6)、3(7)的“经费资助”是否也在“奖励”之列？',
          en: 'What is the scope of 就高不重复: one pool across items 1 and 3, each item separately, or only several awards for one matter? What of two GIs in one year under 3(7)? Are the 经费资助 of 3(6) and 3(7) among the 奖励?',
        },
        literal: '对第1项“政府质量奖”及第3项“标准战略奖”的奖励按同年度获奖“就高不重复”原则',
        chosen: {
          zh: '第1项与第3项（含3(6)、3(7)）同一年度（按取得日的公历年）获得的奖励合为一池，只付最高一项；已付同年度奖励的，只补足差额。因此同一年主导制定五项国家标准也只付30万元。3(7)“每项给予”：同年各项地理标志相加为一笔（n项 = n×20万元），无论作为一项（count n）还是n项录入。同一池中金额相同者，取较早取得的一项，同日则按规则 id 取其一（合计不变，与输入顺序无关）',
          en: 'Items 1 and 3 (3(6) and 3(7) included) form one pool per calendar year of obtaining: only the highest is paid, and a later higher one tops up what was paid. So five national standards led in one year pay 300,000 yuan. 3(7) 每项: the GIs of a year add up to one reward of n × 200,000 yuan, entered once with count n or as n achievements. Among equal amounts in the pool the earlier obtained is paid, and on the same day the rule first by id (the total is the same, whatever the input order)',
        },
        alternative: {
          zh: '仅同一事项（同一成果或项目）获多个奖时就高；或在第1项、第3项内部分别就高；或每项地理标志单独参与就高（同年两项只付20万元）',
          en: 'Highest-only only among several awards for one matter (one achievement or project); or within each item separately; or each GI competes on its own (two GIs in a year → 200,000 yuan)',
        },
        basis: {
          zh: '原句把第1项、第3项并列于同一“同年度获奖就高不重复”原则之下，以年度而非事项为范围；“每项给予”规定按项计额',
          en: 'The sentence puts items 1 and 3 under one principle scoped by 同年度 (the year), not by matter; 每项给予 sets the amount per item',
        },
      },
    },
  ],
} satisfies PolicyInput;
