import type { ConditionInput, Once, PolicyInput, Reading } from '../src/schema/policy.js';
import { ONE_OFF } from './oneOff.js';

/** 一次性 (README, "一次性"): one lump sum per matter, paid once, enforced through history. */
const ONCE: Once = {
  per: 'matter',
  quote: '一次性',
  reading: { id: 'minhang.one-off', literal: '一次性', ...ONE_OFF },
};

/**
 * 闵行区 2022: 闵行区关于推动质量提升促进高质量发展的政策意见（征求意见稿）.
 * Source: minhang-2022.source.txt. Rewards are items 1–11 (numbered across sections 一–四) and 附则(三).
 * Clauses are cited as the text numbers them: `1` … `11`, `附则(一)` … `附则(八)`.
 */

const MINHANG = '310112';
const SHANGHAI = '310000';

// 6: one sentence per level, each stating the first-drafter and the non-first-drafter amounts.
const Q6_INTL =
  '对参与国际标准制定的单位，标准发布后对第一起草者给予一次性资助100万元，对非第一起草者每家给予一次性资助50万元';
const Q6_NAT =
  '对参与国家标准、行业标准制定的单位，标准发布后对第一起草者给予一次性资助20万元，对非第一起草者给予一次性资助5万元';
const Q6_LOCAL =
  '对参与地方标准制定的单位，标准发布后对第一起草者给予一次性资助10万元，对非第一起草者给予一次性资助3万元';
const Q6_GROUP =
  '对参与团体标准制定的单位，该标准被本市市区两级有关行政主管部门采信使用后，对第一起草者给予一次性资助10万元，对非第一起草者给予一次性资助3万元';
const Q7 = '企事业单位参与制定的地方标准、团体标准、企业标准获评“上海标准”后，给予一次性资助30万元';
const Q9_APPROVED = '对获批筹建国家级、市级产业计量测试中心的单位，分别给予50万元、30万元的一次性资助';
const Q9_ACCEPTED =
  '对通过现场验收并由国家市场监管总局或市市场监管局发文批准建立产业计量测试中心的单位，再分别给予50万元、30万元的一次性资助';
const Q11 = '对首次通过节能产品认证、低碳产品认证或能源管理体系认证的单位，给予一次性资助3万元';

const FIRST_DRAFTER: ConditionInput = { type: 'rank_between', min: 1, max: 1, quote: '第一起草者' };
const NON_FIRST_DRAFTER: ConditionInput = { type: 'rank_between', min: 2, max: null, quote: '非第一起草者' };
const PILOT_ACCEPTED: ConditionInput = {
  type: 'fact_in',
  fact: 'stage',
  values: ['accepted'],
  failure: 'prerequisite_not_met',
  quote: '通过验收后',
};
const FIRST_TIME: ConditionInput = { type: 'first_time', quote: '首次' };

// 1: 上海市 is a province-level municipality (直辖市); its awards may be entered at either level.
const Q1_SHANGHAI =
  '对获得上海市市长质量奖的单位，给予一次性资助50万元；对获得上海市市长质量奖的个人，给予一次性资助2万元。对获得上海市质量金奖的单位，给予一次性资助25万元；对获得上海市质量金奖的个人，给予一次性资助2万元';
const SHANGHAI_LEVELS = ['municipal', 'provincial'] as const;
const SHANGHAI_AWARD_LEVEL: Reading = {
  id: 'minhang.shanghai-award-level',
  question: {
    zh: '上海市是直辖市（省级行政区）：上海市市长质量奖、上海市质量金奖应记为市级（municipal）还是省级（provincial）？',
    en: 'Shanghai is a province-level municipality: is the Shanghai Mayor Quality Award or Quality Gold Award entered as municipal or as provincial?',
  },
  literal: Q1_SHANGHAI,
  chosen: {
    zh: 'level 为 municipal 或 provincial 均予匹配，但 region 须为上海市（310000）：奖项由授奖的政府（上海市）认定，不由级别的叫法认定',
    en: 'Both level municipal and level provincial match, provided region is 310000 (上海市): the award is identified by the government that grants it, not by what its level is called',
  },
  alternative: {
    zh: '只接受 municipal（与“市长”“市”字面一致）；记为 provincial 的不予匹配',
    en: 'Only municipal (as 市长 and 市 read); an award entered as provincial does not match',
  },
  basis: {
    zh: '上海市为直辖市，其政府质量奖与各省的省政府质量奖同级；调用方可能按任一方式填写，同一奖项不应因填写方式不同而落空',
    en: 'Shanghai is a 直辖市, so its government quality award ranks with the provinces’ awards; a caller may enter it either way, and one award must not be lost to the way it was entered',
  },
};

// 4: 一次性 per certification, or once per unit?
/** 5, 8, 9 say 市级 without naming the city; 第9条 names the 市市场监管局, Shanghai's. */
const MUNICIPAL_SHANGHAI: Reading = {
  id: 'minhang.municipal-shanghai',
  question: {
    zh: '第5、8、9条未写市名的“市级”示范区、试点、产业计量测试中心，是否限于上海市？',
    en: 'Are the 市级 (municipal) demonstration zones, pilots and metrology centers of 5, 8 and 9, which name no city, those of Shanghai only?',
  },
  literal: '对获批筹建国家级、市级产业计量测试中心的单位',
  chosen: {
    zh: '市级 = 上海市（region 310000）：其他城市的市级称号、试点、中心不按本政策资助；未给出 region 的待定',
    en: 'municipal = Shanghai (region 310000): other cities’ titles, pilots and centers are not supported under this policy; without region the claim is undetermined',
  },
  alternative: {
    zh: '任何城市的市级称号、试点、中心均可资助',
    en: 'a municipal title, pilot or center of any city is supported',
  },
  basis: {
    zh: '第9条写明市级中心由“市市场监管局发文批准建立”，即上海市市场监督管理局；本政策其他写明市名之处均为上海市（第1、2、4、7条）；其他四份政策亦把未写名称的省级、市级读作本省本市',
    en: '第9条 says a municipal center is approved by the 市市场监管局, Shanghai’s market regulation bureau; wherever this policy names the city it names Shanghai (1, 2, 4, 7); the other four policies read an unnamed provincial or municipal level as their own province and city',
  },
  alternativeData: [{ type: 'match_values', fact: 'region', values: null }],
};

const SHANGHAI_BRAND_PER_CERTIFICATION: Reading = {
  id: 'minhang.shanghai-brand-per-certification',
  question: {
    zh: '“上海品牌”认证的30万元是每获得一项认证（每个获认证的品牌、产品或服务）资助一次，还是每个单位只资助一次？',
    en: 'Is the 300,000 for a Shanghai Brand certification paid once per certification obtained (each certified brand, product or service), or once per unit?',
  },
  literal: '对获得“上海品牌”认证的单位，给予一次性资助30万元',
  chosen: {
    zh: '每项认证资助一次：同一单位先后（或同时）以不同品牌、产品或服务获得“上海品牌”认证的，每项各30万元；不查询该单位以往是否已获此项资助',
    en: 'Once per certification: a unit certified for different brands, products or services (one after another or at once) gets 300,000 for each; whether the unit was paid before under this clause is not looked at',
  },
  alternative: {
    zh: '每个单位只资助一次30万元（首次获得认证时），其后以其他品牌、产品获得认证的不再资助',
    en: 'One 300,000 per unit, when it is first certified; later certifications for other brands or products get nothing',
  },
  basis: {
    zh: '本条不写“首次”（对照第10、11条的“首次通过”）；“一次性”在全文各条都指一笔付清，而非每单位一次；复评亦按认证“每期”资助，可见以每项认证为一个事项',
    en: 'The clause does not say 首次 (compare 首次通过 in items 10 and 11); 一次性 throughout the text means paid in one sum, not once per unit; renewals are paid 每期 per certification, so each certification is one matter',
  },
};

const GROUP_ADOPTED: ConditionInput = {
  type: 'fact_is',
  fact: 'adoptedByGovernment',
  value: true,
  failure: 'prerequisite_not_met',
  quote: '该标准被本市市区两级有关行政主管部门采信使用后',
  reading: {
    id: 'minhang.group-standard-adoption',
    question: { zh: '团体标准须被哪一级政府采信？', en: 'Which government must have adopted the group standard?' },
    literal: '该标准被本市市区两级有关行政主管部门采信使用后',
    chosen: {
      zh: 'adoptedByGovernment 为 true 表示已被上海市或闵行区有关行政主管部门采信使用；被其他地方政府采信的，调用方应填 false',
      en: 'adoptedByGovernment true means adopted by a competent Shanghai municipal or Minhang district department; adoption elsewhere must be given as false',
    },
    alternative: {
      zh: '“市区两级”理解为须同时被市级和区级部门采信',
      en: '"市区两级" read as requiring adoption by both the municipal and the district level',
    },
    basis: {
      zh: '“两级”列举可采信的层级，不要求两级都采信；事实 adoptedByGovernment 本身不区分层级，故由调用方按本条填写',
      en: '"两级" lists the levels that may adopt, not a requirement that both do; the fact itself does not name the level, so the caller answers for this clause',
    },
  },
};

// 6: for a group standard the payment is due on adoption (采信使用后), not on publication.
const GROUP_ADOPTION_DATE: Reading = {
  id: 'minhang.group-standard-adoption-date',
  question: {
    zh: '团体标准在“被本市市区两级有关行政主管部门采信使用后”才资助：obtainedOn 取标准发布日还是采信使用日？',
    en: 'A group standard is paid only 被本市市区两级有关行政主管部门采信使用后 (after adoption): is obtainedOn its publication date or the date of adoption?',
  },
  literal: '该标准被本市市区两级有关行政主管部门采信使用后',
  chosen: {
    zh: '团体标准的 obtainedOn 为被上海市或闵行区有关行政主管部门采信使用之日（而非发布日），调用方须填该日期：2022年3月1日前发布、其后被采信的，予以资助；2022年3月1日前已被采信的，不资助',
    en: 'For a group standard obtainedOn is the date a competent Shanghai or Minhang department adopted it (not the publication date), and the caller must give that date: published before 2022-03-01 and adopted later → paid; adopted before 2022-03-01 → not paid',
  },
  alternative: {
    zh: 'obtainedOn 与其他标准一样取发布日：2022年3月1日前发布的团体标准，即使其后才被采信，也不资助',
    en: 'obtainedOn is the publication date, as for the other standards: a group standard published before 2022-03-01 is not paid even if adopted later',
  },
  basis: {
    zh: '其他各级标准“标准发布后”资助，以发布为成果；团体标准改为“采信使用后”资助，采信使用才是产生资助的事项',
    en: 'The other levels pay 标准发布后, so publication is the achievement; for group standards the text pays 采信使用后 instead, so adoption is the event that gives rise to payment',
  },
};

// 7: 企事业单位 is narrower than the 法人、非法人组织 of 附则(一).
const SHANGHAI_STANDARD_RECIPIENT: Reading = {
  id: 'minhang.shanghai-standard-recipient',
  question: {
    zh: '第7条资助“企事业单位”，比附则(一)的“法人、非法人组织”窄：社会团体、民办非企业单位等其他组织能否获资助？',
    en: 'Item 7 funds 企事业单位 (enterprises and public institutions), narrower than the 法人、非法人组织 of 附则(一): may a social organization, private non-enterprise unit or other organization be paid?',
  },
  literal: '企事业单位参与制定的地方标准、团体标准、企业标准获评“上海标准”后',
  chosen: {
    zh: '只有企业和事业单位可获资助，但本库不核验：recipient.type 为 organization 的一律按本条计算，调用方须确认申报单位是企业或事业单位（社会团体、民办非企业单位等不在此列）',
    en: 'Only enterprises and public institutions qualify, but this is not checked here: every recipient of type organization is reckoned under this clause, and the caller must confirm that it is an enterprise or a public institution (not a social organization, private non-enterprise unit or the like)',
  },
  alternative: {
    zh: '“企事业单位”泛指各类单位：附则(一)所列法人、非法人组织均可获资助',
    en: '企事业单位 read loosely as any unit: every legal person or unincorporated organization of 附则(一) qualifies',
  },
  basis: {
    zh: '“企事业单位”字面只指企业和事业单位；单位事实不区分组织形式（recipient.type 只分单位、个人），本库无法据此拒付，只能在结果中提示',
    en: '企事业单位 literally means enterprises and public institutions only; the recipient facts do not record the legal form (type is only organization or individual), so the library cannot refuse on it and flags it in the result instead',
  },
};

// 9: 再分别给予 presupposes the 筹建 stage; that is not checked.
const METROLOGY_FURTHER: Reading = {
  id: 'minhang.metrology-center-further',
  question: {
    zh: '“再分别给予”以先获批筹建为前提：通过现场验收并批准建立的中心，是否须已按本政策获得筹建资助？',
    en: '再分别给予 (a further sum) presupposes the 筹建 stage: must a centre accepted and established have been paid for its preparation under this policy?',
  },
  literal: Q9_ACCEPTED,
  chosen: {
    zh: '是：验收这一笔“再”于同一中心的筹建资助，与之同时（同一 projectId）或在其后（history 中本政策已付）支付；同一中心未按本政策获筹建资助的（例如2022年3月1日前获批筹建），验收这一笔不付（base_reward_not_paid）',
    en: 'yes: the acceptance sum comes 再 (again) after the 筹建 sum for the same centre, paid with it (the same projectId) or after it (paid under this policy in history); a centre not paid for its preparation under this policy (e.g. approved before 2022-03-01) gets no acceptance sum (base_reward_not_paid)',
  },
  alternative: {
    zh: '不核验：通过现场验收并批准建立即资助50万元、30万元，不论筹建阶段是否已按本政策获资助',
    en: 'not checked: acceptance and establishment pay 500,000 / 300,000 whether or not the 筹建 stage was paid under this policy',
  },
  basis: {
    zh: '“再”表明同一中心先后两笔资助，第二笔以第一笔为前提',
    en: '再 marks the second of two successive sums for one centre, which presupposes the first',
  },
};

const ENERGY_ONCE_PER_UNIT: Reading = {
  id: 'minhang.energy-once-per-unit',
  question: {
    zh: '“首次通过节能产品认证、低碳产品认证或能源管理体系认证”是每个单位只资助一次（三者中最先取得的一项），还是每类认证各首次资助一次？',
    en: 'Is 首次通过节能产品认证、低碳产品认证或能源管理体系认证 one 30,000 per unit (for the first of the three), or one per kind of certification?',
  },
  literal: Q11,
  chosen: {
    zh: '每个单位只资助一次3万元：三类认证中最先通过的一项获资助；此后再通过任何一类（包括另两类）的，均不再资助。firstTime 在本条指“本单位首次通过三类认证中的任何一类”；已按本条任一规则获资助（history）的，不再资助',
    en: 'One 30,000 per unit: the first of the three certifications the unit passes is paid; any later one, of whatever kind (including the other two), gets nothing. Under this clause firstTime means the first time the unit passes any of the three; a payment under any of the three rules in history stops the rest',
  },
  alternative: {
    zh: '每类认证各首次资助一次：节能产品认证、低碳产品认证、能源管理体系认证分别首次通过的，各3万元（同一单位最多9万元）',
    en: 'One first-time payment per kind: the first energy-saving product, low-carbon product and energy management system certification each get 30,000 (at most 90,000 for one unit)',
  },
  basis: {
    zh: '本句只有一个资助对象（单位）和一笔金额（一次性3万元），三类认证以“或”连接，“首次通过”修饰整个选择：通过其中任何一类即构成本条的事项',
    en: 'The sentence has one recipient (the 单位) and one sum (一次性3万元); the three certifications are joined by 或 and 首次通过 governs the whole alternative: passing any one of them is the matter of this clause',
  },
};

export const minhang2022 = {
  id: 'minhang-2022',
  title: '闵行区关于推动质量提升促进高质量发展的政策意见',
  titleEn:
    'Minhang District Policy Opinions on Promoting Quality Improvement and High-Quality Development (draft for comment, 2022)',
  jurisdiction: {
    code: MINHANG,
    slug: 'minhang',
    names: ['闵行区', '上海市闵行区', '闵行'],
    nameEn: 'Minhang District, Shanghai',
  },
  status: 'draft',
  statusQuote: '（征求意见稿）',
  window: {
    start: { date: '2022-03-01', clause: '附则(八)', quote: '本政策自2022年3月1日起施行' },
    end: { type: 'date', date: '2027-02-28', clause: '附则(八)', quote: '有效期至2027年2月28日' },
  },
  achievementTiming: {
    startDayCounts: true,
    reading: {
      id: 'minhang.timing',
      question: {
        zh: '文本未规定施行前（2022年3月1日前）取得的成果是否资助。',
        en: 'The text is silent on achievements obtained before it took effect (2022-03-01).',
      },
      literal: '本政策自2022年3月1日起施行',
      chosen: {
        zh: '仅资助2022年3月1日（含）以后取得的成果',
        en: 'Only achievements obtained on or after 2022-03-01 are rewarded',
      },
      alternative: {
        zh: '施行期间申报的较早成果也予资助',
        en: 'Earlier achievements claimed while the policy is in force are also rewarded',
      },
      basis: {
        zh: '政策资助其施行期间发生的成果；不推定追溯',
        en: 'A policy rewards what happens under it; no retroactivity is presumed',
      },
    },
  },
  eligibility: [
    {
      type: 'located_in',
      fact: 'registeredIn',
      region: MINHANG,
      onlyFor: 'organization',
      clause: '附则(一)',
      quote: '注册和税务登记均在本区',
    },
    {
      type: 'located_in',
      fact: 'taxRegisteredIn',
      region: MINHANG,
      onlyFor: 'organization',
      clause: '附则(一)',
      quote: '注册和税务登记均在本区',
    },
    // 财政全额拨款 describes a 事业单位: an enterprise or social organization (legalForm) need not say.
    {
      type: 'fact_is',
      fact: 'fullyStateFunded',
      value: false,
      failure: 'ineligible_recipient',
      onlyFor: 'organization',
      clause: '附则(一)',
      quote: '财政全额拨款的事业单位除外',
    },
    {
      type: 'located_in',
      fact: 'employedIn',
      region: MINHANG,
      onlyFor: 'individual',
      clause: '附则(一)',
      quote: '个人应在本区单位中任职',
    },
  ],
  notices: [
    {
      id: 'minhang.organization-judgement',
      clause: '附则(一)',
      quote: '符合本区产业发展规划，且财务管理制度健全和信用良好的法人、非法人组织',
      message: {
        zh: '单位还须符合本区产业发展规划、财务管理制度健全且信用良好；这些条件由主管部门审查，本库无法核验。',
        en: 'An organization must also fit the district industrial development plan, keep sound financial management and have good credit; these are judged by the authority and not checked here.',
      },
    },
    {
      id: 'minhang.individual-credit',
      clause: '附则(一)',
      quote: '个人应在本区单位中任职且信用良好',
      message: {
        zh: '个人还须信用良好；本库无法核验。',
        en: 'An individual must also have good credit; not checked here.',
      },
    },
    {
      id: 'minhang.no-double-benefit',
      clause: '附则(二)',
      quote: '同一单位不得因同一事项重复享受本区其他资助政策，若符合本区其他政策，按照就高原则给予支持',
      message: {
        zh: '同一事项不得重复享受本区其他资助政策；同时符合本区其他政策的，按就高原则支持：history 中记有闵行区（310112）其他政策对同一事项（projectId）的资助的，本政策只付高出部分（duplicate_support）；未记入 history 的资助，本库无从得知，调用方须自行核对。',
        en: 'One matter may not also be funded under other district policies; where another district policy applies, the higher support is given: where history records funding for the same matter (projectId) under another Minhang (310112) policy, this policy pays only what exceeds it (duplicate_support); funding not recorded in history cannot be known here, and the caller must check.',
      },
    },
    {
      id: 'minhang.superior-policy',
      clause: '附则(二)',
      quote: '如遇上级政策调整，以上级政策为准',
      message: {
        zh: '如遇上级政策调整，以上级政策为准。',
        en: 'Where higher-level policy changes, the higher-level policy prevails.',
      },
    },
    {
      id: 'minhang.contribution',
      clause: '附则(二)',
      quote: '单位享受专项资金政策金额应考虑其对地方的综合经济社会贡献',
      message: {
        zh: '单位享受的资助金额应考虑其对地方的综合经济社会贡献，实际金额可能据此调整。',
        en: 'The amount an organization receives is to take account of its overall economic and social contribution locally; the actual amount may be adjusted accordingly.',
      },
    },
    {
      id: 'minhang.use-of-funds',
      clause: '附则(五)',
      quote: '用于宣传推广先进质量管理模式和自主品牌建设的费用，不得低于所获资助金额的10%',
      message: {
        zh: '资助资金为专项资金，专款专用；其中用于宣传推广先进质量管理模式和自主品牌建设的费用不得低于所获资助金额的10%。',
        en: 'The funds are earmarked; at least 10% of the amount received must go to promoting advanced quality management and own brands.',
      },
    },
    {
      id: 'minhang.implementing-rules',
      clause: '附则(八)',
      quote: '具体实施细则由区市场监管局牵头相关职能部门另行制定',
      message: {
        zh: '具体实施细则另行制定，可能进一步限定本表所列条件。',
        en: 'Detailed implementing rules are to be issued separately and may narrow the conditions encoded here.',
      },
    },
  ],
  rules: [
    // 1. 各级政府质量奖
    {
      id: 'cqa.award',
      clause: '1',
      quote: '对获得中国质量奖的单位，给予一次性资助100万元',
      title: { zh: '中国质量奖（单位）→ 100万元', en: 'China Quality Award (organization) → 1,000,000 yuan' },
      match: { kind: 'government_quality_award', level: 'national', prize: 'award', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000 },
    },
    {
      id: 'cqa.nomination',
      clause: '1',
      quote: '对获得中国质量奖提名奖的单位，给予一次性资助50万元',
      title: {
        zh: '中国质量奖提名奖（单位）→ 50万元',
        en: 'China Quality Award nomination (organization) → 500,000 yuan',
      },
      match: {
        kind: 'government_quality_award',
        level: 'national',
        prize: 'nomination',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'cqa.individual',
      clause: '1',
      quote: '对获得中国质量奖、中国质量奖提名奖的个人，给予一次性资助2万元',
      title: {
        zh: '中国质量奖或提名奖（个人）→ 2万元',
        en: 'China Quality Award or nomination (individual) → 20,000 yuan',
      },
      match: {
        kind: 'government_quality_award',
        level: 'national',
        prize: ['award', 'nomination'],
        recipientType: 'individual',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 20_000 },
    },
    {
      id: 'shanghai-mayor.award',
      clause: '1',
      quote: '对获得上海市市长质量奖的单位，给予一次性资助50万元',
      title: {
        zh: '上海市市长质量奖（单位）→ 50万元',
        en: 'Shanghai Mayor Quality Award (organization) → 500,000 yuan',
      },
      match: {
        kind: 'government_quality_award',
        level: [...SHANGHAI_LEVELS],
        region: SHANGHAI,
        prize: 'award',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
      readings: [SHANGHAI_AWARD_LEVEL],
    },
    {
      id: 'shanghai-mayor.individual',
      clause: '1',
      quote: '对获得上海市市长质量奖的个人，给予一次性资助2万元',
      title: { zh: '上海市市长质量奖（个人）→ 2万元', en: 'Shanghai Mayor Quality Award (individual) → 20,000 yuan' },
      match: {
        kind: 'government_quality_award',
        level: [...SHANGHAI_LEVELS],
        region: SHANGHAI,
        prize: 'award',
        recipientType: 'individual',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 20_000 },
      readings: [SHANGHAI_AWARD_LEVEL],
    },
    {
      id: 'shanghai-gold.award',
      clause: '1',
      quote: '对获得上海市质量金奖的单位，给予一次性资助25万元',
      title: { zh: '上海市质量金奖（单位）→ 25万元', en: 'Shanghai Quality Gold Award (organization) → 250,000 yuan' },
      match: {
        kind: 'quality_gold_award',
        level: [...SHANGHAI_LEVELS],
        region: SHANGHAI,
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 250_000 },
      readings: [SHANGHAI_AWARD_LEVEL],
    },
    {
      id: 'shanghai-gold.individual',
      clause: '1',
      quote: '对获得上海市质量金奖的个人，给予一次性资助2万元',
      title: { zh: '上海市质量金奖（个人）→ 2万元', en: 'Shanghai Quality Gold Award (individual) → 20,000 yuan' },
      match: { kind: 'quality_gold_award', level: [...SHANGHAI_LEVELS], region: SHANGHAI, recipientType: 'individual' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 20_000 },
      readings: [SHANGHAI_AWARD_LEVEL],
    },
    {
      id: 'minhang-qa',
      clause: '1',
      quote:
        '对获得闵行区政府质量奖的单位和个人资助金额依据本市评比达标工作相关要求和《上海市闵行区政府质量奖管理办法》的相关规定执行',
      title: {
        zh: '闵行区政府质量奖（单位和个人）→ 按《上海市闵行区政府质量奖管理办法》执行',
        en: 'Minhang District Government Quality Award (organization or individual) → as the district award rules provide',
      },
      match: { kind: 'government_quality_award', level: 'district', region: MINHANG },
      amount: {
        type: 'not_computable',
        reason: 'other_rules',
        note: {
          zh: '资助金额依据本市评比达标工作相关要求和《上海市闵行区政府质量奖管理办法》执行，本文未规定金额',
          en: 'The amount follows the Shanghai rules on appraisals and the Minhang District Government Quality Award measures; this text states none',
        },
      },
    },
    // 2. 重点产品质量振兴攻关成果奖
    {
      id: 'breakthrough.first',
      clause: '2',
      quote: '对获得上海市重点产品质量振兴攻关成果奖一、二、三等奖的组织，分别给予10万元、5万元、2万元的一次性资助',
      title: {
        zh: '上海市重点产品质量振兴攻关成果奖一等奖 → 10万元',
        en: 'Shanghai key product quality breakthrough award, first prize → 100,000 yuan',
      },
      match: {
        kind: 'key_product_quality_breakthrough_award',
        region: SHANGHAI,
        prize: 'first',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'breakthrough.second',
      clause: '2',
      quote: '对获得上海市重点产品质量振兴攻关成果奖一、二、三等奖的组织，分别给予10万元、5万元、2万元的一次性资助',
      title: {
        zh: '上海市重点产品质量振兴攻关成果奖二等奖 → 5万元',
        en: 'Shanghai key product quality breakthrough award, second prize → 50,000 yuan',
      },
      match: {
        kind: 'key_product_quality_breakthrough_award',
        region: SHANGHAI,
        prize: 'second',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 50_000 },
    },
    {
      id: 'breakthrough.third',
      clause: '2',
      quote: '对获得上海市重点产品质量振兴攻关成果奖一、二、三等奖的组织，分别给予10万元、5万元、2万元的一次性资助',
      title: {
        zh: '上海市重点产品质量振兴攻关成果奖三等奖 → 2万元',
        en: 'Shanghai key product quality breakthrough award, third prize → 20,000 yuan',
      },
      match: {
        kind: 'key_product_quality_breakthrough_award',
        region: SHANGHAI,
        prize: 'third',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 20_000 },
    },
    // 3. 首席质量官
    {
      id: 'chief-quality-officer',
      clause: '3',
      quote: '对在区内企业任职期间获得首席质量官任职资格证书且被区内企业聘任的个人，给予一次性资助3000元',
      title: {
        zh: '首席质量官任职资格证书（个人）→ 3000元',
        en: 'Chief quality officer certificate (individual) → 3,000 yuan',
      },
      match: { kind: 'chief_quality_officer_certificate', recipientType: 'individual' },
      conditions: [
        {
          type: 'located_in',
          fact: 'hiredByEnterpriseIn',
          region: MINHANG,
          quote: '被区内企业聘任',
        },
        {
          type: 'fact_is',
          fact: 'fundedByStateBudget',
          value: false,
          failure: 'excluded_by_clause',
          quote: '由财政预算资金开展的相关公益资格培训获证的除外',
        },
      ],
      once: ONCE,
      amount: { type: 'fixed', yuan: 3_000 },
      readings: [
        {
          id: 'minhang.cqo-employment',
          question: {
            zh: '“在区内企业任职期间获得……且被区内企业聘任”能核验到什么程度？',
            en: 'How much of "obtained while employed by a district enterprise … and hired by a district enterprise" can be checked?',
          },
          literal: '对在区内企业任职期间获得首席质量官任职资格证书且被区内企业聘任的个人',
          chosen: {
            zh: '“被区内企业聘任”以 recipient.hiredByEnterpriseIn（聘任其为首席质量官的企业的注册地）为闵行区（310112）核验，未给出的待定；“在区内企业任职期间获得”以 recipient.employedIn 为闵行区核验，该事实应指取得证书时的任职单位所在地',
            en: 'hired by a district enterprise is checked through recipient.hiredByEnterpriseIn (where the enterprise that hired them as chief quality officer is registered) = Minhang (310112), undetermined when not given; obtained while employed in the district is checked through recipient.employedIn = Minhang, read as where the employer was when the certificate was obtained',
          },
          alternative: {
            zh: '只要申报时在本区单位任职即可（附则(一)的一般条件）',
            en: 'Employment with any district organization at the time of the claim suffices (the general rule of 附则(一))',
          },
          basis: {
            zh: '本条比附则(一)更严：要求取得证书时在区内企业任职且被区内企业聘任；任职地只有一项事实，取得证书时与申报时的任职地不作区分',
            en: 'This clause is stricter than 附则(一): employment by a district enterprise when the certificate is obtained, and hiring by one; the place of employment is one fact, not told apart for the time of the certificate and the time of the claim',
          },
        },
      ],
    },
    // 4. “上海品牌”认证
    {
      id: 'shanghai-brand.initial',
      clause: '4',
      quote: '对获得“上海品牌”认证的单位，给予一次性资助30万元',
      title: { zh: '“上海品牌”认证 → 30万元', en: 'Shanghai Brand certification → 300,000 yuan' },
      match: {
        kind: 'regional_brand_certification',
        subtype: 'shanghai_brand',
        cycle: 'initial',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
      readings: [SHANGHAI_BRAND_PER_CERTIFICATION],
    },
    {
      id: 'shanghai-brand.renewal',
      clause: '4',
      quote: '有效期满复评成功的，每期给予8万元资助',
      title: {
        zh: '“上海品牌”有效期满复评成功 → 每期8万元',
        en: 'Shanghai Brand renewed on expiry → 80,000 yuan per period',
      },
      match: {
        kind: 'regional_brand_certification',
        subtype: 'shanghai_brand',
        cycle: 'renewal',
        recipientType: 'organization',
      },
      amount: { type: 'fixed', yuan: 80_000 },
    },
    // 5. 质量品牌提升示范区
    {
      id: 'demonstration-zone.national',
      clause: '5',
      quote: '对成功创建国家级、市级质量品牌提升示范区的单位，分别给予一次性资助100万、50万元',
      title: {
        zh: '国家级质量品牌提升示范区 → 100万元',
        en: 'National quality brand improvement demonstration zone → 1,000,000 yuan',
      },
      match: { kind: 'quality_brand_demonstration_zone', level: 'national', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000 },
    },
    {
      id: 'demonstration-zone.municipal',
      clause: '5',
      quote: '对成功创建国家级、市级质量品牌提升示范区的单位，分别给予一次性资助100万、50万元',
      title: {
        zh: '市级质量品牌提升示范区 → 50万元',
        en: 'Municipal quality brand improvement demonstration zone → 500,000 yuan',
      },
      match: {
        kind: 'quality_brand_demonstration_zone',
        level: 'municipal',
        region: SHANGHAI,
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
      readings: [MUNICIPAL_SHANGHAI],
    },
    // 6. 制定各级标准
    {
      id: 'drafting.international.first',
      clause: '6',
      quote: Q6_INTL,
      title: { zh: '国际标准第一起草者 → 100万元', en: 'International standard, first drafter → 1,000,000 yuan' },
      match: { kind: 'standard_drafting', level: 'international', recipientType: 'organization' },
      conditions: [FIRST_DRAFTER],
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000 },
    },
    {
      id: 'drafting.international.other',
      clause: '6',
      quote: Q6_INTL,
      title: {
        zh: '国际标准非第一起草者 → 每家50万元',
        en: 'International standard, drafter other than the first → 500,000 yuan each',
      },
      match: { kind: 'standard_drafting', level: 'international', recipientType: 'organization' },
      conditions: [NON_FIRST_DRAFTER],
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'drafting.national.first',
      clause: '6',
      quote: Q6_NAT,
      title: { zh: '国家标准第一起草者 → 20万元', en: 'National standard, first drafter → 200,000 yuan' },
      match: { kind: 'standard_drafting', level: 'national', recipientType: 'organization' },
      conditions: [FIRST_DRAFTER],
      once: ONCE,
      amount: { type: 'fixed', yuan: 200_000 },
    },
    {
      id: 'drafting.national.other',
      clause: '6',
      quote: Q6_NAT,
      title: {
        zh: '国家标准非第一起草者 → 5万元',
        en: 'National standard, drafter other than the first → 50,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'national', recipientType: 'organization' },
      conditions: [NON_FIRST_DRAFTER],
      once: ONCE,
      amount: { type: 'fixed', yuan: 50_000 },
    },
    {
      id: 'drafting.industry.first',
      clause: '6',
      quote: Q6_NAT,
      title: { zh: '行业标准第一起草者 → 20万元', en: 'Industry standard, first drafter → 200,000 yuan' },
      match: { kind: 'standard_drafting', level: 'industry', recipientType: 'organization' },
      conditions: [FIRST_DRAFTER],
      once: ONCE,
      amount: { type: 'fixed', yuan: 200_000 },
    },
    {
      id: 'drafting.industry.other',
      clause: '6',
      quote: Q6_NAT,
      title: {
        zh: '行业标准非第一起草者 → 5万元',
        en: 'Industry standard, drafter other than the first → 50,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'industry', recipientType: 'organization' },
      conditions: [NON_FIRST_DRAFTER],
      once: ONCE,
      amount: { type: 'fixed', yuan: 50_000 },
    },
    {
      id: 'drafting.local.first',
      clause: '6',
      quote: Q6_LOCAL,
      title: { zh: '地方标准第一起草者 → 10万元', en: 'Local standard, first drafter → 100,000 yuan' },
      match: { kind: 'standard_drafting', level: 'local', recipientType: 'organization' },
      conditions: [FIRST_DRAFTER],
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'drafting.local.other',
      clause: '6',
      quote: Q6_LOCAL,
      title: { zh: '地方标准非第一起草者 → 3万元', en: 'Local standard, drafter other than the first → 30,000 yuan' },
      match: { kind: 'standard_drafting', level: 'local', recipientType: 'organization' },
      conditions: [NON_FIRST_DRAFTER],
      once: ONCE,
      amount: { type: 'fixed', yuan: 30_000 },
    },
    {
      id: 'drafting.group.first',
      clause: '6',
      quote: Q6_GROUP,
      title: {
        zh: '团体标准（经本市市区两级主管部门采信）第一起草者 → 10万元',
        en: 'Group standard adopted by Shanghai or Minhang authorities, first drafter → 100,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'group', recipientType: 'organization' },
      conditions: [GROUP_ADOPTED, FIRST_DRAFTER],
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000 },
      readings: [GROUP_ADOPTION_DATE],
    },
    {
      id: 'drafting.group.other',
      clause: '6',
      quote: Q6_GROUP,
      title: {
        zh: '团体标准（经本市市区两级主管部门采信）非第一起草者 → 3万元',
        en: 'Group standard adopted by Shanghai or Minhang authorities, drafter other than the first → 30,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'group', recipientType: 'organization' },
      conditions: [GROUP_ADOPTED, NON_FIRST_DRAFTER],
      once: ONCE,
      amount: { type: 'fixed', yuan: 30_000 },
      readings: [GROUP_ADOPTION_DATE],
    },
    // 7. “上海标准”
    {
      id: 'shanghai-standard.local-group',
      clause: '7',
      quote: Q7,
      title: {
        zh: '地方标准、团体标准获评“上海标准”（第一作者）→ 30万元',
        en: 'Local or group standard designated Shanghai Standard (first author) → 300,000 yuan',
      },
      match: { kind: 'shanghai_standard', level: ['local', 'group'], recipientType: 'organization' },
      conditions: [
        {
          type: 'rank_between',
          min: 1,
          max: 1,
          quote: '地方标准和团体标准仅资助第一作者',
          reading: {
            id: 'minhang.shanghai-standard-first-author',
            question: { zh: '“第一作者”指什么？', en: 'What is the "first author" (第一作者)?' },
            literal: '地方标准和团体标准仅资助第一作者',
            chosen: { zh: '第一起草单位（rank 1）', en: 'The first drafting unit (rank 1)' },
            alternative: {
              zh: '标准文本署名的第一位起草人所在单位（可能不同于第一起草单位）',
              en: 'The organization of the first named individual drafter, which may differ from the first drafting unit',
            },
            basis: {
              zh: '本条资助的是“企事业单位”，标准署名中单位的排序即起草单位排名',
              en: 'This clause funds organizations; among organizations the order of authorship is the drafting-unit rank',
            },
          },
        },
      ],
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
      readings: [SHANGHAI_STANDARD_RECIPIENT],
    },
    {
      id: 'shanghai-standard.enterprise',
      clause: '7',
      quote: Q7,
      title: {
        zh: '企业标准获评“上海标准”→ 30万元',
        en: 'Enterprise standard designated Shanghai Standard → 300,000 yuan',
      },
      match: { kind: 'shanghai_standard', level: 'enterprise', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
      readings: [SHANGHAI_STANDARD_RECIPIENT],
    },
    // 8. 标准化示范试点
    {
      id: 'pilot.national',
      clause: '8',
      quote: '承担国家级标准化示范试点通过验收后，由区财政一次性资助20万元',
      title: {
        zh: '国家级标准化示范试点通过验收 → 20万元',
        en: 'National standardization pilot accepted → 200,000 yuan',
      },
      match: { kind: 'standardization_pilot', level: 'national', recipientType: 'organization' },
      conditions: [PILOT_ACCEPTED],
      once: ONCE,
      amount: { type: 'fixed', yuan: 200_000 },
    },
    {
      id: 'pilot.municipal',
      clause: '8',
      quote: '承担市级标准化示范试点通过验收后，由区财政一次性资助15万元',
      title: {
        zh: '市级标准化示范试点通过验收 → 15万元',
        en: 'Municipal standardization pilot accepted → 150,000 yuan',
      },
      match: { kind: 'standardization_pilot', level: 'municipal', region: SHANGHAI, recipientType: 'organization' },
      conditions: [PILOT_ACCEPTED],
      once: ONCE,
      amount: { type: 'fixed', yuan: 150_000 },
      readings: [MUNICIPAL_SHANGHAI],
    },
    // 9. 产业计量测试中心: 获批筹建 and 批准建立 each pay (再分别给予)
    {
      id: 'metrology-center.national.approved',
      clause: '9',
      quote: Q9_APPROVED,
      title: {
        zh: '获批筹建国家级产业计量测试中心 → 50万元',
        en: 'National industrial metrology testing center approved for preparation → 500,000 yuan',
      },
      match: {
        kind: 'industrial_metrology_center',
        level: 'national',
        stage: 'approved',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'metrology-center.municipal.approved',
      clause: '9',
      quote: Q9_APPROVED,
      title: {
        zh: '获批筹建市级产业计量测试中心 → 30万元',
        en: 'Municipal industrial metrology testing center approved for preparation → 300,000 yuan',
      },
      match: {
        kind: 'industrial_metrology_center',
        level: 'municipal',
        region: SHANGHAI,
        stage: 'approved',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
      readings: [MUNICIPAL_SHANGHAI],
    },
    {
      id: 'metrology-center.national.accepted',
      clause: '9',
      quote: Q9_ACCEPTED,
      title: {
        zh: '国家级产业计量测试中心通过现场验收并批准建立 → 再50万元',
        en: 'National industrial metrology testing center accepted and established → a further 500,000 yuan',
      },
      match: {
        kind: 'industrial_metrology_center',
        level: 'national',
        stage: 'accepted',
        recipientType: 'organization',
      },
      once: ONCE,
      inAdditionTo: { rules: ['metrology-center.national.approved'], quote: '再分别给予', reading: METROLOGY_FURTHER },
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'metrology-center.municipal.accepted',
      clause: '9',
      quote: Q9_ACCEPTED,
      title: {
        zh: '市级产业计量测试中心通过现场验收并批准建立 → 再30万元',
        en: 'Municipal industrial metrology testing center accepted and established → a further 300,000 yuan',
      },
      match: {
        kind: 'industrial_metrology_center',
        level: 'municipal',
        region: SHANGHAI,
        stage: 'accepted',
        recipientType: 'organization',
      },
      once: ONCE,
      inAdditionTo: { rules: ['metrology-center.municipal.approved'], quote: '再分别给予', reading: METROLOGY_FURTHER },
      amount: { type: 'fixed', yuan: 300_000 },
      readings: [MUNICIPAL_SHANGHAI],
    },
    // 10. 测量管理体系认证
    {
      id: 'measurement-management.initial',
      clause: '10',
      quote: '对首次通过测量管理体系认证的单位，给予一次性资助3万元',
      title: {
        zh: '首次通过测量管理体系认证 → 3万元',
        en: 'First measurement management system certification → 30,000 yuan',
      },
      match: { kind: 'measurement_management_certification', cycle: 'initial', recipientType: 'organization' },
      conditions: [FIRST_TIME],
      once: ONCE,
      amount: { type: 'fixed', yuan: 30_000 },
    },
    {
      id: 'measurement-management.first-renewal',
      clause: '10',
      quote: '对通过测量管理体系认证首次复评审的单位，给予一次性资助2万元',
      title: {
        zh: '测量管理体系认证首次复评审 → 2万元',
        en: 'First re-assessment of the measurement management system certification → 20,000 yuan',
      },
      match: { kind: 'measurement_management_certification', cycle: 'renewal', recipientType: 'organization' },
      conditions: [{ type: 'first_time', quote: '首次复评审' }],
      once: ONCE,
      amount: { type: 'fixed', yuan: 20_000 },
    },
    // 11. 节能产品认证、低碳产品认证、能源管理体系认证: one first-time 3万 per unit, for the first of the three
    {
      id: 'energy.energy-saving-product',
      clause: '11',
      quote: Q11,
      title: {
        zh: '首次通过节能产品认证（本单位三类认证中的第一项）→ 3万元',
        en: 'Energy-saving product certification, the unit’s first of the three kinds → 30,000 yuan',
      },
      match: { kind: 'energy_certification', subtype: 'energy_saving_product', recipientType: 'organization' },
      conditions: [
        { type: 'first_time', sameAs: ['energy.low-carbon-product', 'energy.energy-management-system'], quote: '首次' },
      ],
      once: ONCE,
      amount: { type: 'fixed', yuan: 30_000 },
      readings: [ENERGY_ONCE_PER_UNIT],
    },
    {
      id: 'energy.low-carbon-product',
      clause: '11',
      quote: Q11,
      title: {
        zh: '首次通过低碳产品认证（本单位三类认证中的第一项）→ 3万元',
        en: 'Low-carbon product certification, the unit’s first of the three kinds → 30,000 yuan',
      },
      match: { kind: 'energy_certification', subtype: 'low_carbon_product', recipientType: 'organization' },
      conditions: [
        {
          type: 'first_time',
          sameAs: ['energy.energy-saving-product', 'energy.energy-management-system'],
          quote: '首次',
        },
      ],
      once: ONCE,
      amount: { type: 'fixed', yuan: 30_000 },
      readings: [ENERGY_ONCE_PER_UNIT],
    },
    {
      id: 'energy.energy-management-system',
      clause: '11',
      quote: Q11,
      title: {
        zh: '首次通过能源管理体系认证（本单位三类认证中的第一项）→ 3万元',
        en: 'Energy management system certification, the unit’s first of the three kinds → 30,000 yuan',
      },
      match: { kind: 'energy_certification', subtype: 'energy_management_system', recipientType: 'organization' },
      conditions: [
        { type: 'first_time', sameAs: ['energy.energy-saving-product', 'energy.low-carbon-product'], quote: '首次' },
      ],
      once: ONCE,
      amount: { type: 'fixed', yuan: 30_000 },
      readings: [ENERGY_ONCE_PER_UNIT],
    },
    // 附则(三) 一事一议
    {
      id: 'key-project',
      clause: '附则(三)',
      quote: '对聚焦重点领域或对产业转型发展具有较大影响力的重点项目，实行“一事一议”',
      title: { zh: '重点项目 → 一事一议', en: 'Key project → decided case by case' },
      match: { kind: 'key_project' },
      amount: {
        type: 'not_computable',
        reason: 'case_by_case',
        note: {
          zh: '实行“一事一议”，本文未规定金额',
          en: 'Decided case by case (一事一议); this text states no amount',
        },
      },
    },
  ],
  stacking: [
    {
      type: 'highest_only',
      id: 'minhang.pilot-highest',
      clause: '8',
      quote: '同一企事业单位相继承担各级标准化试点的，区财政按就高原则资助',
      rules: ['pilot.national', 'pilot.municipal'],
      scope: 'ever',
      reading: {
        id: 'minhang.pilot-top-up',
        question: {
          zh: '单位已获市级试点资助、后又完成国家级试点的，后一笔是否只付差额？',
          en: 'When a unit paid for a municipal pilot later completes a national one, is the later payment the difference up to the higher amount?',
        },
        literal: '同一企事业单位相继承担各级标准化试点的，区财政按就高原则资助',
        chosen: {
          zh: '同一单位的各级标准化试点在整个施行期内合为一池，累计只付最高一档（20万元）：先得市级15万元、后完成国家级的，再付差额5万元；先得国家级20万元的，其后市级试点不再资助。其后果是：同一单位的第二个同级试点，即使是另一个项目，也一分不付（已得国家级20万元的，第二个国家级试点不付；已得市级15万元的，第二个市级试点不付，只有其后的国家级试点补差额5万元）',
          en: "All of one unit's standardization pilots form one pool over the whole policy: in total only the highest tier (200,000) is paid. Municipal 150,000 first, national later → a further 50,000 (the difference); national 200,000 first → a later municipal pilot gets nothing. The consequence: a second pilot of the same level, even a different project, gets nothing (after a paid national pilot a second national one is not paid; after a paid municipal pilot a second municipal one is not paid, and only a later national one tops up by 50,000)",
        },
        alternative: {
          zh: '同级的第二个试点（另一个项目）全额资助：就高只在不同级别的试点之间适用（已得国家级20万元的，第二个国家级试点再付20万元）；或后完成的高一级试点也全额资助20万元（就高只禁止同一试点重复资助）；或就高只适用于同一试点项目由市级升为国家级的情形',
          en: 'A second pilot at the same level, a different project, is paid in full: 就高 works only between pilots of different levels (after a paid national pilot a second national one gets another 200,000); or the later higher-level pilot is also paid in full, 200,000 (就高 only bars double payment for one pilot); or 就高 applies only when the same pilot project moves up from municipal to national',
        },
        basis: {
          zh: '本句的范围是“同一企事业单位”，不是同一项目或同一级别：“相继承担各级标准化试点”指该单位先后承担的试点，“按就高原则资助”即资助总额以最高一档为限。文本字面只说到不同级别，同级第二个试点是否另计，文本未明言；本库按单位合池',
          en: 'The sentence is scoped to 同一企事业单位, not to one project or one level: 相继承担各级标准化试点 means the pilots the unit takes on one after another, and 按就高原则资助 caps the total at the highest tier. The words speak only of different levels; whether a second same-level pilot counts separately is not stated, and this library pools by unit',
        },
      },
    },
    {
      type: 'duplicate_support',
      id: 'minhang.no-double-benefit',
      clause: '附则(二)',
      quote: '同一单位不得因同一事项重复享受本区其他资助政策，若符合本区其他政策，按照就高原则给予支持',
      region: MINHANG,
      settle: 'top_up',
      reading: {
        id: 'minhang.other-district-policies',
        question: {
          zh: '同一事项已按本区其他政策获资助的，“按照就高原则给予支持”是不付，还是补足差额？',
          en: 'For a matter already funded under another district policy, does 按照就高原则给予支持 mean nothing more, or the difference up to the higher amount?',
        },
        literal: '同一单位不得因同一事项重复享受本区其他资助政策，若符合本区其他政策，按照就高原则给予支持',
        chosen: {
          zh: '补足差额：本政策金额高于其他政策已付的，只付高出部分；不高于的，不付（history 中 jurisdiction 为 310112 的其他政策、同一 projectId）',
          en: 'the difference: where this policy’s amount exceeds what another district policy paid, only the excess is paid; otherwise nothing (history entries of other policies with jurisdiction 310112, same projectId)',
        },
        alternative: {
          zh: '已获其他政策资助的，本政策一概不付；或由主管部门择一较高者支付、已付的不扣减',
          en: 'nothing at all once another policy paid; or the authority pays the higher one without deducting what was paid',
        },
        basis: {
          zh: '“就高”即最终所得以较高者为准；与第8条“相继承担…按就高原则资助”的读法一致（minhang.pilot-top-up）',
          en: '就高 means the recipient ends with the higher amount; read like 第8条 相继承担…按就高原则资助 (minhang.pilot-top-up)',
        },
      },
    },
  ],
} satisfies PolicyInput;
