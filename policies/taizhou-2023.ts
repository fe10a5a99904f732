import type { ConditionInput, Once, PolicyInput, Reading } from '../src/schema/policy.js';
import { ONE_OFF } from './oneOff.js';

/** 一次性 (README, "一次性"): one lump sum per matter, paid once, enforced through history. */
const ONCE: Once = {
  per: 'matter',
  quote: '一次性',
  reading: { id: 'taizhou.one-off', literal: '一次性', ...ONE_OFF },
};

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

const DRAFTING_MADE_QUESTION = {
  zh: '“制定（完成）”是否包括修订标准？',
  en: 'Does 制定（完成） (making) include revising a standard?',
};
const DRAFTING_MADE_CHOSEN = {
  zh: '本库不区分制定与修订：调用方报告为已发布、本单位为第一起草单位（rank 1）的标准即按本条计算；修订是否属于“制定”须由主管部门认定',
  en: 'The library does not tell making from revising: a published standard the caller reports with the applicant as first drafter (rank 1) is reckoned under this clause; whether a revision counts as 制定 is for the authority',
};
const DRAFTING_MADE_ALTERNATIVE = {
  zh: '只奖励新制定的标准，不奖励修订（他地文本明示“制（修）订”，本文只写“制定”）',
  en: 'Only newly made standards, not revisions (other texts say 制（修）订 where they include revisions; this one says 制定)',
};
const DRAFTING_MADE_BASIS = {
  zh: '文本只写“制定”，未明确排除修订；成果词汇中没有区分新制定与修订的事实',
  en: 'The text says 制定 and does not expressly exclude revisions; the vocabulary has no fact telling a new standard from a revision',
};

/** 三(二)1 国家标准、行业标准、省级地方标准. */
const DRAFTING_MADE: Reading = {
  id: 'taizhou.drafting-made-or-revised',
  question: DRAFTING_MADE_QUESTION,
  literal: '制定完成国家标准（含国家军用标准）、行业标准、省级地方标准的第一起草单位',
  chosen: DRAFTING_MADE_CHOSEN,
  alternative: DRAFTING_MADE_ALTERNATIVE,
  basis: DRAFTING_MADE_BASIS,
};

/** 三(二)1 “浙江制造”标准. */
const DRAFTING_MADE_ZHEJIANG_MADE: Reading = {
  id: 'taizhou.drafting-made-or-revised.zhejiang-made',
  question: DRAFTING_MADE_QUESTION,
  literal: '对制定“浙江制造”标准的第一起草单位',
  chosen: DRAFTING_MADE_CHOSEN,
  alternative: DRAFTING_MADE_ALTERNATIVE,
  basis: DRAFTING_MADE_BASIS,
};

/** 三(二)3 国际标准. */
const DRAFTING_MADE_INTERNATIONAL: Reading = {
  id: 'taizhou.drafting-made-or-revised.international',
  question: DRAFTING_MADE_QUESTION,
  literal: '对制定完成国际标准的第一起草单位',
  chosen: DRAFTING_MADE_CHOSEN,
  alternative: DRAFTING_MADE_ALTERNATIVE,
  basis: DRAFTING_MADE_BASIS,
};

/** 省级 / 市级 without a name: which province, which city. */
const PROVINCE_AND_CITY: Reading = {
  id: 'taizhou.province-and-city',
  question: {
    zh: '未写明省、市名称的“省级”“市级”（“省”“市”）成果，指哪一省、哪一市？',
    en: 'Where the text says 省级 / 市级 (provincial / municipal) without a name, which province and which city are meant?',
  },
  literal: '省级',
  chosen: {
    zh: '“省级”指浙江省（region 330000），“市级”指台州市（region 331000）：其他省份的省级、其他城市的市级成果不按本意见奖励；未给出 region 的待定',
    en: '省级 means Zhejiang (region 330000) and 市级 means Taizhou (region 331000): provincial achievements of other provinces and municipal ones of other cities are not rewarded; without region the claim is undetermined',
  },
  alternative: {
    zh: '任何省份的省级、任何城市的市级成果均可奖励',
    en: 'Provincial achievements of any province and municipal ones of any city are rewarded',
  },
  basis: {
    zh: '本意见为浙江省台州市文件，凡写明名称之处均为浙江省、台州市（“浙江省政府质量奖”“台州市政府质量奖”“台州市标准创新贡献奖”等），并称“创建省、市先进质量管理孵化基地”；奖励由台州市及所属县（市）财政承担',
    en: 'This is a Taizhou (Zhejiang) text: wherever it names the province or city it names Zhejiang and Taizhou (浙江省政府质量奖, 台州市政府质量奖, 台州市标准创新贡献奖), and it speaks of 创建省、市先进质量管理孵化基地; the rewards are paid from Taizhou budgets',
  },
  alternativeData: [{ type: 'match_values', fact: 'region', values: null }],
};

/** 企业 where the library only knows organizations and individuals. */
const ENTERPRISE_OR_ORGANIZATION: Reading = {
  id: 'taizhou.enterprise-or-organization',
  question: {
    zh: '条文写“企业”时，企业以外的单位（事业单位、社会团体等）能否获得该项奖励？',
    en: 'Where a clause says 企业 (enterprise), can an organization that is not an enterprise (public institution, association) receive it?',
  },
  literal: '企业',
  chosen: {
    zh: '本库只区分单位与个人（recipientType organization / individual），不区分企业与其他单位：条文写“企业”的奖励，任何单位均按本条计算，个人不予奖励；申报单位是否为企业须由主管部门核实',
    en: 'The library tells only organizations from individuals (recipientType organization / individual), not enterprises from other organizations: a reward the text gives to 企业 is reckoned for any organization and never for an individual; whether the applicant is an enterprise is for the authority to check',
  },
  alternative: {
    zh: '只奖励企业，事业单位、社会团体等其他单位不予奖励',
    en: 'Only enterprises are rewarded; public institutions, associations and other organizations are not',
  },
  basis: {
    zh: '文本在不同条款交替使用“组织”“企业”“单位”；成果词汇的获奖主体只有单位与个人两类，没有表示企业的事实',
    en: 'The text uses 组织, 企业 and 单位 in different clauses; the vocabulary has only two kinds of recipient, organization and individual, and no fact for being an enterprise',
  },
};

const PINZIBIAO_FIRST_CERTIFICATE: Reading = {
  id: 'taizhou.pinzibiao-first-certificate',
  question: {
    zh: '“首张”是指本企业的第一张，还是地区或行业的第一张？',
    en: 'Does 首张 mean the enterprise’s first certificate, or the first in the region or industry?',
  },
  literal: '首张“品字标”认证证书',
  chosen: {
    zh: '本企业获得的第一张“品字标”认证证书（firstTime）；本企业此后新获的认证证书不再按本项奖励，但其复评审另按“通过认证复评审”奖励（不限于首张证书的复评审）',
    en: 'The enterprise’s own first Pinzibiao certificate by certification (firstTime); its later new certificates get nothing under this item, while their renewals are paid as 通过认证复评审 (renewals of any of its certificates, not only the first)',
  },
  alternative: {
    zh: '全市（或本行业）首张“品字标”认证证书；或“通过认证复评审”只指首张证书的复评审',
    en: 'The first Pinzibiao certificate in the city (or the industry); or 通过认证复评审 means only the renewal of the first certificate',
  },
  basis: {
    zh: '奖励对象是“获得首张……证书的企业”，以企业为单位计“首张”；“或通过认证复评审”与“获得首张”并列，未限定为首张证书的复评审',
    en: 'The reward goes to “the enterprise that obtains the first … certificate”, counting per enterprise; 或通过认证复评审 stands beside 获得首张 and is not limited to the first certificate',
  },
};

const CHINA_STANDARD_AWARD_PROJECT: Reading = {
  id: 'taizhou.china-standard-award-project',
  question: {
    zh: '“项目荣获中国标准创新贡献奖”包括哪些奖项、等次？',
    en: 'Which awards and grades does 项目荣获中国标准创新贡献奖 (a project winning the China Standard Innovation Contribution Award) cover?',
  },
  literal: '项目荣获中国标准创新贡献奖',
  chosen: {
    zh: '只计项目奖，一、二、三等奖（prize first / second / third）均按100万元；组织奖、个人奖及调用方报告的其他奖项不按本条计算',
    en: 'Only the project award counts, its first, second and third grades (prize first / second / third) alike at 1,000,000 yuan; organization or individual awards and any other prize the caller reports are not reckoned here',
  },
  alternative: {
    zh: '中国标准创新贡献奖的任何奖项（含组织奖）均按本条奖励；或按等次分档',
    en: 'Any China Standard Innovation Contribution Award, the organization award included, is rewarded here; or the amount varies by grade',
  },
  basis: {
    zh: '文本写“项目荣获”，限于项目获得的奖；中国标准创新贡献奖项目奖分一、二、三等奖，文本对该奖只给一个金额，未分等次',
    en: 'The text says 项目荣获, a prize won by a project; the award’s project prizes come in first, second and third grades, and the text gives a single amount for the award without grades',
  },
};

/** 三(三)3 农产品地理标志: one registration, one matter (README, "一次性"). */
const GI_ONCE_PER_REGISTRATION: Reading = {
  id: 'taizhou.geographical-indication-once',
  question: {
    zh: '“对通过农产品地理标志登记保护的组织，一次性给予10万元”是每项登记一次，还是每个组织一次？',
    en: 'Is the one-off 100,000 yuan for agricultural product geographical indication registration paid once per registration or once per organization?',
  },
  literal: '对通过农产品地理标志登记保护的组织，一次性给予10万元的奖励',
  chosen: {
    zh: '按“一次性”的统一读法（taizhou.one-off）：每项登记是一个事项，各奖励一次10万元；每项登记作为一条成果报告，以 projectId 区分（count 不相乘）；已按本项付过的同一登记（history），不再奖励',
    en: 'By the one reading of 一次性 (taizhou.one-off): each registration is one matter, paid 100,000 yuan once; each is reported as one achievement told apart by projectId (count is not multiplied); a registration already paid under this item (history) is not paid again',
  },
  alternative: {
    zh: '每个组织在本意见下只奖励一次10万元，不论登记几项',
    en: 'once per organization under this policy, 100,000 yuan however many registrations',
  },
  basis: {
    zh: '文本未写“每个组织”“累计”等按组织限定的词；奖励对象写作“组织”在本意见各项皆然，并不限定每个组织一次',
    en: 'the text has no word limiting the reward per organization (每个组织, 累计); naming the 组织 as the recipient is common to every item of this policy and does not limit it to once per organization',
  },
  alternativeData: [{ type: 'once_per', per: 'recipient' }],
};

/** 三(三)3 中国绿色产品认证 / 绿色食品认证: one product, one matter (README, "一次性"). */
const GREEN_ONCE_PER_PRODUCT: Reading = {
  id: 'taizhou.green-once-per-product',
  question: {
    zh: '中国绿色产品认证（或绿色食品认证）的“一次性给予10万元”是每个产品一次，还是每家企业一次？',
    en: 'Is the one-off 100,000 yuan for China green product (or green food) certification paid once per product or once per enterprise?',
  },
  literal: Q_GREEN,
  chosen: {
    zh: '按“一次性”的统一读法（taizhou.one-off）：每个产品是一个事项（同一 projectId），奖励一次10万元；同一产品兼有中国绿色产品认证与绿色食品认证的，两种途径合计一次；不同产品分别奖励；已按本项付过的同一产品（history），不再奖励',
    en: 'By the one reading of 一次性 (taizhou.one-off): each product is one matter (one projectId), paid 100,000 yuan once; a product holding both the China green product and the green food certification is paid once for the two routes; different products are paid separately; a product already paid under this item (history) is not paid again',
  },
  alternative: {
    zh: '每家企业在本意见下只奖励一次10万元，不论产品与证书多少',
    en: 'once per enterprise under this policy, 100,000 yuan however many products or certificates',
  },
  basis: {
    zh: '文本未写“每家企业”“累计”等按企业限定的词（三(一)1 的“品字标”奖励则明写“每家企业累计不超过50万元”）；括号内的“同一产品”表明奖励按产品计',
    en: 'the text has no word limiting the reward per enterprise (the Pinzibiao reward of 三(一)1 says 每家企业累计不超过50万元); 同一产品 in the brackets shows the reward is reckoned per product',
  },
  alternativeData: [{ type: 'once_per', per: 'recipient' }],
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
/** 经市级备案后 heads the sentence; whether it also governs the self-declaration reward is a reading. */
const PZB_FILED_SELF: ConditionInput = {
  ...PZB_FILED,
  reading: {
    id: 'taizhou.pinzibiao-filing-self-declaration',
    question: {
      zh: '“经市级备案后”是否也适用于以自我声明获得“品字标”证书的10万元奖励？',
      en: 'Does 经市级备案后 (after filing with the city) also govern the 100,000 yuan reward for a Pinzibiao certificate by self-declaration?',
    },
    literal: '经市级备案后',
    chosen: {
      zh: '适用：自我声明获证也须经市级备案（filedWithAuthority true），未备案的不予奖励，未说明的待定',
      en: 'It does: a certificate by self-declaration must also be filed with the city (filedWithAuthority true); unfiled, nothing is paid; unknown, undetermined',
    },
    alternative: {
      zh: '“经市级备案后”只修饰认证证书与复评审的20万元奖励，自我声明获证的10万元奖励无须备案',
      en: '经市级备案后 qualifies only the 200,000 yuan certification and renewal rewards; the self-declaration reward needs no filing',
    },
    basis: {
      zh: '“经市级备案后”位于句首，其后两个“对……的企业给予……的奖励”以逗号并列，并由“上述‘品字标’奖励”合称，同属一句',
      en: '经市级备案后 opens the sentence; the two 对……的企业给予……的奖励 that follow are joined by commas and named together as 上述“品字标”奖励, all in one sentence',
    },
  },
};
const PZB_FIRST: ConditionInput = { type: 'first_time', clause: '三(一)1', quote: '首张“品字标”认证证书' };
const PILOT_ACCEPTED: ConditionInput = {
  type: 'fact_in',
  fact: 'stage',
  values: ['accepted'],
  failure: 'prerequisite_not_met',
  quote: '成功通过国家级、省级标准化试点（示范）项目考核验收',
};
/** 给予主要承担单位: the vocabulary's drafterRole (main / participating) stands for the unit's role in the pilot. */
const PILOT_MAIN_UNDERTAKER: ConditionInput = {
  type: 'fact_in',
  fact: 'drafterRole',
  values: ['main'],
  failure: 'prerequisite_not_met',
  quote: '主要承担单位',
  reading: {
    id: 'taizhou.pilot-main-undertaker',
    question: {
      zh: '“主要承担单位”如何认定？参与承担的单位能否获奖？',
      en: 'Who is the 主要承担单位 (main undertaking unit) of a pilot? Does a participating unit receive anything?',
    },
    literal: '给予主要承担单位',
    chosen: {
      zh: '以 drafterRole 表示申请人在试点（示范）项目中的角色：main 即主要承担单位，予以奖励；participating 即参与承担单位，不予奖励；未给出 drafterRole 的待定',
      en: 'drafterRole gives the applicant’s role in the pilot: main stands for the main undertaking unit, which is paid; participating stands for a participating unit, which is not; without drafterRole the claim is undetermined',
    },
    alternative: {
      zh: '多个承担单位时由主管部门认定主要承担单位，或由各承担单位分享奖励',
      en: 'With several undertaking units the authority decides which is the main one, or the units share the reward',
    },
    basis: {
      zh: '文本只奖励“主要承担单位”；成果词汇中表示单位在项目中主次角色的事实只有 drafterRole（main 主要/主导，participating 参与），借用于试点项目',
      en: 'The text rewards only the 主要承担单位; the only vocabulary fact for a unit’s leading or secondary role is drafterRole (main / participating), borrowed here for pilots',
    },
  },
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
        zh: '文本未规定；本库不奖励施行前取得的成果：只计2023年2月11日（含当日）以后取得的成果（另有本条期间的绿色食品认证除外）',
        en: 'The text does not say; the library does not reward achievements obtained before the start: only those obtained on or after 2023-02-11 (that day included) count (except green food certifications, whose clause has its own window)',
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
  eligibility: [
    {
      type: 'located_in',
      fact: 'registeredIn',
      region: TAIZHOU,
      onlyFor: 'organization',
      clause: '五',
      quote: '台州市范围内按本意见执行',
      reading: {
        id: 'taizhou.registered-in-taizhou',
        question: {
          zh: '“台州市范围内按本意见执行”是否要求申报单位注册在台州市？',
          en: 'Does 台州市范围内按本意见执行 (applied within Taizhou) require the applicant to be registered in Taizhou?',
        },
        literal: '台州市范围内按本意见执行',
        chosen: {
          zh: '以注册地代表“台州市范围内”：申报单位注册地（registeredIn）须在台州市（331000，含所辖区、县（市））；注册在台州市以外的不予奖励，未给出注册地的待定',
          en: 'Registration stands for 台州市范围内: the applicant’s place of registration (registeredIn) must lie in Taizhou (331000, its districts and counties included); registered elsewhere, nothing is paid; without registeredIn, undetermined',
        },
        alternative: {
          zh: '该句只规定本意见的适用地域，并非对申报单位注册地的要求：不核验申报单位所在地（如在台州有生产基地或税务登记的外地注册单位亦可申报）',
          en: 'The sentence states where the policy applies, not a registration requirement: the applicant’s location is not checked (a unit registered elsewhere with a plant or tax registration in Taizhou may also claim)',
        },
        basis: {
          zh: '文本只写适用范围，未写注册要求；但奖励由台州市及所属县（市）财政承担，本库以注册地作为在台州市范围内的通常标志',
          en: 'The text states the scope, not registration; but the rewards are paid from Taizhou budgets, and registration is the usual mark of being within Taizhou',
        },
      },
    },
  ],
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
    {
      id: 'taizhou.county-supporting-policies',
      clause: '四(三)',
      quote: '鼓励各县（市）人民政府制定符合本区域实际的配套政策',
      message: {
        zh: '各县（市）人民政府可能另有配套政策，不在本库计算范围内；本库只计算本意见的奖励。',
        en: 'County (county-level city) governments may have their own supporting policies, not computed here; the library reckons only the rewards of this policy.',
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
      match: { kind: 'quality_brand_demonstration_zone', level: 'national', recipientType: 'organization' },
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
      match: {
        kind: 'regional_brand_certification',
        subtype: 'pinzibiao_certificate',
        cycle: 'initial',
        recipientType: 'organization',
      },
      conditions: [PZB_FILED, PZB_FIRST],
      amount: { type: 'fixed', yuan: 200_000 },
      readings: [PINZIBIAO_FIRST_CERTIFICATE, ENTERPRISE_OR_ORGANIZATION],
    },
    {
      id: 'pinzibiao.renewal',
      clause: '三(一)1',
      quote: Q_PZB_CERT,
      title: {
        zh: '经市级备案，“品字标”认证通过复评审 → 20万元',
        en: 'Pinzibiao certification renewed, filed with the city → 200,000 yuan',
      },
      match: {
        kind: 'regional_brand_certification',
        subtype: 'pinzibiao_certificate',
        cycle: 'renewal',
        recipientType: 'organization',
      },
      conditions: [PZB_FILED],
      amount: { type: 'fixed', yuan: 200_000 },
      readings: [PINZIBIAO_FIRST_CERTIFICATE, ENTERPRISE_OR_ORGANIZATION],
    },
    {
      id: 'pinzibiao.self-declaration',
      clause: '三(一)1',
      quote: Q_PZB_SELF,
      title: {
        zh: '经市级备案，以自我声明获得“品字标”证书 → 10万元',
        en: 'Pinzibiao certificate by self-declaration, filed with the city → 100,000 yuan',
      },
      match: {
        kind: 'regional_brand_certification',
        subtype: 'pinzibiao_self_declaration',
        recipientType: 'organization',
      },
      conditions: [PZB_FILED_SELF],
      amount: { type: 'fixed', yuan: 100_000 },
      readings: [ENTERPRISE_OR_ORGANIZATION],
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
      match: {
        kind: 'quality_management_incubation_base',
        subtype: 'advanced_quality_management',
        level: 'provincial',
        region: ZHEJIANG,
        recipientType: 'organization',
      },
      amount: { type: 'fixed', yuan: 100_000 },
      readings: [PROVINCE_AND_CITY],
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
      match: {
        kind: 'credit_management_demonstration',
        level: 'provincial',
        region: ZHEJIANG,
        recipientType: 'organization',
      },
      conditions: [
        { type: 'fact_in', fact: 'cycle', values: ['initial'], failure: 'prerequisite_not_met', quote: '新认定' },
      ],
      once: ONCE,
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
      match: {
        kind: 'digital_quality_management_demonstration',
        level: 'municipal',
        region: TAIZHOU,
        recipientType: 'organization',
      },
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
      match: { kind: 'standard_drafting', level: 'national', recipientType: 'organization' },
      conditions: [FIRST_DRAFTER],
      amount: { type: 'fixed', yuan: 300_000 },
      readings: [DRAFTING_MADE],
    },
    {
      id: 'drafting.industry',
      clause: '三(二)1',
      quote: Q_DRAFT,
      title: { zh: '制定行业标准的第一起草单位 → 15万元', en: 'First drafter of an industry standard → 150,000 yuan' },
      match: { kind: 'standard_drafting', level: 'industry', recipientType: 'organization' },
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
      match: { kind: 'standard_drafting', level: 'local', region: ZHEJIANG, recipientType: 'organization' },
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
          alternativeData: [{ type: 'match_values', fact: 'region', values: null }],
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
      match: { kind: 'standard_drafting', level: 'group', subtype: 'zhejiang_made', recipientType: 'organization' },
      conditions: [FIRST_DRAFTER],
      amount: { type: 'fixed', yuan: 150_000 },
      readings: [
        DRAFTING_MADE_ZHEJIANG_MADE,
        {
          id: 'taizhou.zhejiang-made-group-standard',
          question: {
            zh: '“浙江制造”标准是否只按团体标准（level group）计？',
            en: 'Is a "Made in Zhejiang" standard reckoned only as a group standard (level group)?',
          },
          literal: '“浙江制造”标准',
          chosen: {
            zh: '“浙江制造”标准按团体标准计（level group，subtype zhejiang_made）：调用方报告为其他级别（国家、行业、地方标准等）的，不按本条计算。一般团体标准（非“浙江制造”标准）由调用方报告 subtype general，本意见无对应条款；报告为团体标准而未给出 subtype 的，待定',
            en: 'A "Made in Zhejiang" standard is reckoned as a group standard (level group, subtype zhejiang_made): one the caller reports at another level (national, industry, local …) is not reckoned here. For an ordinary group standard (not Made in Zhejiang) the caller gives subtype general, and this policy has no rule for it; a group standard reported without subtype is undetermined',
          },
          alternative: {
            zh: '不论调用方报告的级别，凡标明为“浙江制造”标准（subtype zhejiang_made）的即按本条计算',
            en: 'Whatever level the caller reports, any standard marked "Made in Zhejiang" (subtype zhejiang_made) is reckoned here',
          },
          basis: {
            zh: '文本未写“浙江制造”标准的级别；“浙江制造”标准一般以团体标准（T/ZZB）发布，国家、行业、地方标准另有本条前句的奖励',
            en: 'The text does not give the level; "Made in Zhejiang" standards are generally published as group standards (T/ZZB), and national, industry and local standards have their own rewards in the preceding sentence',
          },
        },
      ],
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
      match: { kind: 'standardization_pilot', level: 'national', recipientType: 'organization' },
      conditions: [PILOT_ACCEPTED, PILOT_MAIN_UNDERTAKER],
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'pilot.provincial',
      clause: '三(二)2',
      quote: Q_PILOT,
      title: {
        zh: '省级（浙江省）标准化试点（示范）项目通过考核验收 → 20万元',
        en: 'Provincial (Zhejiang) standardization pilot passed assessment and acceptance → 200,000 yuan',
      },
      match: { kind: 'standardization_pilot', level: 'provincial', region: ZHEJIANG, recipientType: 'organization' },
      conditions: [PILOT_ACCEPTED, PILOT_MAIN_UNDERTAKER],
      amount: { type: 'fixed', yuan: 200_000 },
      readings: [PROVINCE_AND_CITY],
    },
    {
      id: 'pilot.municipal',
      clause: '三(二)2',
      quote: Q_PILOT_MUNI,
      title: {
        zh: '市级（台州市）标准化试点（示范）项目通过考核验收且考核结果为优秀 → 10万元',
        en: 'Municipal (Taizhou) standardization pilot accepted with an excellent result → 100,000 yuan',
      },
      match: { kind: 'standardization_pilot', level: 'municipal', region: TAIZHOU, recipientType: 'organization' },
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
        PILOT_MAIN_UNDERTAKER,
      ],
      amount: { type: 'fixed', yuan: 100_000 },
      readings: [PROVINCE_AND_CITY],
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
      match: { kind: 'standard_drafting', level: 'international', recipientType: 'organization' },
      conditions: [FIRST_DRAFTER],
      amount: { type: 'fixed', yuan: 1_000_000 },
      readings: [DRAFTING_MADE_INTERNATIONAL],
    },
    {
      id: 'std-intl.cultivation-base',
      clause: '三(二)3',
      quote: Q_STD_INTL,
      title: {
        zh: '获批标准国际化培育基地 → 20万元',
        en: 'Standard internationalization cultivation base approved → 200,000 yuan',
      },
      match: { kind: 'standard_internationalization', subtype: 'cultivation_base', recipientType: 'organization' },
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
      match: { kind: 'standard_internationalization', subtype: 'pilot_unit', recipientType: 'organization' },
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
      readings: [CHINA_STANDARD_AWARD_PROJECT],
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
      match: {
        kind: 'patent_standard_integration_demonstration',
        level: 'municipal',
        region: TAIZHOU,
        recipientType: 'organization',
      },
      amount: { type: 'fixed', yuan: 100_000 },
      readings: [ENTERPRISE_OR_ORGANIZATION],
    },
    {
      id: 'secretariat.tc',
      clause: '三(二)4',
      quote: Q_SEC,
      title: {
        zh: '承担全国专业标准化技术委员会（TC）秘书处 → 100万元',
        en: 'Secretariat of a national technical committee (TC) → 1,000,000 yuan',
      },
      match: { kind: 'standardization_body_secretariat', level: 'national', body: 'tc', recipientType: 'organization' },
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
      match: { kind: 'standardization_body_secretariat', level: 'national', body: 'sc', recipientType: 'organization' },
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
      match: {
        kind: 'standardization_body_secretariat',
        level: 'national',
        body: ['swg', 'wg'],
        recipientType: 'organization',
      },
      conditions: [
        {
          type: 'fact_in',
          fact: 'body',
          values: ['swg'],
          failure: 'prerequisite_not_met',
          quote: '标准化工作组（SWG）',
          reading: {
            id: 'taizhou.swg-not-wg',
            question: {
              zh: '“标准化工作组（SWG）”是否包括调用方报告为工作组（body wg）的全国工作组，如技术委员会、分技术委员会下设的工作组？',
              en: 'Does 标准化工作组（SWG） include a national working group the caller reports as body wg, such as a working group set up under a technical committee or subcommittee?',
            },
            literal: '标准化工作组（SWG）',
            chosen: {
              zh: '只奖励标准化工作组（body swg），即与技术委员会、分技术委员会并列、由国家标准化管理委员会设立的全国标准化工作组（SAC/SWG）；报告为工作组（body wg）的不予奖励（prerequisite_not_met）。成果词汇把工作组（wg）与标准化工作组（swg）分列，本库把 wg 理解为技术委员会、分技术委员会下设的工作组（如郑州文本“秘书处或工作组（WG）工作”、长乐文本“秘书处或工作组工作”所称）；承担全国标准化工作组（SAC/SWG）秘书处的，调用方应报告 body swg',
              en: 'Only a standardization working group (body swg) is rewarded: a national standardization working group set up by SAC beside the technical committees and subcommittees (SAC/SWG). A body reported as wg is refused (prerequisite_not_met): the vocabulary lists working group (wg) and standardization working group (swg) apart, and the library takes wg for a working group under a technical committee or subcommittee (as in Zhengzhou’s 秘书处或工作组（WG）工作 and Changle’s 秘书处或工作组工作); a caller holding the secretariat of a SAC/SWG should report body swg',
            },
            alternative: {
              zh: '“标准化工作组”泛指各类全国标准化工作组，技术委员会、分技术委员会下设的工作组（body wg）承担秘书处工作的亦按30万元奖励',
              en: '标准化工作组 means any national standardization working group: a working group under a technical committee or subcommittee (body wg) that holds a secretariat is also paid 300,000 yuan',
            },
            basis: {
              zh: '文本写“标准化工作组（SWG）”，与技术委员会（TC）、分技术委员会（SC）、标准化项目研究组（RG）并列，均为承担“秘书处工作”的全国标准化组织，并标注缩写 SWG 而非 WG；成果词汇把工作组 WG 与标准化工作组 SWG 分列为两个值。本条也匹配 body wg，使报告为 wg 的成果得到附本解读的明确答复，而非“本政策无对应条款”',
              en: 'The text says 标准化工作组（SWG）, listed beside TC, SC and RG as national standardization bodies whose 秘书处工作 is rewarded, and abbreviates it SWG, not WG; the vocabulary keeps wg and swg as two values. The rule also matches body wg so that a wg entry gets an explicit answer carrying this reading rather than “no rule for the achievement”',
            },
          },
        },
      ],
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
      match: { kind: 'standardization_body_secretariat', level: 'national', body: 'rg', recipientType: 'organization' },
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
      match: { kind: 'standard_innovation_base', subtype: 'base', level: 'national', recipientType: 'organization' },
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
      match: { kind: 'industrial_metrology_center', level: 'national', recipientType: 'organization' },
      conditions: [CENTER_ACCEPTED],
      amount: { type: 'fixed', yuan: 1_000_000 },
    },
    {
      id: 'metrology-center.provincial',
      clause: '三(三)1',
      quote: Q_METRO,
      title: {
        zh: '通过省级（浙江省）产业计量测试中心验收 → 30万元',
        en: 'Provincial (Zhejiang) industrial metrology testing center accepted → 300,000 yuan',
      },
      match: {
        kind: 'industrial_metrology_center',
        level: 'provincial',
        region: ZHEJIANG,
        recipientType: 'organization',
      },
      conditions: [CENTER_ACCEPTED],
      amount: { type: 'fixed', yuan: 300_000 },
      readings: [PROVINCE_AND_CITY],
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
      match: { kind: 'inspection_center', level: 'national', recipientType: 'organization' },
      conditions: [INSPECTION_ACCEPTED],
      amount: { type: 'fixed', yuan: 1_000_000 },
    },
    {
      id: 'inspection-center.provincial',
      clause: '三(三)2',
      quote: Q_INSP,
      title: {
        zh: '通过省级（浙江省）产品质量检验检测中心验收 → 30万元',
        en: 'Provincial (Zhejiang) product quality inspection center accepted → 300,000 yuan',
      },
      match: { kind: 'inspection_center', level: 'provincial', region: ZHEJIANG, recipientType: 'organization' },
      conditions: [INSPECTION_ACCEPTED],
      amount: { type: 'fixed', yuan: 300_000 },
      readings: [PROVINCE_AND_CITY],
    },
    {
      id: 'key-lab.national',
      clause: '三(三)2',
      quote: Q_KEYLAB,
      title: {
        zh: '建成国家级重点检测实验室 → 30万元',
        en: 'National key testing laboratory completed → 300,000 yuan',
      },
      match: { kind: 'key_testing_laboratory', level: 'national', recipientType: 'organization' },
      conditions: [KEYLAB_BUILT],
      amount: { type: 'fixed', yuan: 300_000 },
    },
    {
      id: 'key-lab.provincial',
      clause: '三(三)2',
      quote: Q_KEYLAB,
      title: {
        zh: '建成省级（浙江省）重点检测实验室 → 10万元',
        en: 'Provincial (Zhejiang) key testing laboratory completed → 100,000 yuan',
      },
      match: { kind: 'key_testing_laboratory', level: 'provincial', region: ZHEJIANG, recipientType: 'organization' },
      conditions: [KEYLAB_BUILT],
      amount: { type: 'fixed', yuan: 100_000 },
      readings: [PROVINCE_AND_CITY],
    },
    {
      id: 'open-lab.taizhou',
      clause: '三(三)2',
      quote: '对被认定为台州市开放共享质量赋能实验室的，给予30万元的奖励',
      title: {
        zh: '台州市开放共享质量赋能实验室 → 30万元',
        en: 'Taizhou open shared quality-enabling laboratory → 300,000 yuan',
      },
      match: { kind: 'open_shared_laboratory', level: 'municipal', region: TAIZHOU, recipientType: 'organization' },
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
      match: { kind: 'one_stop_service_platform', subtype: 'construction', recipientType: 'organization' },
      amount: { type: 'per_item', yuanEach: 100_000, unit: { zh: '每个平台', en: 'per platform' } },
    },
    {
      id: 'one-stop.rating',
      clause: '三(三)2',
      quote: '对被评为省级示范点或五星级的平台，给予10万元的奖励',
      title: {
        zh: '“一站式”平台被评为省级示范点或五星级 → 每个平台10万元',
        en: 'One-stop platform rated provincial model point or five-star → 100,000 yuan per platform',
      },
      match: { kind: 'one_stop_service_platform', subtype: 'rating', recipientType: 'organization' },
      amount: { type: 'per_item', yuanEach: 100_000, unit: { zh: '每个平台', en: 'per platform' } },
      readings: [
        {
          id: 'taizhou.one-stop-rating-per-platform',
          question: {
            zh: '“对被评为省级示范点或五星级的平台，给予10万元”按平台计还是按承担单位计？同一平台兼得两项评定奖励几次？',
            en: 'Is the 100,000 yuan for a platform rated provincial model point or five-star paid per platform or per undertaking organization? How often for a platform holding both ratings?',
          },
          literal: '对被评为省级示范点或五星级的平台，给予10万元的奖励',
          chosen: {
            zh: '按平台计：每个被评定的平台10万元（count 为被评定的平台数）；同一平台既被评为省级示范点又被评为五星级的，只算一个平台、奖励一次',
            en: 'Per platform: 100,000 yuan for each rated platform (count = rated platforms); a platform rated both provincial model point and five-star is one platform, paid once',
          },
          alternative: {
            zh: '每个承担单位只奖励一次10万元，不论其被评定的平台数',
            en: 'Each undertaking organization receives 100,000 yuan once, however many of its platforms are rated',
          },
          basis: {
            zh: '奖励对象是“平台”，前句建设补助明写“给予每个平台10万元”；“或”表示两项评定得其一即可，不叠加',
            en: 'The reward is addressed to the 平台, and the construction subsidy just before says 给予每个平台10万元; 或 means either rating suffices, not both added',
          },
        },
      ],
    },
    // ── 三(三)3 认证认可 ──
    {
      id: 'cnas',
      clause: '三(三)3',
      quote: '对通过CNAS认可的实验室，一次性给予10万元的奖励',
      title: { zh: '通过CNAS认可的实验室 → 10万元', en: 'Laboratory accredited by CNAS → 100,000 yuan' },
      match: { kind: 'laboratory_accreditation', recipientType: 'organization' },
      conditions: [
        {
          type: 'fact_in',
          fact: 'cycle',
          values: ['initial'],
          failure: 'prerequisite_not_met',
          quote: '对通过CNAS认可的实验室，一次性给予10万元的奖励',
          reading: {
            id: 'taizhou.cnas-initial',
            question: {
              zh: '“一次性给予10万元”是否包括CNAS认可的复评审（到期再认可）？',
              en: 'Does the one-off 100,000 yuan also cover a CNAS reassessment (renewal of accreditation)?',
            },
            literal: '对通过CNAS认可的实验室，一次性给予10万元的奖励',
            chosen: {
              zh: '只奖励首次通过CNAS认可（cycle initial）；复评审、到期再认可（cycle renewal）不予奖励；未给出 cycle 的待定',
              en: 'Only a first CNAS accreditation (cycle initial) is rewarded; a reassessment or renewal (cycle renewal) is not; without cycle the claim is undetermined',
            },
            alternative: {
              zh: '本意见施行期间通过的每次认可（含复评审）均奖励10万元；或每个实验室在本意见下奖励一次，不论首次认可还是复评审',
              en: 'Every accreditation passed while this policy is in force, renewals included, pays 100,000 yuan; or each laboratory is paid once under this policy, initial or renewal',
            },
            basis: {
              zh: '“一次性”指对一个实验室一次付清；本意见奖励复评审时明写（“品字标”的“或通过认证复评审”），本条未写',
              en: '一次性 means a single payment for a laboratory; where this text pays renewals it says so (“或通过认证复评审” for Pinzibiao), and this clause does not',
            },
          },
        },
      ],
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'certification-pilot.provincial',
      clause: '三(三)3',
      quote:
        '对获得省级认证认可试点项目（包括乡村民宿服务认证、绿色金融认证、绿色公厕服务认证等）证书的组织，每项认证分别一次性给予10万元的奖励',
      title: {
        zh: '省级（浙江省）认证认可试点项目证书 → 每项认证10万元',
        en: 'Provincial (Zhejiang) certification pilot project certificate → 100,000 yuan per certification',
      },
      match: {
        kind: 'certification_pilot_project',
        level: 'provincial',
        region: ZHEJIANG,
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'per_item', yuanEach: 100_000, unit: { zh: '每项认证', en: 'per certification' } },
      readings: [PROVINCE_AND_CITY],
    },
    {
      id: 'green-product.china',
      clause: '三(三)3',
      quote: Q_GREEN,
      title: { zh: '通过中国绿色产品认证 → 10万元', en: 'China green product certification → 100,000 yuan' },
      match: { kind: 'green_product_certification', subtype: 'china_green_product', recipientType: 'organization' },
      once: { ...ONCE, sameAs: ['green-product.green-food'], reading: GREEN_ONCE_PER_PRODUCT },
      amount: { type: 'fixed', yuan: 100_000 },
      readings: [ENTERPRISE_OR_ORGANIZATION],
    },
    {
      id: 'green-product.green-food',
      clause: '三(三)3',
      quote: Q_GREEN,
      title: {
        zh: '2021年2月12日至2024年2月11日同一产品通过绿色食品认证且连续两年年检合格 → 10万元',
        en: 'Green food certification 2021-02-12 – 2024-02-11 with two consecutive annual inspections passed → 100,000 yuan',
      },
      match: { kind: 'green_product_certification', subtype: 'green_food', recipientType: 'organization' },
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
      once: { ...ONCE, sameAs: ['green-product.china'], reading: GREEN_ONCE_PER_PRODUCT },
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
            zh: '期间紧接在“同一产品通过绿色食品认证”之前，修饰认证；推断：期间始于施行日前两年，而连续两年年检合格约需两年，本意见施行初期即可申报的产品，其认证必在施行日前取得，故本条应有意覆盖施行日前的认证（文本未说明该期间的由来）',
            en: 'The window stands right before 同一产品通过绿色食品认证 and qualifies the certification. An inference: the window opens two years before this policy’s start, and two consecutive passed annual inspections take about two years, so a product that can claim early in this policy’s life was certified before its start; the clause must mean to cover such certifications (the text does not say where the window comes from)',
          },
        },
        ENTERPRISE_OR_ORGANIZATION,
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
      match: { kind: 'geographical_indication', subtype: 'agricultural_product', recipientType: 'organization' },
      once: { ...ONCE, reading: GI_ONCE_PER_REGISTRATION },
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
      match: { kind: 'zhejiang_made_international_certificate', recipientType: 'organization' },
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
        ENTERPRISE_OR_ORGANIZATION,
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
      match: { kind: 'public_quality_project', recipientType: 'organization' },
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
          zh: '同一项目指调用方给出相同 projectId 的成果；未给 projectId 的成果自成一个项目。同一项目的多项补助按申报日（filedOn）只付最先申报的一项，即使后申报的一项金额更高；缺申报日或最先申报日相同的，待定。该项目已按本意见获得补助（history 中 projectId 相同）的，不再补助：history 记录没有申报日，已付的补助视为先申报的一项；按被废止的2021年文件获得的补助不计。最先申报的一项即使随后因就高或累计上限而减为0，仍视为该项目所执行的一项，后申报的不补位；最先申报的一项待定的，后申报的亦待定',
          en: 'Achievements the caller gives the same projectId are one project; an achievement without projectId is its own project. Of one project’s claims only the first filed (by filedOn) is paid, even when a later one is larger; without filing dates, or with a tie for first, they are undecided. A project already paid under this policy (same projectId in history) gets nothing more: history entries carry no filing date, so an earlier payment is taken as the claim filed first. Payments under the repealed 2021 policy are not counted. A first-filed claim that highest-only or a cap then cuts to nothing is still the one executed for the project, and a later claim does not step in; when the first-filed claim is undetermined, the later ones are too',
        },
        alternative: {
          zh: '由主管部门认定同一成果或同一事项在不同条款下的补助为同一项目（不依赖调用方的 projectId）；或按被废止的2021年文件已获补助的项目亦不再补助；或最先申报的一项不再“符合”（已就高或达上限）时由次先申报的一项补位',
          en: 'The authority decides which claims under different clauses concern one project (not the caller’s projectId); or projects already paid under the repealed 2021 policy get nothing more either; or when the first-filed claim no longer qualifies (highest-only or cap), the next-filed one steps in',
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
