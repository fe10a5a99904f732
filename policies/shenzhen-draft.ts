import type { ConditionInput, Once, PolicyInput, Reading } from '../src/schema/policy.js';
import { ONE_OFF } from './oneOff.js';

/** 一次性 (README, "一次性"): one lump sum per matter, paid once, enforced through history. */
const ONCE: Once = {
  per: 'matter',
  quote: '一次性',
  reading: { id: 'shenzhen.one-off', literal: '一次性', ...ONE_OFF },
};

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

const Q3_GREEN = '支持企业开展绿色产品认证、绿色金融认证、碳足迹认证等绿色认证活动';
const Q8_ALL =
  '对首次获得中国质量奖、中国质量奖提名奖的单位，分别予以300万元、100万元奖励。对首次获得广东省政府质量奖、广东省政府质量奖提名奖的单位，分别予以100万元、10万元奖励。对首次获得深圳市市长质量奖的单位，按等次分别予以200万元、100万元和50万元奖励';
const Q10_ONE_OFF = '分别予以一次性100万元、50万元奖励';
const Q11_ONE_OFF = '予以一次性50万元资助';

const GUANGDONG = '440000';
const SHENZHEN = '440300';

// ---------------------------------------------------------------------------------------------------
// Recipients: each clause that names 企业 / 组织 / 单位 / 项目组织单位 rewards organizations only.
// (一)(二)(七) reward 项目 and (十一) names no recipient; they carry no recipient condition.
// ---------------------------------------------------------------------------------------------------

const ORG_3_HIGH_END: ConditionInput = {
  type: 'fact_in',
  fact: 'recipientType',
  values: ['organization'],
  failure: 'ineligible_recipient',
  clause: '(三)',
  quote: '对取得绿色认证等高端认证的企业',
};
const ORG_3_SHENZHEN: ConditionInput = {
  type: 'fact_in',
  fact: 'recipientType',
  values: ['organization'],
  failure: 'ineligible_recipient',
  clause: '(三)',
  quote: '对通过“圳品”“深圳标准认证”的企业',
};
const ORG_6_METROLOGY: ConditionInput = {
  type: 'fact_in',
  fact: 'recipientType',
  values: ['organization'],
  failure: 'ineligible_recipient',
  clause: '(六)',
  quote: '的组织，按项目予以最高80万元资助',
};
const ORG_6_ACCREDITATION: ConditionInput = {
  type: 'fact_in',
  fact: 'recipientType',
  values: ['organization'],
  failure: 'ineligible_recipient',
  clause: '(六)',
  quote: '对获得A2LA、NVLAP、UKAS等知名国际认可的单位',
};
const ORG_8_CQA: ConditionInput = {
  type: 'fact_in',
  fact: 'recipientType',
  values: ['organization'],
  failure: 'ineligible_recipient',
  clause: '(八)',
  quote: '对首次获得中国质量奖、中国质量奖提名奖的单位',
};
const ORG_8_GUANGDONG: ConditionInput = {
  type: 'fact_in',
  fact: 'recipientType',
  values: ['organization'],
  failure: 'ineligible_recipient',
  clause: '(八)',
  quote: '对首次获得广东省政府质量奖、广东省政府质量奖提名奖的单位',
};
const ORG_8_MAYOR: ConditionInput = {
  type: 'fact_in',
  fact: 'recipientType',
  values: ['organization'],
  failure: 'ineligible_recipient',
  clause: '(八)',
  quote: '对首次获得深圳市市长质量奖的单位',
};
const ORG_9: ConditionInput = {
  type: 'fact_in',
  fact: 'recipientType',
  values: ['organization'],
  failure: 'ineligible_recipient',
  clause: '(九)',
  quote: '对按照《卓越绩效准则》等先进质量体系经评价达到较高成熟度的单位',
};
const ORG_10: ConditionInput = {
  type: 'fact_in',
  fact: 'recipientType',
  values: ['organization'],
  failure: 'ineligible_recipient',
  clause: '(十)',
  quote: '对获得国家级、省级质量品牌提升示范区等荣誉称号的项目组织单位',
};

// ---------------------------------------------------------------------------------------------------
// (八) 首次获得
// ---------------------------------------------------------------------------------------------------

const FIRST_TIME_READING: Reading = {
  id: 'shenzhen.first-time-scope',
  question: {
    zh: '“首次获得”以哪一荣誉计？先获提名奖、后获正奖是否首次？市长质量奖先获较低等次、后获较高等次是否首次？',
    en: 'What does 首次获得 (first time) count against? Is a nominee who later wins the award a first-time winner? Is a later, higher grade of the mayor’s award a first time?',
  },
  literal: Q8_ALL,
  chosen: {
    zh: '按荣誉分别计：中国质量奖与其提名奖、广东省政府质量奖与其提名奖各为不同荣誉（曾获提名奖者首次获正奖仍予奖励；同一组合中提名奖与正奖均予奖励）；深圳市市长质量奖不分等次为同一荣誉：曾获任一等次者再获任一等次均非首次，firstTime 须为 false，包括在本措施施行前、依以往政策获得的等次；同一天获得两个等次的，按较高等次计为首次（与输入顺序无关）',
    en: 'Counted per honour: the China Quality Award and its nomination, and the Guangdong award and its nomination, are separate honours (a former nominee winning the award is a first time; a nomination and an award in one portfolio are both paid); the Shenzhen mayor’s award is one honour whatever its grade: a unit that won any grade before is not a first-time winner again, and firstTime must be false, including when the earlier grade was won before these measures, under earlier policies; two grades obtained on the same day count the higher one as the first time (whatever the input order)',
  },
  alternative: {
    zh: '提名奖视为已“获得”该奖（其后获正奖非首次）；或市长质量奖各等次分别计首次（升等可再获奖励）',
    en: 'A nomination counts as having obtained the award (a later win is not first); or each grade of the mayor’s award counts separately (an upgrade is paid again)',
  },
  basis: {
    zh: '原文将“中国质量奖、中国质量奖提名奖”并列为两项荣誉，而市长质量奖只称一项、“按等次”定额；“首次获得”不限于本措施施行期间',
    en: 'The text lists the award and its nomination as two honours, but names the mayor’s award as one honour whose amount varies by grade; 首次获得 is not limited to the period of these measures',
  },
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

// ---------------------------------------------------------------------------------------------------
// (十)(十一) 一次性
// ---------------------------------------------------------------------------------------------------

const ONE_OFF_ZONE_READING: Reading = {
  id: 'shenzhen.one-off-zone',
  question: {
    zh: '“一次性”只是一笔付清，还是同一荣誉只奖励一次？示范区先获省级、后获国家级的，国家级全额奖励还是只补差额？',
    en: 'Does 一次性 only mean a lump sum, or also that an honour is paid once? A zone named provincial and later national: is the national reward paid in full or only the difference?',
  },
  literal: Q10_ONE_OFF,
  chosen: {
    zh: '按“一次性”的统一读法（shenzhen.one-off）：一笔付清，同一荣誉称号（同一 projectId）只奖励一次，再次认定、复核是同一事项，已按同一规则付过的（history）或同一组合中较早一项的，不再奖励（already_paid）；不再要求 firstTime。国家级、省级为不同荣誉（“分别”）：已获省级50万元、后获国家级的，国家级全额100万元',
    en: 'By the one reading of 一次性 (shenzhen.one-off): a lump sum, and one title (one projectId) is paid once; a re-confirmation is the same matter, not paid again once paid under the same rule (history) or for an earlier claim in the same portfolio (already_paid); firstTime is no longer asked. National and provincial are different honours (分别): a zone paid 500,000 as provincial and later named national receives the national 1,000,000 in full',
  },
  alternative: {
    zh: '“一次性”仅指一笔付清，同一称号再次认定（复核）亦予奖励；或省级升国家级只补差额50万元（两级合计最高100万元）',
    en: '一次性 only means a lump sum, so a re-confirmed title is paid again; or a provincial zone later named national receives only the 500,000 difference (1,000,000 in all)',
  },
  basis: {
    zh: '(一)(二)(七)(九) 定额资助均未写“一次性”，(十)(十一) 特别写明，应有不重复支付之意；“分别予以”将国家级、省级列为两项奖励，与 (八) 提名奖与正奖分别奖励的读法一致',
    en: 'The fixed amounts of (一)(二)(七)(九) do not say 一次性; (十) and (十一) add it, which must mean more than the manner of payment: no repeat payment. 分别予以 lists national and provincial as two rewards, as (八) is read for a nomination and an award',
  },
};

const ONE_OFF_BRAND_READING: Reading = {
  id: 'shenzhen.one-off-brand-value',
  question: {
    zh: '“一次性50万元”是一笔付清，还是同一品牌只资助一次？品牌价值评价逐年开展，每年达到条件是否每年资助？',
    en: 'Is 一次性50万元 a lump sum only, or support paid once per brand? Brand valuations recur yearly: is each qualifying year paid?',
  },
  literal: Q11_ONE_OFF,
  chosen: {
    zh: '按“一次性”的统一读法（shenzhen.one-off）：同一品牌（同一 projectId）只资助一次，其后各年再次评价达到条件是同一事项，已按本条付过的（history）或同一组合中较早一项的，不再资助（already_paid）；不同品牌各为一事项；不再要求 firstTime',
    en: 'By the one reading of 一次性 (shenzhen.one-off): one brand (one projectId) is supported once; a later yearly valuation meeting the conditions again is the same matter, not paid again once paid under this rule (history) or for an earlier claim in the same portfolio (already_paid); different brands are different matters; firstTime is no longer asked',
  },
  alternative: {
    zh: '“一次性”仅指一笔付清，每次评估达到规定条件均予资助；或每个单位只资助一次，不论品牌',
    en: '一次性 only means a lump sum, so each qualifying valuation is paid; or each unit is paid once, whatever the brand',
  },
  basis: {
    zh: '(一)(二)(七)(九) 定额资助均未写“一次性”，(十)(十一) 特别写明，应有不重复资助之意；文本未写按单位限定的词',
    en: 'The fixed amounts of (一)(二)(七)(九) do not say 一次性; (十) and (十一) add it, which must mean more than the manner of payment: no repeat payment; the text has no word limiting it per unit',
  },
};

const ZONE_HONOURS_READING: Reading = {
  id: 'shenzhen.zone-honours',
  question: {
    zh: '“质量品牌提升示范区等荣誉称号”：除质量品牌提升示范区外，还奖励哪些荣誉称号？',
    en: 'What honours besides quality brand improvement demonstration zones does 质量品牌提升示范区等荣誉称号 cover?',
  },
  literal: '对获得国家级、省级质量品牌提升示范区等荣誉称号的项目组织单位',
  chosen: {
    zh: '本库只匹配质量品牌提升示范区（quality_brand_demonstration_zone）；“等”所及的其他区域品牌荣誉称号，文本未列名，本库不推断',
    en: 'only quality brand improvement demonstration zones are matched (quality_brand_demonstration_zone); the text names no other regional brand honour under 等, and the library does not guess them',
  },
  alternative: {
    zh: '国家级、省级的其他区域质量品牌荣誉称号（如区域品牌示范区、知名品牌示范区）同样分别奖励100万元、50万元',
    en: 'other national or provincial regional quality brand honours (e.g. regional or well-known brand demonstration zones) are paid 1,000,000 and 500,000 alike',
  },
  basis: {
    zh: '“等”后所及范围不明，只有示范区一项有名称可据',
    en: 'what 等 reaches is unclear; only the demonstration zone is named',
  },
};

// ---------------------------------------------------------------------------------------------------
// (六) 计量
// ---------------------------------------------------------------------------------------------------

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
  alternativeData: [{ type: 'match_values', fact: 'region', values: null }],
};

const INTERNATIONAL_RECOMMENDATION_READING: Reading = {
  id: 'shenzhen.metrology-international-recommendation',
  question: {
    zh: '国际层面原文只列“国际建议”：国际法制计量组织（OIML）的国际文件等其他国际计量技术文件是否包括在内？',
    en: 'At the international level the text names only 国际建议 (international recommendations): are other international metrology documents, such as OIML international documents, included?',
  },
  literal: '主导制定或参加国际建议、国家、省计量检定规程与技术规范制定',
  chosen: {
    zh: '只奖励国际建议（如 OIML R 类国际建议）；level international 的 metrology_regulation_drafting 应只用于国际建议，调用方不得以此登记其他国际计量技术文件（本库无从区分）',
    en: 'Only international recommendations (such as OIML R recommendations) are rewarded; metrology_regulation_drafting at level international must be used only for an international recommendation, not for other international metrology documents (which this library cannot tell apart)',
  },
  alternative: {
    zh: '国际计量技术法规、国际文件等国际计量技术文件均属“国际建议”之列，同样按项目最高80万元',
    en: 'Any international metrology technical document (regulation, international document …) counts with 国际建议, also up to 800,000 yuan per project',
  },
  basis: {
    zh: '国家、省两级写明“计量检定规程与技术规范”，国际一级只写“国际建议”，未写“等”',
    en: 'The national and provincial levels name 计量检定规程与技术规范, the international level names only 国际建议, with no 等 (etc.)',
  },
};

const REVISION_READING: Reading = {
  id: 'shenzhen.metrology-revision',
  question: {
    zh: '原文只写“制定”：修订已有计量检定规程、技术规范或国际建议是否奖励？',
    en: 'The text says 制定 (drafting): is the revision of an existing metrology regulation, specification or recommendation rewarded?',
  },
  literal: '主导制定或参加国际建议、国家、省计量检定规程与技术规范制定',
  chosen: {
    zh: '制定与修订均奖励：修订后发布的新版本按一个项目计（metrology_regulation_drafting 涵盖制（修）订）',
    en: 'Both new drafting and revision are rewarded: a revised edition, once issued, counts as one project (metrology_regulation_drafting covers drafting and revision)',
  },
  alternative: {
    zh: '只奖励新制定的规程规范，修订不予奖励',
    en: 'Only newly drafted regulations are rewarded, not revisions',
  },
  basis: {
    zh: '同一条前文支持“计量技术规范制修订工作”，奖励句中的“制定”读作该项工作',
    en: 'The same clause earlier supports 计量技术规范制修订工作 (drafting and revision of metrology specifications); the reward sentence’s 制定 is read as that work',
  },
};

const MUNICIPAL_STANDARD_READING: Reading = {
  id: 'shenzhen.municipal-measurement-standard',
  question: {
    zh: '“新建市级社会公用计量标准”的“市级”指哪一市？',
    en: 'Which city is 市级 in 新建市级社会公用计量标准 (a new municipal public measurement standard)?',
  },
  literal: '新建市级社会公用计量标准',
  chosen: {
    zh: '深圳市建立的社会公用计量标准（level municipal，region 440300）',
    en: 'A public measurement standard established by Shenzhen (level municipal, region 440300)',
  },
  alternative: {
    zh: '任何城市新建的市级社会公用计量标准',
    en: 'A new municipal public measurement standard of any city',
  },
  basis: {
    zh: '本措施为深圳市文件，“市级”指本市，与 (五)“我市”一致',
    en: 'This is a Shenzhen text, so 市级 is Shenzhen itself, as (五) says 我市 (our city)',
  },
  alternativeData: [{ type: 'match_values', fact: 'region', values: null }],
};

// ---------------------------------------------------------------------------------------------------
// (三) 绿色认证等高端认证
// ---------------------------------------------------------------------------------------------------

const GREEN_READING: Reading = {
  id: 'shenzhen.green-certification',
  question: {
    zh: '“绿色认证等高端认证”包括哪些认证？',
    en: 'Which certifications are 绿色认证等高端认证 (green and other high-end certifications)?',
  },
  literal: Q3_GREEN,
  chosen: {
    zh: '包括：高端认证各子类（绿色金融认证、碳足迹认证等以 high_end_certification / green 登记）；中国绿色产品认证；节能产品认证、低碳产品认证（统一绿色产品认证体系所整合的产品认证，低碳与碳足迹同属碳认证）。不包括：绿色食品认证（农产品标志许可，非工业产品的高端认证）、能源管理体系认证（管理体系认证，非产品认证），此二者不予资助并附本解读。省级认证认可试点项目证书（certification_pilot_project）混有非绿色认证，本库不按此类计算：其中的绿色金融认证应以 high_end_certification / green 登记',
    en: 'Included: every high-end certification subtype (green finance and carbon footprint certifications are entered as high_end_certification / green); the China green product certification; energy-saving and low-carbon product certifications (product certifications folded into the unified green product system; low-carbon is a carbon certification like the carbon footprint). Excluded: green food certification (an agricultural label, not a high-end industrial certification) and energy management system certification (a management system, not a product certification); these are refused with this reading. Provincial certification pilot project certificates (certification_pilot_project) mix green and other certifications and are not computed as such: a green finance certification among them is to be entered as high_end_certification / green',
  },
  alternative: {
    zh: '凡名称或内容属“绿色”“节能”“低碳”的认证均为绿色认证，绿色食品认证、能源管理体系认证亦每项最高5万元；或只限原文点名的绿色产品认证、绿色金融认证、碳足迹认证及车规芯片、机器人等新领域认证，节能、低碳产品认证不予资助',
    en: 'Any certification that is green, energy-saving or low-carbon counts, green food and energy management system certification included, up to 50,000 yuan each; or only the certifications the text names (green product, green finance, carbon footprint, and new-field ones such as automotive chips and robots), so energy-saving and low-carbon product certifications are not paid',
  },
  basis: {
    zh: '原文以绿色产品认证、绿色金融认证、碳足迹认证举例，“等”字留有余地；本条要旨为“高端品质认证”，故取与所举各例同类的产品（服务）认证，不及于农产品标志和管理体系认证',
    en: 'The text gives green product, green finance and carbon footprint certification as examples, and 等 leaves room for more; the clause is about 高端品质认证 (high-end quality certification), so certifications of the same kind as the examples are taken, not agricultural labels or management system certifications',
  },
};

const GREEN_PRODUCT_ONLY: ConditionInput = {
  type: 'fact_in',
  fact: 'subtype',
  values: ['china_green_product'],
  failure: 'prerequisite_not_met',
  clause: '(三)',
  quote: Q3_GREEN,
  reading: GREEN_READING,
};
const ENERGY_PRODUCT_ONLY: ConditionInput = {
  type: 'fact_in',
  fact: 'subtype',
  values: ['energy_saving_product', 'low_carbon_product'],
  failure: 'prerequisite_not_met',
  clause: '(三)',
  quote: Q3_GREEN,
  reading: GREEN_READING,
};

const SHENZHEN_STANDARD_READING: Reading = {
  id: 'shenzhen.shenzhen-standard-not-high-end',
  question: {
    zh: '“圳品”“深圳标准认证”是否也属“高端认证”，可每项最高5万元？',
    en: 'Are "Shenzhen Pin" and the "Shenzhen Standard" certification also high-end certifications paid up to 50,000 yuan each?',
  },
  literal: Q3_SHENZHEN,
  chosen: {
    zh: '否：二者按照相关政策予以扶持，本文本无金额；应以 regional_brand_certification（shenzhen_pin / shenzhen_standard）登记。high_end_certification 视为二者以外的认证；调用方若将深圳标准认证登记为高端认证，本库无从识别，会误付5万元',
    en: 'No: both are supported under the relevant policies, with no amount in this text; enter them as regional_brand_certification (shenzhen_pin / shenzhen_standard). A high_end_certification is taken to be some other certification; if a caller enters a Shenzhen Standard certification as high_end_certification, this library cannot tell and would wrongly pay 50,000 yuan',
  },
  alternative: {
    zh: '深圳标准认证亦属高端认证，除按相关政策扶持外还可每项最高5万元（但 (十二) 不得重复享受）',
    en: 'The Shenzhen Standard certification is also a high-end certification, paid up to 50,000 yuan besides support under the relevant policies (but (十二) bars double support)',
  },
  basis: {
    zh: '原文另起一句，对“圳品”“深圳标准认证”规定了不同的后果',
    en: 'The text gives them a sentence of their own, with a different consequence',
  },
};

// ---------------------------------------------------------------------------------------------------
// (五)(十) 省级 = 广东省, 市级 = 深圳市
// ---------------------------------------------------------------------------------------------------

const PLATFORM_LEVELS_READING: Reading = {
  id: 'shenzhen.platform-levels',
  question: {
    zh: '“国家、省、市级”平台、实验室中的“省”“市级”指哪一省、哪一市？',
    en: 'Which province and city are 省 and 市级 in 国家、省、市级 platforms and laboratories?',
  },
  literal: '国家、省、市级产业公共技术服务平台、质量标准实验室',
  chosen: {
    zh: '省级指广东省认定（region 440000），市级指深圳市认定（region 440300）',
    en: 'Provincial means recognized by Guangdong (region 440000); municipal means recognized by Shenzhen (region 440300)',
  },
  alternative: {
    zh: '任何省、市认定的平台、实验室均可',
    en: 'Platforms and laboratories recognized by any province or city',
  },
  basis: {
    zh: '本措施为深圳市文件，同句称“我市”；与 (六) 省计量规程按广东省读一致',
    en: 'This is a Shenzhen text and the same sentence says 我市 (our city); consistent with reading (六)’s 省 as Guangdong',
  },
  alternativeData: [{ type: 'match_values', fact: 'region', values: null }],
};

const ZONE_PROVINCE_READING: Reading = {
  id: 'shenzhen.zone-province',
  question: {
    zh: '“省级质量品牌提升示范区”指哪一省授予的称号？',
    en: 'Which province’s title is 省级质量品牌提升示范区 (provincial quality brand improvement demonstration zone)?',
  },
  literal: '国家级、省级质量品牌提升示范区',
  chosen: {
    zh: '广东省授予的省级称号（region 440000）',
    en: 'A provincial title conferred by Guangdong (region 440000)',
  },
  alternative: { zh: '任何省份授予的省级称号', en: 'A provincial title conferred by any province' },
  basis: {
    zh: '本措施为深圳市文件，“省级”指本省；与 (六) 省计量规程按广东省读一致',
    en: 'This is a Shenzhen text, so 省级 is its own province; consistent with reading (六)’s 省 as Guangdong',
  },
  alternativeData: [{ type: 'match_values', fact: 'region', values: null }],
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
        zh: '本措施的支持与深圳市其他支持政策不得重复享受：history 中记有深圳市（440300 范围内）其他政策对同一事项（projectId）的支持的，本措施不予支付（duplicate_support）；未记入 history 的支持，本库无从得知，须另行核对。',
        en: 'Support under these measures may not be combined with other Shenzhen support policies: where history records support for the same matter (projectId) under another policy within Shenzhen (440300), nothing is paid here (duplicate_support); support not recorded in history cannot be known here and must be checked separately.',
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
    {
      id: 'shenzhen.measures-may-change',
      clause: '(十三)',
      quote: '因质量品牌建设事业发展变化需要补充或取消扶持措施的，报市政府批准后执行',
      message: {
        zh: '扶持措施可因质量品牌建设事业发展变化，报市政府批准后补充或取消；本库只按本文本计算，不反映其后的补充或取消。',
        en: 'Support measures may be added or cancelled with the municipal government’s approval as quality and brand work develops; this library computes this text only and does not reflect later additions or cancellations.',
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
      conditions: [ORG_3_HIGH_END],
      amount: { type: 'per_item', yuanEach: 50_000, unit: { zh: '每项认证', en: 'per certification' }, upTo: true },
      readings: [GREEN_READING, SHENZHEN_STANDARD_READING],
    },
    {
      id: 'green-product-certification',
      clause: '(三)',
      quote: Q3_HIGH_END,
      title: {
        zh: '中国绿色产品认证（绿色认证）→ 每项认证最高5万元；绿色食品认证不在其内（解读）',
        en: 'China green product certification (green certification) → up to 50,000 yuan per certification; green food certification is not included (reading)',
      },
      match: { kind: 'green_product_certification' },
      conditions: [ORG_3_HIGH_END, GREEN_PRODUCT_ONLY],
      amount: { type: 'per_item', yuanEach: 50_000, unit: { zh: '每项认证', en: 'per certification' }, upTo: true },
    },
    {
      id: 'energy-product-certification',
      clause: '(三)',
      quote: Q3_HIGH_END,
      title: {
        zh: '节能产品认证、低碳产品认证（绿色认证）→ 每项认证最高5万元；能源管理体系认证不在其内（解读）',
        en: 'Energy-saving or low-carbon product certification (green certification) → up to 50,000 yuan per certification; energy management system certification is not included (reading)',
      },
      match: { kind: 'energy_certification' },
      conditions: [ORG_3_HIGH_END, ENERGY_PRODUCT_ONLY],
      amount: { type: 'per_item', yuanEach: 50_000, unit: { zh: '每项认证', en: 'per certification' }, upTo: true },
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
      conditions: [ORG_3_SHENZHEN],
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
      conditions: [ORG_3_SHENZHEN],
      amount: {
        type: 'not_computable',
        reason: 'other_rules',
        note: {
          zh: '按照相关政策予以扶持，本文本未规定金额',
          en: 'Supported under the relevant policies; this text states no amount',
        },
      },
      readings: [SHENZHEN_STANDARD_READING],
    },
    // (五) 布局重大质量基础设施
    {
      id: 'public-technical-platform.national',
      clause: '(五)',
      quote: Q5,
      title: {
        zh: '国家级产业公共技术服务平台、质量标准实验室 → 按制造强市扶持政策资助（金额不在本文本）',
        en: 'National public technical service platform or quality standard laboratory → funded under the manufacturing support policy (no amount in this text)',
      },
      match: { kind: 'public_technical_service_platform', level: 'national' },
      amount: {
        type: 'not_computable',
        reason: 'other_rules',
        note: {
          zh: '由我市制造强市扶持政策予以资助，本文本未规定金额',
          en: 'Funded under Shenzhen’s manufacturing-strength support policy; this text states no amount',
        },
      },
    },
    {
      id: 'public-technical-platform.guangdong',
      clause: '(五)',
      quote: Q5,
      title: {
        zh: '省级（广东省）产业公共技术服务平台、质量标准实验室 → 按制造强市扶持政策资助（金额不在本文本）',
        en: 'Guangdong provincial public technical service platform or quality standard laboratory → funded under the manufacturing support policy (no amount in this text)',
      },
      match: { kind: 'public_technical_service_platform', level: 'provincial', region: GUANGDONG },
      amount: {
        type: 'not_computable',
        reason: 'other_rules',
        note: {
          zh: '由我市制造强市扶持政策予以资助，本文本未规定金额',
          en: 'Funded under Shenzhen’s manufacturing-strength support policy; this text states no amount',
        },
      },
      readings: [PLATFORM_LEVELS_READING],
    },
    {
      id: 'public-technical-platform.shenzhen',
      clause: '(五)',
      quote: Q5,
      title: {
        zh: '市级（深圳市）产业公共技术服务平台、质量标准实验室 → 按制造强市扶持政策资助（金额不在本文本）',
        en: 'Shenzhen municipal public technical service platform or quality standard laboratory → funded under the manufacturing support policy (no amount in this text)',
      },
      match: { kind: 'public_technical_service_platform', level: 'municipal', region: SHENZHEN },
      amount: {
        type: 'not_computable',
        reason: 'other_rules',
        note: {
          zh: '由我市制造强市扶持政策予以资助，本文本未规定金额',
          en: 'Funded under Shenzhen’s manufacturing-strength support policy; this text states no amount',
        },
      },
      readings: [PLATFORM_LEVELS_READING],
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
      conditions: [ORG_6_METROLOGY],
      amount: { type: 'per_item', yuanEach: 800_000, unit: PER_PROJECT, upTo: true },
      readings: [PER_PROJECT_READING, INTERNATIONAL_RECOMMENDATION_READING, REVISION_READING],
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
      conditions: [ORG_6_METROLOGY],
      amount: { type: 'per_item', yuanEach: 800_000, unit: PER_PROJECT, upTo: true },
      readings: [PER_PROJECT_READING, PROVINCE_READING, REVISION_READING],
    },
    {
      id: 'metrology-body',
      clause: '(六)',
      quote: Q6_METROLOGY,
      title: {
        zh: '承担国际国内计量技术专业机构（TC、SC）工作 → 按项目最高80万元',
        en: 'Work in an international or national metrology technical body (TC, SC) → up to 800,000 yuan per project',
      },
      match: { kind: 'metrology_body_work', body: ['tc', 'sc'] },
      conditions: [ORG_6_METROLOGY],
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
      match: { kind: 'metrology_demonstration', level: 'national' },
      conditions: [ORG_6_METROLOGY],
      amount: { type: 'per_item', yuanEach: 800_000, unit: PER_PROJECT, upTo: true },
      readings: [PER_PROJECT_READING],
    },
    {
      id: 'public-measurement-standard',
      clause: '(六)',
      quote: Q6_METROLOGY,
      title: {
        zh: '新建市级（深圳市）社会公用计量标准 → 按项目最高80万元',
        en: 'New Shenzhen municipal public measurement standard → up to 800,000 yuan per project',
      },
      match: { kind: 'public_measurement_standard', level: 'municipal', region: SHENZHEN },
      conditions: [ORG_6_METROLOGY],
      amount: { type: 'per_item', yuanEach: 800_000, unit: PER_PROJECT, upTo: true },
      readings: [PER_PROJECT_READING, MUNICIPAL_STANDARD_READING],
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
      conditions: [ORG_6_ACCREDITATION],
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
      conditions: [ORG_8_CQA, FIRST_TIME],
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
      conditions: [ORG_8_CQA, FIRST_TIME],
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
      conditions: [ORG_8_GUANGDONG, FIRST_TIME],
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
      conditions: [ORG_8_GUANGDONG, FIRST_TIME],
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
      conditions: [ORG_8_MAYOR, FIRST_TIME_MAYOR_FIRST],
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
      conditions: [ORG_8_MAYOR, FIRST_TIME_MAYOR_SECOND],
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
      conditions: [ORG_8_MAYOR, FIRST_TIME_MAYOR_THIRD],
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
      conditions: [ORG_9],
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
      conditions: [ORG_10],
      once: { ...ONCE, reading: ONE_OFF_ZONE_READING },
      amount: { type: 'fixed', yuan: 1_000_000 },
      readings: [ZONE_HONOURS_READING],
    },
    {
      id: 'demonstration-zone.guangdong',
      clause: '(十)',
      quote: Q10,
      title: {
        zh: '省级（广东省）质量品牌提升示范区 → 一次性50万元',
        en: 'Guangdong provincial quality brand improvement demonstration zone → one-off 500,000 yuan',
      },
      match: { kind: 'quality_brand_demonstration_zone', level: 'provincial', region: GUANGDONG },
      conditions: [ORG_10],
      once: { ...ONCE, reading: ONE_OFF_ZONE_READING },
      amount: { type: 'fixed', yuan: 500_000 },
      readings: [ZONE_PROVINCE_READING, ZONE_HONOURS_READING],
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
      once: { ...ONCE, reading: ONE_OFF_BRAND_READING },
      amount: { type: 'fixed', yuan: 500_000 },
    },
  ],
  stacking: [
    {
      type: 'duplicate_support',
      id: 'shenzhen.no-double-support',
      clause: '(十二)',
      quote: '本措施规定的支持政策与深圳市其他支持政策不得重复享受',
      region: SHENZHEN,
      settle: 'not_paid',
      reading: {
        id: 'shenzhen.other-shenzhen-policies',
        question: {
          zh: '“深圳市其他支持政策”包括哪些？同一事项已获其他政策支持的，本措施是不付，还是补足差额？',
          en: 'What are 深圳市其他支持政策 (other Shenzhen support policies)? For a matter already supported under one, does this policy pay nothing or the difference?',
        },
        literal: '本措施规定的支持政策与深圳市其他支持政策不得重复享受',
        chosen: {
          zh: '深圳市及其各区的其他政策（history 中 jurisdiction 在 440300 范围内）；同一事项（同一 projectId）已获其中任一支持的，本措施不予支付',
          en: 'other policies of Shenzhen and its districts (history entries whose jurisdiction lies within 440300); a matter (one projectId) supported under any of them is not paid here',
        },
        alternative: {
          zh: '只指深圳市本级政策（jurisdiction 为 440300）；或按就高原则补足差额',
          en: 'only city-level Shenzhen policies (jurisdiction 440300); or the difference is paid up to the higher amount',
        },
        basis: {
          zh: '“不得重复享受”禁止同一事项两次获支持，文本未如闵行政策写明“就高”；“深圳市”未排除区级政策',
          en: '不得重复享受 forbids a second support for one matter, and unlike the Minhang text this one does not say 就高; 深圳市 does not exclude district policies',
        },
      },
    },
  ],
} satisfies PolicyInput;
