import type { ConditionInput, PolicyInput, Reading } from '../src/schema/policy.js';

/**
 * 深圳市: 关于促进质量提升推动品牌升级的若干措施（征求意见稿）.
 * Source: shenzhen-draft.source.txt. Amounts are in (一)–(十一); (十二) makes every amount an upper limit;
 * (十四) leaves the start date blank and gives a validity of 5 years.
 */

const Q1 = '对于为行业质量提升提供综合服务，有效增强产业整体质量水平和竞争力的项目，予以300万元资助';
const Q2 = '对取得明显经济社会效益的质量技术、管理、工作法创新项目，予以30万元资助';
const Q3_HIGH_END = '对取得绿色认证等高端认证的企业，每项认证予以最高5万元资助';
const Q3_SHENZHEN = '对通过“圳品”“深圳标准认证”的企业，按照相关政策予以扶持';
const Q5 = '对经认定的国家、省、市级产业公共技术服务平台、质量标准实验室，我市制造强市扶持政策予以资助';
const Q6_METROLOGY =
  '对主导制定或参加国际建议、国家、省计量检定规程与技术规范制定，承担国际国内计量技术专业机构（TC、SC）工作，获评全国能源资源、工业计量等示范和标杆，以及新建市级社会公用计量标准的组织，按项目予以最高80万元资助';
const Q6_ACCREDITATION = '对获得A2LA、NVLAP、UKAS等知名国际认可的单位，予以最高30万元资助';
const Q7 = '对创新质量基础设施集成应用场景、服务模式，具有示范推广价值的项目，予以20万元资助';
const Q8_CQA = '对首次获得中国质量奖、中国质量奖提名奖的单位，分别予以300万元、100万元奖励';
const Q8_GUANGDONG = '对首次获得广东省政府质量奖、广东省政府质量奖提名奖的单位，分别予以100万元、10万元奖励';
const Q8_MAYOR = '对首次获得深圳市市长质量奖的单位，按等次分别予以200万元、100万元和50万元奖励';
const Q9 = '对按照《卓越绩效准则》等先进质量体系经评价达到较高成熟度的单位，予以30万元资助';
const Q10 = '对获得国家级、省级质量品牌提升示范区等荣誉称号的项目组织单位，分别予以一次性100万元、50万元奖励';
const Q11 = '对依据品牌价值评价等国际标准、国家标准开展评估，达到规定条件的，予以一次性50万元资助';

const GUANGDONG = '440000';
const SHENZHEN = '440300';

const FIRST_TIME_READING: Reading = {
  id: 'shenzhen.first-time-scope',
  question: {
    zh: '“首次获得”以哪一荣誉计？先获提名奖、后获正奖是否首次？市长质量奖先获较低等次、后获较高等次是否首次？',
    en: 'What does 首次获得 (first time) count against? Is a nominee who later wins the award a first-time winner? Is a later, higher grade of the mayor’s award a first time?',
  },
  literal: '对首次获得中国质量奖、中国质量奖提名奖的单位',
  chosen: {
    zh: '按荣誉分别计：中国质量奖与其提名奖、广东省政府质量奖与其提名奖各为不同荣誉（曾获提名奖者首次获正奖仍予奖励）；深圳市市长质量奖不分等次为同一荣誉（曾获任一等次者再获任一等次均非首次）',
    en: 'Counted per honour: the China Quality Award and its nomination, and the Guangdong award and its nomination, are separate honours (a former nominee winning the award is a first time); the Shenzhen mayor’s award is one honour whatever its grade (a unit that won any grade before is not a first-time winner again)',
  },
  alternative: {
    zh: '提名奖视为已“获得”该奖（其后获正奖非首次）；或市长质量奖各等次分别计首次（升等可再获奖励）',
    en: 'A nomination counts as having obtained the award (a later win is not first); or each grade of the mayor’s award counts separately (an upgrade is paid again)',
  },
  basis: {
    zh: '原文将“中国质量奖、中国质量奖提名奖”并列为两项荣誉，而市长质量奖只称一项、“按等次”定额',
    en: 'The text lists the award and its nomination as two honours, but names the mayor’s award as one honour whose amount varies by grade',
  },
};

const ORGANIZATION: ConditionInput = {
  type: 'fact_in',
  fact: 'recipientType',
  values: ['organization'],
  failure: 'ineligible_recipient',
  clause: '(八)',
  quote: '的单位',
};
const FIRST_TIME: ConditionInput = {
  type: 'first_time',
  clause: '(八)',
  quote: '首次获得',
  reading: FIRST_TIME_READING,
};
// 市长质量奖 is one honour whatever its grade: a win at any grade makes every grade not first.
const FIRST_TIME_MAYOR_FIRST: ConditionInput = {
  type: 'first_time',
  sameAs: ['mayor-qa.second', 'mayor-qa.third'],
  clause: '(八)',
  quote: '首次获得',
  reading: FIRST_TIME_READING,
};
const FIRST_TIME_MAYOR_SECOND: ConditionInput = {
  type: 'first_time',
  sameAs: ['mayor-qa.first', 'mayor-qa.third'],
  clause: '(八)',
  quote: '首次获得',
  reading: FIRST_TIME_READING,
};
const FIRST_TIME_MAYOR_THIRD: ConditionInput = {
  type: 'first_time',
  sameAs: ['mayor-qa.first', 'mayor-qa.second'],
  clause: '(八)',
  quote: '首次获得',
  reading: FIRST_TIME_READING,
};

const MAYOR_GRADES_READING: Reading = {
  id: 'shenzhen.mayor-grades',
  question: { zh: '原文未列出市长质量奖各等次的名称。', en: 'The text does not name the grades of the mayor’s award.' },
  literal: '按等次分别予以200万元、100万元和50万元奖励',
  chosen: {
    zh: '按等次由高到低对应 prize first（200万元）、second（100万元）、third（50万元）',
    en: 'Grades from highest to lowest: prize first (2,000,000), second (1,000,000), third (500,000 yuan)',
  },
  alternative: {
    zh: '按该奖评选办法所定的等次名称对应（以当年评选表彰文件为准）',
    en: 'Map the grade names set by the award’s own rules (as in that year’s award notice)',
  },
  basis: { zh: '金额按等次依次递减列出', en: 'The amounts are listed by grade in descending order' },
};

const PER_PROJECT_READING: Reading = {
  id: 'shenzhen.metrology-per-project',
  question: {
    zh: '“按项目予以最高80万元”：80万元是每个项目的上限，还是每个组织的总上限？',
    en: 'Is 按项目予以最高80万元 an upper limit per project, or per organization in total?',
  },
  literal: '按项目予以最高80万元资助',
  chosen: {
    zh: '每个项目（每项规程规范、每项机构工作、每项示范标杆、每项新建计量标准）最高80万元，count 为项目数',
    en: 'Up to 800,000 yuan per project (each regulation, body, demonstration or new measurement standard); count is the number of projects',
  },
  alternative: { zh: '每个组织合计最高80万元', en: 'Up to 800,000 yuan per organization in total' },
  basis: { zh: '“按项目”规定了计付单位', en: '按项目 (by project) sets the unit of payment' },
};
const PER_PROJECT = { zh: '每个项目', en: 'per project' };

const PROVINCE_READING: Reading = {
  id: 'shenzhen.metrology-province',
  question: {
    zh: '“省计量检定规程与技术规范”指哪一省？市级（深圳市）地方计量技术规范是否包括在内？',
    en: 'Which province do 省计量检定规程与技术规范 belong to? Are Shenzhen municipal metrology specifications included?',
  },
  literal: '国际建议、国家、省计量检定规程与技术规范',
  chosen: {
    zh: '指广东省的地方计量检定规程与技术规范（level local 或 provincial，region 440000）；市级规范不在列举之内',
    en: 'Guangdong provincial (local) metrology regulations: level local or provincial, region 440000; municipal specifications are not listed',
  },
  alternative: { zh: '任何省份的地方计量技术规范均可', en: 'Local metrology regulations of any province' },
  basis: {
    zh: '本措施为深圳市文件，“省”指本省；地方计量技术规范由省级部门发布，词表以 level local 表示',
    en: 'This is a Shenzhen text, so 省 is its own province; local metrology regulations are issued by provinces, which the vocabulary marks level local',
  },
};

const GREEN_PRODUCT_READING: Reading = {
  id: 'shenzhen.green-certification',
  question: {
    zh: '“绿色认证等高端认证”包括哪些认证？',
    en: 'Which certifications are 绿色认证等高端认证 (green and other high-end certifications)?',
  },
  literal: '支持企业开展绿色产品认证、绿色金融认证、碳足迹认证等绿色认证活动',
  chosen: {
    zh: '高端认证（high_end_certification 各子类）以及中国绿色产品认证（green_product_certification / china_green_product）每项最高5万元',
    en: 'Any high-end certification (high_end_certification, every subtype) and the China green product certification (green_product_certification / china_green_product): up to 50,000 yuan each',
  },
  alternative: {
    zh: '绿色食品认证、节能低碳产品认证等也可能属“绿色认证”，以申报指南为准（本库不予计算）',
    en: 'Green food, energy-saving or low-carbon product certification may also count as green certification under the guidelines (not computed here)',
  },
  basis: {
    zh: '原文点名“绿色产品认证”；中国绿色产品认证在词表中另有其类，同一成果不应因描述方式而失去奖励',
    en: 'The text names 绿色产品认证; the China green product certification has its own kind in the vocabulary, and one achievement must not lose its reward for how it is described',
  },
};

export const shenzhenDraft = {
  id: 'shenzhen-draft',
  title: '关于促进质量提升推动品牌升级的若干措施',
  titleEn: 'Measures to Promote Quality Improvement and Brand Upgrading (Shenzhen, draft for comment)',
  jurisdiction: {
    code: SHENZHEN,
    slug: 'shenzhen',
    names: ['深圳市', '广东省深圳市', '深圳'],
    nameEn: 'Shenzhen, Guangdong',
  },
  status: 'draft',
  statusQuote: '（征求意见稿）',
  window: {
    start: {
      date: null,
      clause: '(十四)',
      quote: '本措施自    年  月  日起实施',
      reading: {
        id: 'shenzhen.start-blank',
        question: { zh: '征求意见稿未填写施行日期。', en: 'The draft leaves its start date blank.' },
        literal: '本措施自    年  月  日起实施，有效期5年。',
        chosen: {
          zh: '无施行日：任何日期均不认定已施行；调用方以 assumeStartDate 假定施行日时，有效期5年自该日起算（至第5个周年日前一日）',
          en: 'No start date: in force on no date; when the caller assumes one (assumeStartDate), the 5-year validity runs from it to the day before its 5th anniversary',
        },
        alternative: {
          zh: '以正式印发文本确定的施行日为准（正式文本金额、条件亦可能变化）',
          en: 'Use the start date of the final, published text (whose amounts and conditions may also differ)',
        },
        basis: { zh: '文本本身未给出日期，本库不推定', en: 'The text gives no date, and none is presumed' },
      },
    },
    end: { type: 'validity_years', years: 5, clause: '(十四)', quote: '有效期5年' },
  },
  achievementTiming: {
    startDayCounts: true,
    reading: {
      id: 'shenzhen.timing',
      question: {
        zh: '文本未规定施行前取得的成果是否奖励。',
        en: 'The text is silent on achievements obtained before it takes effect.',
      },
      literal: '本措施自    年  月  日起实施',
      chosen: {
        zh: '仅奖励施行日（含，假定的施行日亦同）以后取得的成果',
        en: 'Only achievements obtained on or after the (assumed) start date are rewarded',
      },
      alternative: {
        zh: '施行期间申报的较早成果也予奖励（以申报指南为准）',
        en: 'Earlier achievements claimed while the measures are in force are also rewarded (as the guidelines may say)',
      },
      basis: {
        zh: '政策奖励其施行期间发生的成果；不推定追溯',
        en: 'A policy rewards what happens under it; no retroactivity is presumed',
      },
    },
  },
  upperLimits: { clause: '(十二)', quote: '涉及支持限额均为上限' },
  notices: [
    {
      id: 'shenzhen.no-double-support',
      clause: '(十二)',
      quote: '本措施规定的支持政策与深圳市其他支持政策不得重复享受',
      message: {
        zh: '本措施的支持与深圳市其他支持政策不得重复享受；本库不掌握申请人在其他政策下获得的支持，须另行核对。',
        en: 'Support under these measures may not be combined with other Shenzhen support policies; support received under other policies is not known here and must be checked separately.',
      },
    },
    {
      id: 'shenzhen.guidelines',
      clause: '(十二)',
      quote: '本措施涉及支持项目具体条件，以配套文件及当年发布的申报指南为准',
      message: {
        zh: '具体支持条件以配套文件及当年发布的申报指南为准，本库只计算本文本所列金额。',
        en: 'The detailed conditions are those of the implementing documents and each year’s application guidelines; only the amounts in this text are computed here.',
      },
    },
  ],
  rules: [
    // (一) 推进产业链质量提升
    {
      id: 'industry-chain-service',
      clause: '(一)',
      quote: Q1,
      title: {
        zh: '行业质量提升综合服务项目 → 300万元',
        en: 'Industry quality improvement service project → 3,000,000 yuan',
      },
      match: { kind: 'industry_chain_quality_service_project' },
      amount: { type: 'fixed', yuan: 3_000_000 },
    },
    // (二) 提升企业优质供给能力
    {
      id: 'quality-innovation',
      clause: '(二)',
      quote: Q2,
      title: {
        zh: '质量技术、管理、工作法创新项目 → 30万元',
        en: 'Quality technique, management or work-method innovation project → 300,000 yuan',
      },
      match: { kind: 'quality_innovation_project' },
      amount: { type: 'fixed', yuan: 300_000 },
    },
    // (三) 以新供给适应引领新需求
    {
      id: 'high-end-certification',
      clause: '(三)',
      quote: Q3_HIGH_END,
      title: {
        zh: '绿色认证等高端认证 → 每项认证最高5万元',
        en: 'Green or other high-end certification → up to 50,000 yuan per certification',
      },
      match: { kind: 'high_end_certification' },
      amount: { type: 'per_item', yuanEach: 50_000, unit: { zh: '每项认证', en: 'per certification' }, upTo: true },
      readings: [GREEN_PRODUCT_READING],
    },
    {
      id: 'green-product-certification',
      clause: '(三)',
      quote: Q3_HIGH_END,
      title: {
        zh: '中国绿色产品认证（绿色认证）→ 每项认证最高5万元',
        en: 'China green product certification (green certification) → up to 50,000 yuan per certification',
      },
      match: { kind: 'green_product_certification', subtype: 'china_green_product' },
      amount: { type: 'per_item', yuanEach: 50_000, unit: { zh: '每项认证', en: 'per certification' }, upTo: true },
      readings: [GREEN_PRODUCT_READING],
    },
    {
      id: 'shenzhen-pin',
      clause: '(三)',
      quote: Q3_SHENZHEN,
      title: {
        zh: '“圳品” → 按照相关政策予以扶持（金额不在本文本）',
        en: '"Shenzhen Pin" → supported under other policies (no amount in this text)',
      },
      match: { kind: 'regional_brand_certification', subtype: 'shenzhen_pin' },
      amount: {
        type: 'not_computable',
        reason: 'other_rules',
        note: {
          zh: '按照相关政策予以扶持，本文本未规定金额',
          en: 'Supported under the relevant policies; this text states no amount',
        },
      },
    },
    {
      id: 'shenzhen-standard-certification',
      clause: '(三)',
      quote: Q3_SHENZHEN,
      title: {
        zh: '“深圳标准认证” → 按照相关政策予以扶持（金额不在本文本）',
        en: '"Shenzhen Standard" certification → supported under other policies (no amount in this text)',
      },
      match: { kind: 'regional_brand_certification', subtype: 'shenzhen_standard' },
      amount: {
        type: 'not_computable',
        reason: 'other_rules',
        note: {
          zh: '按照相关政策予以扶持，本文本未规定金额',
          en: 'Supported under the relevant policies; this text states no amount',
        },
      },
    },
    // (五) 布局重大质量基础设施
    {
      id: 'public-technical-platform',
      clause: '(五)',
      quote: Q5,
      title: {
        zh: '国家、省、市级产业公共技术服务平台、质量标准实验室 → 按制造强市扶持政策资助（金额不在本文本）',
        en: 'National, provincial or municipal public technical service platform or quality standard laboratory → funded under the manufacturing support policy (no amount in this text)',
      },
      match: { kind: 'public_technical_service_platform', level: ['national', 'provincial', 'municipal'] },
      amount: {
        type: 'not_computable',
        reason: 'other_rules',
        note: {
          zh: '由我市制造强市扶持政策予以资助，本文本未规定金额',
          en: 'Funded under Shenzhen’s manufacturing-strength support policy; this text states no amount',
        },
      },
    },
    // (六) 夯实产业升级技术基础
    {
      id: 'metrology-regulation.international-national',
      clause: '(六)',
      quote: Q6_METROLOGY,
      title: {
        zh: '主导制定或参加国际建议、国家计量检定规程与技术规范 → 按项目最高80万元',
        en: 'Leading or taking part in an international recommendation or national metrology regulation → up to 800,000 yuan per project',
      },
      match: { kind: 'metrology_regulation_drafting', level: ['international', 'national'] },
      amount: { type: 'per_item', yuanEach: 800_000, unit: PER_PROJECT, upTo: true },
      readings: [PER_PROJECT_READING],
    },
    {
      id: 'metrology-regulation.guangdong',
      clause: '(六)',
      quote: Q6_METROLOGY,
      title: {
        zh: '主导制定或参加省（广东省）计量检定规程与技术规范 → 按项目最高80万元',
        en: 'Leading or taking part in a Guangdong provincial metrology regulation → up to 800,000 yuan per project',
      },
      match: { kind: 'metrology_regulation_drafting', level: ['local', 'provincial'], region: GUANGDONG },
      amount: { type: 'per_item', yuanEach: 800_000, unit: PER_PROJECT, upTo: true },
      readings: [PER_PROJECT_READING, PROVINCE_READING],
    },
    {
      id: 'metrology-body',
      clause: '(六)',
      quote: Q6_METROLOGY,
      title: {
        zh: '承担国际国内计量技术专业机构（TC、SC）工作 → 按项目最高80万元',
        en: 'Work in an international or national metrology technical body (TC, SC) → up to 800,000 yuan per project',
      },
      match: { kind: 'metrology_body_work' },
      amount: { type: 'per_item', yuanEach: 800_000, unit: PER_PROJECT, upTo: true },
      readings: [PER_PROJECT_READING],
    },
    {
      id: 'metrology-demonstration',
      clause: '(六)',
      quote: Q6_METROLOGY,
      title: {
        zh: '获评全国能源资源、工业计量等示范和标杆 → 按项目最高80万元',
        en: 'Rated a national energy-resource or industrial metrology demonstration or benchmark → up to 800,000 yuan per project',
      },
      match: { kind: 'metrology_demonstration' },
      amount: { type: 'per_item', yuanEach: 800_000, unit: PER_PROJECT, upTo: true },
      readings: [PER_PROJECT_READING],
    },
    {
      id: 'public-measurement-standard',
      clause: '(六)',
      quote: Q6_METROLOGY,
      title: {
        zh: '新建市级社会公用计量标准 → 按项目最高80万元',
        en: 'New municipal public measurement standard → up to 800,000 yuan per project',
      },
      match: { kind: 'public_measurement_standard' },
      amount: { type: 'per_item', yuanEach: 800_000, unit: PER_PROJECT, upTo: true },
      readings: [PER_PROJECT_READING],
    },
    {
      id: 'international-accreditation',
      clause: '(六)',
      quote: Q6_ACCREDITATION,
      title: {
        zh: '获得 A2LA、NVLAP、UKAS 等知名国际认可 → 最高30万元',
        en: 'A2LA, NVLAP, UKAS or similar international accreditation → up to 300,000 yuan',
      },
      match: { kind: 'international_accreditation' },
      amount: { type: 'fixed', yuan: 300_000, upTo: true },
    },
    // (七) 建设协同应用示范基地
    {
      id: 'infrastructure-application',
      clause: '(七)',
      quote: Q7,
      title: {
        zh: '质量基础设施集成应用场景、服务模式创新项目 → 20万元',
        en: 'Innovative quality infrastructure application project → 200,000 yuan',
      },
      match: { kind: 'infrastructure_application_project' },
      amount: { type: 'fixed', yuan: 200_000 },
    },
    // (八) 树立“深圳质量”新标杆
    {
      id: 'cqa.award',
      clause: '(八)',
      quote: Q8_CQA,
      title: { zh: '首次获得中国质量奖 → 300万元', en: 'China Quality Award, first time → 3,000,000 yuan' },
      match: { kind: 'government_quality_award', level: 'national', prize: 'award' },
      conditions: [ORGANIZATION, FIRST_TIME],
      amount: { type: 'fixed', yuan: 3_000_000 },
    },
    {
      id: 'cqa.nomination',
      clause: '(八)',
      quote: Q8_CQA,
      title: {
        zh: '首次获得中国质量奖提名奖 → 100万元',
        en: 'China Quality Award nomination, first time → 1,000,000 yuan',
      },
      match: { kind: 'government_quality_award', level: 'national', prize: 'nomination' },
      conditions: [ORGANIZATION, FIRST_TIME],
      amount: { type: 'fixed', yuan: 1_000_000 },
    },
    {
      id: 'guangdong-qa.award',
      clause: '(八)',
      quote: Q8_GUANGDONG,
      title: {
        zh: '首次获得广东省政府质量奖 → 100万元',
        en: 'Guangdong Government Quality Award, first time → 1,000,000 yuan',
      },
      match: { kind: 'government_quality_award', level: 'provincial', region: GUANGDONG, prize: 'award' },
      conditions: [ORGANIZATION, FIRST_TIME],
      amount: { type: 'fixed', yuan: 1_000_000 },
    },
    {
      id: 'guangdong-qa.nomination',
      clause: '(八)',
      quote: Q8_GUANGDONG,
      title: {
        zh: '首次获得广东省政府质量奖提名奖 → 10万元',
        en: 'Guangdong Government Quality Award nomination, first time → 100,000 yuan',
      },
      match: { kind: 'government_quality_award', level: 'provincial', region: GUANGDONG, prize: 'nomination' },
      conditions: [ORGANIZATION, FIRST_TIME],
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'mayor-qa.first',
      clause: '(八)',
      quote: Q8_MAYOR,
      title: {
        zh: '首次获得深圳市市长质量奖（第一等次）→ 200万元',
        en: 'Shenzhen Mayor’s Quality Award, first grade, first time → 2,000,000 yuan',
      },
      match: { kind: 'government_quality_award', level: 'municipal', region: SHENZHEN, prize: 'first' },
      conditions: [ORGANIZATION, FIRST_TIME_MAYOR_FIRST],
      amount: { type: 'fixed', yuan: 2_000_000 },
      readings: [MAYOR_GRADES_READING],
    },
    {
      id: 'mayor-qa.second',
      clause: '(八)',
      quote: Q8_MAYOR,
      title: {
        zh: '首次获得深圳市市长质量奖（第二等次）→ 100万元',
        en: 'Shenzhen Mayor’s Quality Award, second grade, first time → 1,000,000 yuan',
      },
      match: { kind: 'government_quality_award', level: 'municipal', region: SHENZHEN, prize: 'second' },
      conditions: [ORGANIZATION, FIRST_TIME_MAYOR_SECOND],
      amount: { type: 'fixed', yuan: 1_000_000 },
      readings: [MAYOR_GRADES_READING],
    },
    {
      id: 'mayor-qa.third',
      clause: '(八)',
      quote: Q8_MAYOR,
      title: {
        zh: '首次获得深圳市市长质量奖（第三等次）→ 50万元',
        en: 'Shenzhen Mayor’s Quality Award, third grade, first time → 500,000 yuan',
      },
      match: { kind: 'government_quality_award', level: 'municipal', region: SHENZHEN, prize: 'third' },
      conditions: [ORGANIZATION, FIRST_TIME_MAYOR_THIRD],
      amount: { type: 'fixed', yuan: 500_000 },
      readings: [MAYOR_GRADES_READING],
    },
    // (九) 培育质量型企业梯队
    {
      id: 'excellence-maturity',
      clause: '(九)',
      quote: Q9,
      title: {
        zh: '按《卓越绩效准则》等经评价达到较高成熟度 → 30万元',
        en: 'Assessed at high maturity under the performance excellence criteria → 300,000 yuan',
      },
      match: { kind: 'excellence_performance', subtype: 'high_maturity' },
      amount: { type: 'fixed', yuan: 300_000 },
    },
    // (十) 创建区域质量品牌名片
    {
      id: 'demonstration-zone.national',
      clause: '(十)',
      quote: Q10,
      title: {
        zh: '国家级质量品牌提升示范区 → 一次性100万元',
        en: 'National quality brand improvement demonstration zone → one-off 1,000,000 yuan',
      },
      match: { kind: 'quality_brand_demonstration_zone', level: 'national' },
      amount: { type: 'fixed', yuan: 1_000_000 },
    },
    {
      id: 'demonstration-zone.provincial',
      clause: '(十)',
      quote: Q10,
      title: {
        zh: '省级质量品牌提升示范区 → 一次性50万元',
        en: 'Provincial quality brand improvement demonstration zone → one-off 500,000 yuan',
      },
      match: { kind: 'quality_brand_demonstration_zone', level: 'provincial' },
      amount: { type: 'fixed', yuan: 500_000 },
    },
    // (十一) 擦亮时代性“深圳品牌”
    {
      id: 'brand-value',
      clause: '(十一)',
      quote: Q11,
      title: {
        zh: '依据品牌价值评价等国际、国家标准评估达到规定条件 → 一次性50万元',
        en: 'Brand valued under international or national standards, meeting the set conditions → one-off 500,000 yuan',
      },
      match: { kind: 'brand_value_evaluation' },
      amount: { type: 'fixed', yuan: 500_000 },
    },
  ],
} satisfies PolicyInput;
