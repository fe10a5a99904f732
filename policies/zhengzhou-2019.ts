import type { ConditionInput, Once, PolicyInput, Reading } from '../src/schema/policy.js';
import { ONE_OFF } from './oneOff.js';

/** 一次性 (README, "一次性"): one lump sum per matter, paid once, enforced through history. */
const ONCE: Once = {
  per: 'matter',
  quote: '一次性',
  reading: { id: 'zhengzhou.one-off', literal: '一次性', ...ONE_OFF },
};

/**
 * 郑州市 2019: 郑州市质量提升若干政策 (郑政〔2019〕15号).
 * Source: zhengzhou-2019.source.txt. Rewards are in 第1–24条; 第26条 limits them to achievements
 * obtained after the policy took effect; 第30条 puts it in force on the day it was printed.
 *
 * The text was extracted from a PDF and lost characters (mostly "0", "2", "C"). Figures follow the
 * reading table of the shared policies README: read as printed unless a loss mark (a non-breaking space
 * followed by a space), the order of a list, or a public report says otherwise. Every amount not read
 * verbatim, and every printed figure with a plausible alternative, carries its reading as data.
 */

const HENAN = '410000';
const ZHENGZHOU = '410100';

// ── quotes (verbatim; `\u00a0` is the non-breaking space the PDF left where a digit was lost) ──────
const Q1 =
  '成功创建国家级质量提升示范区 （项目）、河南省质量提升示范区 （项目），分别给予创建主体10 万元、50万元的一次性奖励';
const Q2 = '获得国家、河南省中小学质量教育社会实践基地的企业（组织），分别给予50万元、30万元的一次性奖励';
const Q3_CQA = '获得中国质量奖、中国质量奖提名奖的单位，分别给予50 万、20 万元的一次性奖励';
const Q3_HENAN = '获得河南省省长质量奖的单位，给予20 万元的一次性奖励';
const Q3_ZHENGZHOU = '获得郑州市市长质量奖的单位给予10 万元的一次性奖励';
const Q4_CHINA =
  '对在我市行政区域内的专利，被评为中国专利金奖、银奖、优秀奖的，分别给予专利人50万元、30万元、20万元的奖励';
const Q4_ORGANIZATION = '被评为中国专利奖优秀组织奖的单位，给予20万元的奖励';
const Q4_HENAN = '获得河南省专利奖特等奖、一等奖和二等奖的，分别给予专利权人30万元、20万元、10万元的奖励';
const Q5_CATEGORIES = '对于生物制品1—14类 （治疗和预防）、化学药1—4类、中药1—6类，完成药物临床前研究';
const Q5_CLINICAL = '获得临床试验批件的给予10 万元的一次性补贴';
const Q5_PRODUCTION = '获得生产批件的给予30万元的一次性补贴';
const Q5_DEVICE =
  '对于获得医疗器械诊断试剂类3 类及非诊断试剂类2—3类注册证书和新兽药1—4 类新药证书的一次性给予10\u00a0 万元补贴';
const Q5_SALES = '对上述产品，在我市实现产业化后，分别按该产品年销售收入的5% 给予奖励';
const Q5_SALES_CAP = '同一企业三年内累计奖励总额最高不超过50 万元';
const Q5_EXCLUSIVE =
  '对新进入\u00a0 国家基本药物目录》 《国家基本医疗保险和工伤保险药品目录》的独家品种或独家剂型，给予每个产品10 万元的一次性奖励';
const Q5_EXCLUSIVE_CAP = '同一企业最高奖励不超过50万元';
const Q6 = '获得国家级、省级优质服务承诺标识知名服务品牌的企业，分别给予10 万元、50万元的一次性奖励';
const Q7_NATIONAL = '获得 “全国质量强市示范城市” “全国食品安全示范城市”荣誉的，分别给予50 万元的一次性奖励';
const Q7_HENAN =
  '获得 “河南省质量强县 （市、区）示范县 （市、区）” “河南省食品安全示范县（市、区）”荣誉的，分别给予30 万元的一次性奖励';
const Q8_GOLD = '对获得中国商标金奖的企业给予20 万元的一次性奖励';
const Q8_WELL_KNOWN = '对获得驰名商标的企业给予10 万元的一次性奖励';
const Q9_AWARD = '获得国家标准创新贡献奖一、二、三等奖的单位，分别给予10 万元、50万元、20 万元的一次性奖励';
const Q9_ASSISTANCE = '获得中国标准化助力奖的单位，给予5万元的一次性奖励';
const Q9_BASE = '获批国家技术标准创新基地、场馆、标准验证实验室和经国家推广的标准案例，给予30万元的一次性奖励';
const Q10_MAIN =
  '制（修）订且经批准发布的国际标准、国家标准、行业标准、地方标准的主要起草单位，分别给予1 0 万元、10\u00a0 万元、80万元、40万元的一次性奖励';
const Q10_PARTICIPATING =
  '制 （修）订且经批准发布的国际标准、国家标准、行业标准的参与起草单位，分别给予10 万元、80万元、60万元的一次性奖励';
const Q10_GROUP = '被政府采信或1 家以上企业采用的团体标准，给予牵头制定单位40 万元的一次性奖励';
const Q10_IP = '将自有知识产权转化为国家、行业、团体标准的企业，一次性追加奖补20万元';
const Q11_INTERNATIONAL =
  '承担国际标准化专业技术委员会（TC）、分技术委员会（SC）秘书处或工作组 （WG）工作的，分别给予10 万元、50万元、30万元的一次性资助奖励';
const Q11_NATIONAL =
  '承担全国专业标准化技术委员会 （TC）、分技术委员会 （SC）秘书处或工作组 （WG）工作的，分别给予80万元、50万元、30万元的一次性资助奖励';
const Q11_HENAN = '承担河南省专业标准化技术委员会 （TC）秘书处工作的，给予20万元的一次性资助奖励';
const Q11_ZHENGZHOU = '承担郑州市专业标准化技术委员会（TC）秘书处工作的，资助奖励10万元年，按标准起草量连续两年支持';
const Q11_GROUP_BODY = '组建或依托相关技术机构负责团体标准制定工作的，给予10万元的一次性资助奖励';
const Q11_AGENCY =
  '入驻郑州的标准化专业服务机构以及设立的分支机构，并有效服务标准化工作的，给予20 万元的一次性资助奖励';
const Q12_PILOT = '承担国家级、省级、市级标准化试点示范项目的，分别给予50万元、30万元、10万元的一次性资助奖励';
const Q12_RESEARCH =
  '承担标准技术审查、实施评价和标准化科研项目的，安排与国家下拨项目经费的1：1配套资金贴补，不高于20万元';
const Q12_COURSE = '设立标准化高等教育课程的，给予20万元的一次性资助奖励';
const Q13_GI = '被认定为国家地理保护产品的、成功注册地理标志商标的，分别给予50万元的一次性奖励';
const Q13_GOOD_BEHAVIOR = '获得5A、4A、3A 级标准化良好行为的企业分别给予奖励。30万元、20万元、10万元的一次性资助奖励';
const Q14_NATIONAL = '被评为国家企业标准领跑者并连续保持一年以上的企业，给予10 万元的一次性奖励';
const Q14_HENAN = '被评为河南省企业标准领跑者并连续保持一年以上的企业，给予60 万元的一次性奖励';
const Q14_ZHENGZHOU = '被评为郑州市企业标准领跑者并连续保持一年以上的企业，给予40万元的一次性奖励';
const Q14_BENCHMARKING = '参与对标达标行动的企业，每参与一个产品给予5万元的一次性奖励';
const Q15_NATIONAL = '获得国家产业计量测试中心等国家级创新平台载体的单位，给予50 万元的一次性奖励';
const Q15_PROVINCIAL = '获得省级产业计量测试中心的单位，给予20 万元的一次性奖励';
const Q16 = '国际性计量技术组织、国家计量专业技术委员会落户郑州，分别给予10 万元、50万元的一次性奖励';
const Q17_INTERNATIONAL =
  '参与制 （修）订国际计量技术法规和国际建议被采用的主要起草者 （前三位），分别给予10 万元、80万元、60万元的一次性奖励';
const Q17_NATIONAL =
  '参与制 （修）订国家计量技术法规的主导起草者（前三位），分别给予30 万元、20 万元、10 万元的的一次性奖励';
const Q17_LOCAL = '参与制 （修）订地方计量技术法规的主要起草者 （前三位），分别给予5万元、3万元、2万元的奖励';
const Q18 = '获得测量管理体系认证 （涵盖能源计量）的AAA 级 、AA级、A级企业，分别给予10万元、5万元、3万元的一次性奖励';
const Q19 = '成功创建国家级检验检测认证公共服务平台示范区的，给予50 万元的一次性奖励';
const Q20 = '建成国家级、省级检验检测机构，分别给予100万元、50万元的一次性奖励';
const Q21_CNAS = '对通过 CNAS 认可的实验室，一次性给予 10 万元奖励';
const Q21_CCC = '通过国家认监委强制性产品认证指定实验室的，每类产品给予 10 万元奖励';
const Q21_MUTUAL = '对签署国际知名技术机构间检测结果互认的实验室，一次性给予20万元奖励';
const Q22_BASE = '被选定为卓越绩效管理孵化基地的企业，给予 30 万元的一次性奖励';
const Q22_SOFTWARE = '自主研发管理软件获得著作权或专利权，并实施的企业，给予30 万元一次性奖励';
const Q22_EXCELLENCE = '对导入卓越绩效管理模式并经认定有效实施的企业，给予10 万元的一次性奖励';
const Q23_ENERGY = '对获得节能产品、低碳产品认证的企业，给予10 万元的一次性奖励';
const Q23_HIGH_END = '获得机器人、物联网、城市轨道交通装备等高端产品服务认证的企业，给予20 万元的一次性奖励';
const Q23_ENERGY_MANAGEMENT = '获得能源管理体系认证的企业，给予30 万元的一次性奖励';
const Q23_GENERIC = '对通过仿制药质量和疗效一致性评价的医药品种给予20\u00a0 万元的一次性奖励';
const Q23_FOOD_INDUSTRY =
  '对通过危害分析及关键控制点体系 （HAC P）、食品安全管理体系 （ISO20\u00a0 ）、诚信管理体系认证的食品工业企业 （规模以上企业除外）分别给予50 万元';
const Q23_FOOD_OTHER = `${Q23_FOOD_INDUSTRY}，餐饮企业、食品批发和零售、食品相关产品生产企业分别给予30万元的一次性奖励`;
const Q24 = '药品、医疗器械生产、经营企业通过美国、欧盟及其他国际组织认证的，分别给予一次性50万元奖励';

// ── readings of damaged figures (README table) ──────────────────────────────────────────────────
const DAMAGED = {
  zh: '文本自PDF提取时丢失字符，此金额是否完整？',
  en: 'The text lost characters when extracted from a PDF: is this figure whole?',
};

const R1_NATIONAL: Reading = {
  id: 'zhengzhou.art1.national',
  question: DAMAGED,
  literal: '分别给予创建主体10 万元、50万元',
  chosen: { zh: '国家级100万元（省级50万元照印）', en: 'national 1,000,000 yuan (provincial 500,000 as printed)' },
  basis: {
    zh: '按金额顺序：国家级 ≥ 省级，10万元不能低于省级50万元，丢失一个“0”',
    en: 'order of amounts: national ≥ provincial: 100,000 cannot be below the provincial 500,000; a "0" was lost',
  },
};
const R3_BASIS_ORDER = {
  zh: '按金额顺序：中国质量奖 ≥ 提名奖 ≥ 省长质量奖 ≥ 市长质量奖；市长质量奖已由报道确认为100万元',
  en: "order of amounts: China Quality Award ≥ nomination ≥ provincial ≥ mayor's award; the mayor's award is confirmed at 1,000,000 by reports",
};
const R3_CQA: Reading = {
  id: 'zhengzhou.art3.cqa',
  question: DAMAGED,
  literal: '分别给予50 万、20 万元的一次性奖励',
  chosen: { zh: '中国质量奖500万元', en: 'China Quality Award 5,000,000 yuan' },
  alternative: { zh: '照印：50万元', en: 'as printed: 500,000 yuan' },
  basis: R3_BASIS_ORDER,
  alternativeData: [{ type: 'amount_yuan', yuan: 500_000 }],
};
const R3_CQA_NOMINATION: Reading = {
  id: 'zhengzhou.art3.cqa-nomination',
  question: DAMAGED,
  literal: '分别给予50 万、20 万元的一次性奖励',
  chosen: { zh: '中国质量奖提名奖200万元', en: 'China Quality Award nomination 2,000,000 yuan' },
  alternative: { zh: '照印：20万元', en: 'as printed: 200,000 yuan' },
  basis: R3_BASIS_ORDER,
  alternativeData: [{ type: 'amount_yuan', yuan: 200_000 }],
};
const R3_HENAN: Reading = {
  id: 'zhengzhou.art3.henan',
  question: DAMAGED,
  literal: '获得河南省省长质量奖的单位，给予20 万元的一次性奖励',
  chosen: { zh: '河南省省长质量奖200万元', en: "Henan Governor's Quality Award 2,000,000 yuan" },
  alternative: { zh: '照印：20万元', en: 'as printed: 200,000 yuan' },
  basis: R3_BASIS_ORDER,
  alternativeData: [{ type: 'amount_yuan', yuan: 200_000 }],
};
const R3_ZHENGZHOU: Reading = {
  id: 'zhengzhou.art3.zhengzhou',
  question: DAMAGED,
  literal: '获得郑州市市长质量奖的单位给予10 万元的一次性奖励',
  chosen: { zh: '郑州市市长质量奖100万元', en: "Zhengzhou Mayor's Quality Award 1,000,000 yuan" },
  alternative: { zh: '照印：10万元', en: 'as printed: 100,000 yuan' },
  basis: {
    zh: '公开报道：2019年郑州市市长质量奖获奖单位各获100万元奖励',
    en: "public reports: each 2019 Zhengzhou Mayor's Quality Award winner received 1,000,000 yuan",
  },
  alternativeData: [{ type: 'amount_yuan', yuan: 100_000 }],
};
const R5_CLINICAL: Reading = {
  id: 'zhengzhou.art5.clinical',
  question: DAMAGED,
  literal: '获得临床试验批件的给予10 万元的一次性补贴',
  chosen: { zh: '照印：10万元', en: 'as printed: 100,000 yuan' },
  alternative: { zh: '100万元（丢失一个“0”）', en: '1,000,000 yuan (a lost "0")' },
  basis: {
    zh: '照印：此处无丢字标记，顺序亦不矛盾',
    en: 'as printed: no loss mark here, and the order does not contradict it',
  },
  alternativeData: [{ type: 'amount_yuan', yuan: 1_000_000 }],
};
const R5_PRODUCTION: Reading = {
  id: 'zhengzhou.art5.production',
  question: DAMAGED,
  literal: '获得生产批件的给予30万元的一次性补贴',
  chosen: { zh: '照印：30万元', en: 'as printed: 300,000 yuan' },
  alternative: { zh: '300万元', en: '3,000,000 yuan' },
  basis: {
    zh: '照印：此处无丢字标记，顺序亦不矛盾',
    en: 'as printed: no loss mark here, and the order does not contradict it',
  },
  alternativeData: [{ type: 'amount_yuan', yuan: 3_000_000 }],
};
const R5_DEVICE_VET: Reading = {
  id: 'zhengzhou.art5.device-vet',
  question: DAMAGED,
  literal: '新兽药1—4 类新药证书的一次性给予10\u00a0 万元补贴',
  chosen: { zh: '100万元', en: '1,000,000 yuan' },
  alternative: { zh: '照印：10万元', en: 'as printed: 100,000 yuan' },
  basis: {
    zh: '丢字标记：“10”后为不间断空格加空格',
    en: 'loss mark: "10" is followed by a non-breaking space and a space',
  },
  alternativeData: [{ type: 'amount_yuan', yuan: 100_000 }],
};
const R5_SALES_CAP: Reading = {
  id: 'zhengzhou.art5.sales-cap',
  question: DAMAGED,
  literal: '同一企业三年内累计奖励总额最高不超过50 万元',
  chosen: { zh: '照印：累计上限50万元', en: 'as printed: cap 500,000 yuan' },
  alternative: { zh: '500万元', en: '5,000,000 yuan' },
  basis: { zh: '照印：此处无丢字标记', en: 'as printed: no loss mark here' },
  alternativeData: [{ type: 'cap_amount', stacking: 'zhengzhou.art5.sales-cap', capYuan: 5_000_000 }],
};
const R5_THREE_YEARS: Reading = {
  id: 'zhengzhou.art5.three-years',
  question: { zh: '“三年内”从何时起算？', en: 'When does the 三年内 (within three years) period start?' },
  literal: '同一企业三年内累计奖励总额最高不超过50 万元',
  chosen: {
    zh: '自该企业首笔计入的销售奖励（history 或本次）所对应成果的取得日起，连续三年为一期（含起始日，至三周年前一日）；满三年后另起一期',
    en: "From the obtainedOn date of the enterprise's first counted sales reward (history or current): three-year periods, the first day included, up to the day before the third anniversary; a new period follows",
  },
  alternative: {
    zh: '自产品实现产业化之日或首次获批之日起算；或按自然年度计三年',
    en: 'From the date the product was industrialized or first approved; or three calendar years',
  },
  basis: {
    zh: '文本未规定起算点；以首笔奖励为锚最贴近“累计奖励总额”的措辞',
    en: 'The text names no starting point; anchoring on the first reward counted is closest to "累计奖励总额" (total rewards accumulated)',
  },
};
const R6_NATIONAL: Reading = {
  id: 'zhengzhou.art6.national',
  question: DAMAGED,
  literal: '分别给予10 万元、50万元的一次性奖励',
  chosen: { zh: '国家级100万元（省级50万元照印）', en: 'national 1,000,000 yuan (provincial 500,000 as printed)' },
  basis: { zh: '按金额顺序：国家级 ≥ 省级', en: 'order of amounts: national ≥ provincial' },
};
const R8_GOLD: Reading = {
  id: 'zhengzhou.art8.gold',
  question: DAMAGED,
  literal: '对获得中国商标金奖的企业给予20 万元的一次性奖励',
  chosen: { zh: '照印：20万元', en: 'as printed: 200,000 yuan' },
  alternative: { zh: '200万元', en: '2,000,000 yuan' },
  basis: { zh: '照印：此处无丢字标记', en: 'as printed: no loss mark here' },
  alternativeData: [{ type: 'amount_yuan', yuan: 2_000_000 }],
};
const R8_WELL_KNOWN: Reading = {
  id: 'zhengzhou.art8.well-known',
  question: DAMAGED,
  literal: '对获得驰名商标的企业给予10 万元的一次性奖励',
  chosen: { zh: '照印：10万元', en: 'as printed: 100,000 yuan' },
  alternative: {
    zh: '100万元（郑州市2014年政策对驰名商标奖励100万元）',
    en: '1,000,000 yuan (an earlier, 2014 Zhengzhou policy paid 1,000,000 for a well-known trademark)',
  },
  basis: { zh: '照印：此处无丢字标记', en: 'as printed: no loss mark here' },
  alternativeData: [{ type: 'amount_yuan', yuan: 1_000_000 }],
};
const R9_FIRST: Reading = {
  id: 'zhengzhou.art9.first',
  question: DAMAGED,
  literal: '分别给予10 万元、50万元、20 万元的一次性奖励',
  chosen: {
    zh: '一等奖100万元（二等奖50万元、三等奖20万元照印）',
    en: 'first prize 1,000,000 yuan (second 500,000 and third 200,000 as printed)',
  },
  basis: { zh: '按金额顺序：一等奖 > 二等奖 > 三等奖', en: 'order of amounts: first > second > third' },
};
const R10_MAIN_INTERNATIONAL: Reading = {
  id: 'zhengzhou.art10.main-international',
  question: DAMAGED,
  literal: '分别给予1 0 万元、10\u00a0 万元、80万元、40万元',
  chosen: { zh: '国际标准主要起草单位1000万元', en: 'main drafter of an international standard 10,000,000 yuan' },
  basis: {
    zh: '报道确认：2023年报道称“主导制订国际标准的企业奖励1000万元”',
    en: 'confirmed: a 2023 report says a company leading an international standard is rewarded 10,000,000 yuan',
  },
};
const R10_MAIN_NATIONAL: Reading = {
  id: 'zhengzhou.art10.main-national',
  question: DAMAGED,
  literal: '分别给予1 0 万元、10\u00a0 万元、80万元、40万元',
  chosen: { zh: '国家标准主要起草单位100万元', en: 'main drafter of a national standard 1,000,000 yuan' },
  basis: {
    zh: '丢字标记，并经2023年报道确认（100万元、80万元）',
    en: 'loss mark, confirmed by a 2023 report (1,000,000 and 800,000 yuan)',
  },
};
const R10_PARTICIPATING_INTERNATIONAL: Reading = {
  id: 'zhengzhou.art10.participating-international',
  question: DAMAGED,
  literal: '分别给予10 万元、80万元、60万元的一次性奖励',
  chosen: {
    zh: '国际标准参与起草单位100万元（国家80万元、行业60万元照印）',
    en: 'participating drafter of an international standard 1,000,000 yuan (national 800,000, industry 600,000 as printed)',
  },
  basis: { zh: '按金额顺序：国际 ≥ 国家 ≥ 行业', en: 'order of amounts: international ≥ national ≥ industry' },
};
const R10_TEN_ENTERPRISES: Reading = {
  id: 'zhengzhou.art10.ten-enterprises',
  question: {
    zh: '文本自PDF提取时丢失字符：“1 家以上企业”是几家？',
    en: 'The text lost characters when extracted from a PDF: how many enterprises is "1 家以上"?',
  },
  literal: '被政府采信或1 家以上企业采用的团体标准',
  chosen: {
    zh: '被政府采信，或10家以上企业采用（含10家）；满足其一即可',
    en: 'adopted by government, or by 10 or more enterprises (10 included); either suffices',
  },
  basis: {
    zh: '已公布的实施细则通知确认为“10家以上”',
    en: 'confirmed by the published implementing rules notice: 10家以上',
  },
};
const R11_INTERNATIONAL_TC: Reading = {
  id: 'zhengzhou.art11.international-tc',
  question: DAMAGED,
  literal: '分别给予10 万元、50万元、30万元的一次性资助奖励',
  chosen: {
    zh: '国际TC秘书处100万元（SC 50万元、WG 30万元照印）',
    en: 'international TC secretariat 1,000,000 yuan (SC 500,000, WG 300,000 as printed)',
  },
  basis: {
    zh: '按金额顺序：TC ≥ SC ≥ WG，且国际 ≥ 全国TC 80万元',
    en: "order of amounts: TC ≥ SC ≥ WG, and international ≥ the national TC's 800,000",
  },
};
const R11_PER_YEAR: Reading = {
  id: 'zhengzhou.art11.municipal-per-year',
  question: {
    zh: '“资助奖励10万元年”缺字，且“按标准起草量”是否影响金额？',
    en: '"10万元年" lost a character; does "按标准起草量" (by drafting volume) change the amount?',
  },
  literal: '资助奖励10万元年，按标准起草量连续两年支持',
  chosen: {
    zh: '10万元/年，连续两年（共20万元）',
    en: '100,000 yuan a year for two consecutive years (200,000 in all)',
  },
  alternative: {
    zh: '“按标准起草量”决定金额：10万元/年只是上限或基数，实际金额随秘书处当年组织起草的标准数量而定（本文未给算法，不可计算）',
    en: '按标准起草量 sets the amount: 100,000 a year is only a ceiling or base, and the actual sum follows the number of standards the secretariat drafts that year (the text gives no formula, so it is not computable)',
  },
  basis: {
    zh: '丢失一个“/”；文本只给出10万元/年一个金额',
    en: 'a lost "/"; 100,000 a year is the only figure the text gives',
  },
};
const R13_GI_WORDS: Reading = {
  id: 'zhengzhou.art13.gi-words',
  question: { zh: '“国家地理保护产品”缺字。', en: '"国家地理保护产品" lost words.' },
  literal: '被认定为国家地理保护产品的',
  chosen: { zh: '国家地理标志保护产品', en: 'nationally protected geographical-indication product' },
  basis: {
    zh: '丢失“标志”二字；与后文“地理标志商标”并列',
    en: 'the words "标志" were lost; it stands beside "地理标志商标"',
  },
};
const R13_PUNCTUATION: Reading = {
  id: 'zhengzhou.art13.punctuation',
  question: { zh: '“分别给予奖励。30万元……”标点错乱。', en: 'Garbled punctuation: "分别给予奖励。30万元…".' },
  literal: '获得5A、4A、3A 级标准化良好行为的企业分别给予奖励。30万元、20万元、10万元的一次性资助奖励',
  chosen: { zh: '5A 30万元、4A 20万元、3A 10万元', en: '5A 300,000, 4A 200,000, 3A 100,000 yuan' },
  basis: {
    zh: '句号为错置标点，金额依次对应5A、4A、3A',
    en: 'the full stop is misplaced; the amounts follow 5A, 4A, 3A in order',
  },
};
const R14_NATIONAL: Reading = {
  id: 'zhengzhou.art14.national',
  question: DAMAGED,
  literal: '被评为国家企业标准领跑者并连续保持一年以上的企业，给予10 万元的一次性奖励',
  chosen: { zh: '国家企业标准领跑者100万元', en: 'national enterprise standard leader 1,000,000 yuan' },
  basis: {
    zh: '按金额顺序：国家 ≥ 河南省60万元 ≥ 郑州市40万元',
    en: 'order of amounts: national ≥ Henan 600,000 ≥ Zhengzhou 400,000',
  },
};
const R14_ONE_YEAR: Reading = {
  id: 'zhengzhou.art14.one-year',
  question: {
    zh: '“连续保持一年以上”是否包含恰好一年？',
    en: 'Does 连续保持一年以上 (held for more than one year) include exactly one year?',
  },
  literal: '连续保持一年以上',
  chosen: { zh: '包含：连续保持满1年即可', en: 'yes: one full year held without a break suffices' },
  alternative: { zh: '须超过1年（至少2年）', en: 'more than one year (at least two)' },
  basis: { zh: '法规用语中“以上”含本数', en: 'in Chinese legal usage 以上 includes the number itself' },
  alternativeData: [{ type: 'fact_at_least_min', min: 2 }],
};
const R14_WHICH_DATE: Reading = {
  id: 'zhengzhou.art14.which-date',
  question: {
    zh: '第26条只奖励生效后取得的成果：“被评为…并连续保持一年以上”以哪天为取得日？',
    en: '第26条 rewards only achievements obtained after the policy took effect: which day is 被评为…并连续保持一年以上 obtained on?',
  },
  literal: '被评为国家企业标准领跑者并连续保持一年以上的企业',
  chosen: {
    zh: '以被评为领跑者之日为取得日（obtainedOn）：2019-05-10 以前被评为的，即使满一年在其后，也不予奖励',
    en: 'the day the title was awarded is obtainedOn: a title awarded before 2019-05-10 is not rewarded, even when its first year is completed later',
  },
  alternative: {
    zh: '以连续保持满一年之日为取得日：生效前一年内被评为、生效后满一年的，亦予奖励',
    en: 'the day the first full year is completed is obtainedOn: a title awarded within the year before the policy and completing its year after it is rewarded',
  },
  basis: {
    zh: '“被评为”是取得称号的事件，“连续保持一年以上”是奖励的附加条件；第26条以“获得”成果为准',
    en: '被评为 is the event of obtaining the title, and 连续保持一年以上 is a further condition of the reward; 第26条 looks at when the achievement is 获得 (obtained)',
  },
};
const R23_SIZE_EXCLUSION_SCOPE: Reading = {
  id: 'zhengzhou.art23.size-exclusion-scope',
  question: {
    zh: '“（规模以上企业除外）”是否也排除规模以上的餐饮企业、食品批发和零售、食品相关产品生产企业？',
    en: 'Does （规模以上企业除外） also exclude catering, food wholesale/retail and food-related product firms above designated size?',
  },
  literal:
    '诚信管理体系认证的食品工业企业 （规模以上企业除外）分别给予50 万元，餐饮企业、食品批发和零售、食品相关产品生产企业分别给予30万元的一次性奖励',
  chosen: {
    zh: '不排除：括号紧随“食品工业企业”，只限定50万元一档；餐饮、批发零售、食品相关产品生产企业不论规模均可获30万元',
    en: 'no: the brackets follow 食品工业企业 and limit only the 500,000 tier; catering, wholesale/retail and food-related product firms of any size receive 300,000',
  },
  alternative: {
    zh: '排除：规模以上企业一概不予奖励，括号及于后列各类企业',
    en: 'yes: no firm above designated size is rewarded; the brackets reach the firms listed after them',
  },
  basis: {
    zh: '括号位于“食品工业企业”之后、“分别给予50 万元”之前，后列企业另起并列，未重复括号',
    en: 'the brackets stand after 食品工业企业 and before 分别给予50 万元; the firms listed next start a new item without repeating them',
  },
};
const R15_OTHER_PLATFORMS: Reading = {
  id: 'zhengzhou.art15.other-platforms',
  question: {
    zh: '“等国家级创新平台载体”还包括哪些？',
    en: 'What else do the "national innovation platforms" after 等 cover?',
  },
  literal: '获得国家产业计量测试中心等国家级创新平台载体的单位',
  chosen: {
    zh: '本库只匹配国家产业计量测试中心（industrial_metrology_center，national）',
    en: 'only national industrial metrology testing centers are matched (industrial_metrology_center, national)',
  },
  alternative: {
    zh: '其他国家级计量创新平台载体亦可获50万元，须主管部门认定',
    en: 'other national metrology innovation platforms may also earn 500,000, as the authority decides',
  },
  basis: { zh: '文本未列举“等”所含的其他平台', en: 'the text does not list what else 等 covers' },
};
const R16_INTERNATIONAL: Reading = {
  id: 'zhengzhou.art16.international',
  question: DAMAGED,
  literal: '分别给予10 万元、50万元的一次性奖励',
  chosen: {
    zh: '国际性计量技术组织100万元（国家计量专业技术委员会50万元照印）',
    en: 'international metrology organization 1,000,000 yuan (national committee 500,000 as printed)',
  },
  basis: { zh: '按金额顺序：国际 ≥ 国家', en: 'order of amounts: international ≥ national' },
};
const R17_INTERNATIONAL_FIRST: Reading = {
  id: 'zhengzhou.art17.international-first',
  question: DAMAGED,
  literal: '分别给予10 万元、80万元、60万元的一次性奖励',
  chosen: {
    zh: '第一位100万元（第二位80万元、第三位60万元照印）',
    en: 'first 1,000,000 yuan (second 800,000, third 600,000 as printed)',
  },
  basis: { zh: '按金额顺序：第一位 > 第二位 > 第三位', en: 'order of amounts: first > second > third' },
};
const R18_ENERGY_SCOPE: Reading = {
  id: 'zhengzhou.art18.energy-scope',
  question: {
    zh: '认证须“涵盖能源计量”，本库无此事实。',
    en: 'The certification must cover energy metrology; the library has no fact for it.',
  },
  literal: '获得测量管理体系认证 （涵盖能源计量）',
  chosen: {
    zh: '“涵盖能源计量”是本条的条件，但本库不核验（没有对应事实）：按等级给出的金额假定认证涵盖能源计量；调用方须自行核实，未涵盖能源计量的认证不应按本条奖励',
    en: 'Covering energy metrology is a condition of this clause, but it is NOT checked here (there is no fact for it): the amount by grade assumes the certification covers energy metrology; the caller must verify it, and a certification that does not cover energy metrology should not be rewarded under this clause',
  },
  alternative: {
    zh: '括注只是说明，不构成另外的条件：任何测量管理体系认证均按等级奖励',
    en: 'the parenthesis only describes and adds no condition: any measurement management certification is rewarded by grade',
  },
  basis: {
    zh: '括注紧随认证名称，读作对认证范围的限定；模型缺少对应事实，故作为提示随结果给出',
    en: 'the parenthesis follows the name of the certification and reads as a limit on its scope; the model has no fact for it, so it is shown with the result',
  },
};
const R23_GENERIC: Reading = {
  id: 'zhengzhou.art23.generic',
  question: DAMAGED,
  literal: '对通过仿制药质量和疗效一致性评价的医药品种给予20\u00a0 万元的一次性奖励',
  chosen: { zh: '200万元', en: '2,000,000 yuan' },
  alternative: { zh: '照印：20万元', en: 'as printed: 200,000 yuan' },
  basis: {
    zh: '丢字标记：“20”后为不间断空格加空格',
    en: 'loss mark: "20" is followed by a non-breaking space and a space',
  },
  alternativeData: [{ type: 'amount_yuan', yuan: 200_000 }],
};
const R23_STANDARD_NAMES: Reading = {
  id: 'zhengzhou.art23.standard-names',
  question: { zh: '“HAC P”“ISO20  ”缺字。', en: '"HAC P" and "ISO20  " lost characters.' },
  literal: '危害分析及关键控制点体系 （HAC P）、食品安全管理体系 （ISO20\u00a0 ）',
  chosen: { zh: 'HACCP、ISO 22000', en: 'HACCP, ISO 22000' },
  basis: {
    zh: '体系名称：危害分析及关键控制点即HACCP，食品安全管理体系即ISO 22000',
    en: 'standard names: hazard analysis and critical control points is HACCP; the food safety management system is ISO 22000',
  },
};
const R5_LOST_BRACKET: Reading = {
  id: 'zhengzhou.art5.lost-bracket',
  question: { zh: '“新进入  国家基本药物目录》”缺字。', en: '"新进入  国家基本药物目录》" lost a character.' },
  literal: '对新进入\u00a0 国家基本药物目录》',
  chosen: { zh: '新进入《国家基本药物目录》', en: 'newly entering the National Essential Drug List' },
  basis: { zh: '丢失书名号“《”', en: 'a lost opening title mark 《' },
};
const R5_EXCLUSIVE_PERIOD: Reading = {
  id: 'zhengzhou.art5.exclusive-cap-period',
  question: {
    zh: '“同一企业最高奖励不超过50万元”在多长期间内计算？',
    en: 'Over what period does the 500,000 cap per enterprise apply?',
  },
  literal: '同一企业最高奖励不超过50万元',
  chosen: {
    zh: '不限期间：同一企业在本政策下累计不超过50万元',
    en: 'no period: at most 500,000 per enterprise under this policy, ever',
  },
  alternative: { zh: '每次申报（或每年度）不超过50万元', en: 'at most 500,000 per application (or per year)' },
  basis: { zh: '文本未规定期间（与上句“三年内”不同）', en: 'the text states no period (unlike the preceding 三年内)' },
};
const R4_IN_CITY: Reading = {
  id: 'zhengzhou.art4.in-city',
  question: {
    zh: '“在我市行政区域内的专利”如何判断？专利人为个人时又如何判断？',
    en: 'What makes a patent one "within this city\'s administrative area", and how is that judged for an individual patentee?',
  },
  literal: '对在我市行政区域内的专利',
  chosen: {
    zh: '单位专利人注册在郑州市（recipient.registeredIn 属 410100）；个人专利人任职于郑州市（recipient.employedIn 属 410100）；仅适用于中国专利金奖、银奖、优秀奖',
    en: 'an organization patentee is registered in Zhengzhou (recipient.registeredIn within 410100); an individual patentee is employed in Zhengzhou (recipient.employedIn within 410100); applies to the China Patent gold, silver and excellence awards only',
  },
  alternative: {
    zh: '以专利实施地为准；个人以户籍或居住地为准；或该限定亦适用于优秀组织奖与河南省专利奖',
    en: 'the place where the patent is worked; for an individual, household registration or residence; or the limit also covers the organization award and the Henan patent awards',
  },
  basis: {
    zh: '本库以注册地表示单位“在我市”，个人没有注册地，任职地是本库对个人唯一的地点事实（户籍、居住地无对应事实）；奖励给予“专利人”，个人亦可为专利人；限定语位于中国专利奖一句之首',
    en: 'registration is how this library places an organization "in the city"; an individual has no registration, and the place of employment is the only place fact the library has for individuals (none for household registration or residence); the reward goes to the 专利人 (patentee), who may be an individual; the limit opens the China Patent Award sentence',
  },
};
const R5_IN_CITY: Reading = {
  id: 'zhengzhou.art5.industrialized-in-city',
  question: { zh: '“在我市实现产业化”如何判断？', en: 'What makes a product "industrialized in this city"?' },
  literal: '在我市实现产业化后',
  chosen: {
    zh: '生产企业注册在郑州市（recipient.registeredIn 属 410100）',
    en: 'the producing enterprise is registered in Zhengzhou (recipient.registeredIn within 410100)',
  },
  alternative: { zh: '以产品实际生产地为准', en: 'the place where the product is actually made' },
  basis: {
    zh: '本库无生产地事实，以注册地为最近似',
    en: 'the library has no fact for the place of production; registration is the nearest',
  },
};

const R5_EXCLUSIVE_AMOUNT: Reading = {
  id: 'zhengzhou.art5.exclusive-amount',
  question: DAMAGED,
  literal: '独家品种或独家剂型，给予每个产品10 万元的一次性奖励，同一企业最高奖励不超过50万元',
  chosen: {
    zh: '照印：每个产品10万元，同一企业最高50万元',
    en: 'as printed: 100,000 yuan per product, at most 500,000 per enterprise',
  },
  basis: {
    zh: '照印：上限“50万元”完好，每个产品10万元与之相容',
    en: 'as printed: the cap (50万元) is intact, and 100,000 per product fits it',
  },
};
const R17_NATIONAL: Reading = {
  id: 'zhengzhou.art17.national',
  question: DAMAGED,
  literal: '分别给予30 万元、20 万元、10 万元的的一次性奖励',
  chosen: {
    zh: '照印：第一位30万元、第二位20万元、第三位10万元',
    en: 'as printed: first 300,000, second 200,000, third 100,000 yuan',
  },
  basis: {
    zh: '照印：金额顺序相符（第一位 > 第二位 > 第三位）；“的的”为重复字，不涉及金额',
    en: 'as printed: the order holds (first > second > third); "的的" is a doubled character and touches no figure',
  },
};
const R17_INTERNATIONAL_ADOPTED: Reading = {
  id: 'zhengzhou.art17.international-adopted',
  question: {
    zh: '“国际计量技术法规和国际建议被采用”：“被采用”限定什么？本库能否核验？',
    en: 'In 国际计量技术法规和国际建议被采用, what does 被采用 (adopted) qualify, and can it be checked here?',
  },
  literal: '参与制 （修）订国际计量技术法规和国际建议被采用的主要起草者 （前三位）',
  chosen: {
    zh: '“被采用”限定所起草的国际计量技术法规或国际建议：须已被采用；起草其中一项即可。本库没有“被采用”的事实，不核验此条件，调用方须自行核实',
    en: 'adopted qualifies the international metrology regulation or recommendation drafted: it must have been adopted; drafting either one suffices. The library has no fact for adoption and does NOT check it; the caller must verify it',
  },
  alternative: {
    zh: '“被采用”只限定国际建议（国际计量技术法规不须被采用）；或须同时起草国际计量技术法规和国际建议',
    en: 'adopted qualifies only the recommendation (a regulation need not be adopted); or both a regulation and a recommendation are required',
  },
  basis: {
    zh: '“和”连接两类文件，“被采用”位于其后；主要起草者（前三位）的奖励以成果被采用为前提最合文意',
    en: '和 joins the two kinds of document and 被采用 follows both; rewarding the first three drafters once the work is adopted fits the words best',
  },
};
const R9_NATIONAL_SCOPE: Reading = {
  id: 'zhengzhou.art9.national-scope',
  question: {
    zh: '“获批国家技术标准创新基地、场馆、标准验证实验室”：“国家”是否也限定场馆与标准验证实验室？',
    en: 'Does 国家 (national) also qualify the venues and standard verification laboratories?',
  },
  literal: '获批国家技术标准创新基地、场馆、标准验证实验室和经国家推广的标准案例',
  chosen: {
    zh: '是：四项均须为国家级（level national）；省级、市级的基地、场馆、实验室不在本条之列',
    en: 'yes: all four must be national (level national); provincial or municipal bases, venues and laboratories are not covered',
  },
  alternative: {
    zh: '“国家”只限定技术标准创新基地；任何级别获批的场馆、标准验证实验室均可获30万元',
    en: 'national qualifies only the innovation base; venues and verification laboratories approved at any level earn 300,000',
  },
  basis: {
    zh: '并列各项共用“获批国家”，末项“经国家推广”亦为国家级',
    en: 'the listed items share 获批国家 (approved by the state), and the last, 经国家推广, is national too',
  },
};
const R10_IP_IN_ADDITION: Reading = {
  id: 'zhengzhou.art10.ip-conversion-in-addition',
  question: {
    zh: '“一次性追加奖补20万元”是否以同一标准获得第10条起草奖励为前提？',
    en: 'Does the additional 200,000 (追加奖补) require a drafting award under 第10条 for the same standard?',
  },
  literal: '将自有知识产权转化为国家、行业、团体标准的企业，一次性追加奖补20万元',
  chosen: {
    zh: '是：“追加”于同一标准的第10条起草奖励（国家、行业标准的主要或参与起草单位，团体标准的牵头制定单位），与之同时（同一成果或同一 projectId）或在其后（history 中本政策已付）支付；同一标准未获起草奖励的不付（base_reward_not_paid），起草奖励待定的随之待定',
    en: 'yes: it comes on top of a 第10条 drafting award for the same standard (main or participating drafter of a national or industry standard, leading unit of a group standard), paid with it (the same achievement or projectId) or after it (paid under this policy in history); without a drafting award for that standard nothing is paid (base_reward_not_paid), and while the drafting award is undetermined so is this one',
  },
  alternative: {
    zh: '不以此为前提：只要企业将自有知识产权转化为国家、行业或团体标准，即单独付20万元',
    en: 'no: an enterprise that turned its own intellectual property into a national, industry or group standard is paid 200,000 on its own',
  },
  basis: {
    zh: '“追加”指在已有奖补之外再加，所加的只能是同句所列标准的起草奖励；文本写于第10条起草奖励之后',
    en: '追加 means added to an existing reward, and the only one it can be added to is the drafting reward for the standards the sentence lists; it follows the 第10条 drafting rewards',
  },
};
const PROVINCIAL_HENAN: Reading = {
  id: 'zhengzhou.provincial-henan',
  question: {
    zh: '未写明省名的“省级”（第6、12、15、20条）指哪个省？',
    en: 'Where the text says 省级 (provincial) without naming the province (第6、12、15、20条), which province is meant?',
  },
  literal: '省级',
  chosen: {
    zh: '河南省（region 410000）：其他省份的省级成果不按本政策奖励；未给出 region 的待定',
    en: 'Henan (region 410000): provincial achievements of other provinces are not rewarded; without region the claim is undetermined',
  },
  alternative: { zh: '任何省份的省级成果均可奖励', en: 'provincial achievements of any province are rewarded' },
  basis: {
    zh: '本政策为河南省郑州市文件，凡写明省名之处均为河南省（第1、2、3、4、7、11、14条）；奖励由郑州市财政承担；台州政策同样把未写名称的“省级”读作本省（taizhou.province-and-city）',
    en: 'This is a Zhengzhou (Henan) text: wherever it names the province it names Henan (第1、2、3、4、7、11、14条); the rewards come from the Zhengzhou budget; the Taizhou policy likewise reads an unnamed 省级 as its own province (taizhou.province-and-city)',
  },
  alternativeData: [{ type: 'match_values', fact: 'region', values: null }],
};
const R12_MUNICIPAL_ZHENGZHOU: Reading = {
  id: 'zhengzhou.art12.municipal-zhengzhou',
  question: { zh: '“市级标准化试点示范项目”指哪个市？', en: 'Which city do the municipal pilot projects belong to?' },
  literal: '承担国家级、省级、市级标准化试点示范项目的',
  chosen: { zh: '郑州市级（region 410100）', en: 'Zhengzhou (region 410100)' },
  alternative: { zh: '任何设区市的市级试点示范项目', en: 'a municipal pilot project of any city' },
  basis: {
    zh: '郑州市政策中的“市级”指本市；第3、14条亦明言郑州市',
    en: 'in a Zhengzhou policy 市级 is this city; 第3、14条 name Zhengzhou outright',
  },
  alternativeData: [{ type: 'match_values', fact: 'region', values: null }],
};
const R23_GENERIC_PER_VARIETY: Reading = {
  id: 'zhengzhou.art23.generic-per-variety',
  question: {
    zh: '一致性评价的奖励按品种计，还是按企业计？',
    en: 'Is the consistency-evaluation reward paid per drug variety or per enterprise?',
  },
  literal: '对通过仿制药质量和疗效一致性评价的医药品种给予20\u00a0 万元的一次性奖励',
  chosen: {
    zh: '按品种：每个通过评价的医药品种一次性奖励（count 为品种数）',
    en: 'per variety: each drug variety that passes is rewarded once (count = number of varieties)',
  },
  alternative: {
    zh: '按企业：同一企业无论通过几个品种，只奖励一次',
    en: 'per enterprise: one reward however many varieties the enterprise passes',
  },
  basis: {
    zh: '奖励对象是“医药品种”而非企业；“一次性”指每个品种只奖一次',
    en: 'the object rewarded is the drug variety (医药品种), not the enterprise; 一次性 means each variety is rewarded once',
  },
};
const R23_FOOD_EACH: Reading = {
  id: 'zhengzhou.art23.food-each-certification',
  question: {
    zh: '“分别给予”：同一企业通过两项以上所列认证，是每项认证各给予，还是每个企业只给予一次？',
    en: '分别给予: when one enterprise passes two or more of the listed certifications, is each certification rewarded, or the enterprise once?',
  },
  literal:
    '诚信管理体系认证的食品工业企业 （规模以上企业除外）分别给予50 万元，餐饮企业、食品批发和零售、食品相关产品生产企业分别给予30万元的一次性奖励',
  chosen: {
    zh: '每项认证各给予：通过HACCP、ISO 22000、诚信管理体系中的两项，各付一次（食品工业企业各50万元，餐饮等企业各30万元）',
    en: 'each certification: passing two of HACCP, ISO 22000 and integrity management pays twice (500,000 each for food industry, 300,000 each for catering and the others)',
  },
  alternative: {
    zh: '“分别”只区分企业类别（食品工业企业50万元、餐饮等企业30万元）；同一企业无论通过几项认证只奖励一次',
    en: '分别 only sets the amount by type of enterprise (500,000 / 300,000); one enterprise is rewarded once however many certifications it passes',
  },
  basis: {
    zh: '“分别”紧随三项认证的并列，文本未设就高或不重复；本政策第7条“分别给予”亦按每项荣誉各付',
    en: '分别 follows the list of three certifications and the text sets no highest-only or no-double-payment rule; 第7条 of this policy pays 分别给予 per honor too',
  },
};
const R23_FOOD_INDUSTRY: Reading = {
  id: 'zhengzhou.art23.food-industry',
  question: DAMAGED,
  literal: '食品工业企业 （规模以上企业除外）分别给予50 万元',
  chosen: { zh: '照印：50万元', en: 'as printed: 500,000 yuan' },
  basis: {
    zh: '照印：与餐饮等企业的30万元相比偏高，但丢字只会使数字变小，不会使其过大',
    en: 'as printed: high beside the 300,000 for catering and the others, but a lost digit cannot make a figure too large',
  },
};

const R10_LOCAL_ANY_REGION: Reading = {
  id: 'zhengzhou.art10.local-any-region',
  question: {
    zh: '“地方标准”是否限于河南省（含郑州市）发布的地方标准？',
    en: 'Does 地方标准 (local standard) mean only local standards issued in Henan (Zhengzhou included)?',
  },
  literal: '制（修）订且经批准发布的国际标准、国家标准、行业标准、地方标准的主要起草单位',
  chosen: {
    zh: '不限地区：任何省级或设区的市发布的地方标准均可（不要求 region）',
    en: 'any region: a local standard issued by any province or city counts (region is not required)',
  },
  alternative: {
    zh: '只限河南省及其设区的市（如郑州市）发布的地方标准',
    en: 'only local standards issued by Henan or one of its cities (such as Zhengzhou)',
  },
  basis: {
    zh: '第10条列举的是标准的类别（国际、国家、行业、地方标准），未写发布地；本政策要限于本省、本市时写明“河南省”“郑州市”或“省级”“市级”（第11、12条），此处未写；长乐、闵行政策的“地方标准”亦不限地区，台州政策则明写“省级地方标准”',
    en: '第10条 lists categories of standard (international, national, industry, local) and names no place; where this policy means its own province or city it says 河南省 / 郑州市 or 省级 / 市级 (第11、12条), and it does not here; the Changle and Minhang policies also pay any 地方标准, while Taizhou says 省级地方标准 outright',
  },
};
const R17_LOCAL_ANY_REGION: Reading = {
  id: 'zhengzhou.art17.local-any-region',
  question: {
    zh: '“地方计量技术法规”是否限于河南省发布的地方计量技术法规？',
    en: 'Does 地方计量技术法规 (local metrology regulation) mean only those issued in Henan?',
  },
  literal: '参与制 （修）订地方计量技术法规的主要起草者 （前三位）',
  chosen: {
    zh: '不限地区：任何地方发布的地方计量技术法规均可（不要求 region）',
    en: 'any region: a local metrology regulation issued anywhere counts (region is not required)',
  },
  alternative: {
    zh: '只限河南省（含郑州市）发布的地方计量技术法规',
    en: 'only local metrology regulations issued in Henan (Zhengzhou included)',
  },
  basis: {
    zh: '与第10条“地方标准”同读（zhengzhou.art10.local-any-region）：“地方”是法规的类别，与“国际”“国家”并列，文本未写发布地',
    en: 'read like 地方标准 in 第10条 (zhengzhou.art10.local-any-region): 地方 is a category beside 国际 and 国家, and the text names no place',
  },
};
const R10_NATIONAL_NOT_MILITARY: Reading = {
  id: 'zhengzhou.art10.national-not-military',
  question: {
    zh: '第10条的“国家标准”是否包括国家军用标准（GJB）？',
    en: 'Does 国家标准 (national standard) in 第10条 include national military standards (GJB)?',
  },
  literal: '经批准发布的国际标准、国家标准',
  chosen: {
    zh: '不包括：国家军用标准不按第10条的国家标准奖励（亦不按“转化为国家标准”追加）。本库不核验：国家标准通常不报告 subtype，条件原语无法表达“不是军用标准”，以 subtype military 报告的国家军用标准仍会按本条计算；调用方不应据此为国家军用标准申报',
    en: 'no: a national military standard is not rewarded as a national standard under 第10条 (nor as a standard converted from own IP). NOT checked here: national standards are normally reported without subtype and the condition primitives cannot express "not military", so a military standard reported with subtype military is still reckoned under this rule; the caller must not claim it for a military standard',
  },
  alternative: {
    zh: '国家军用标准也是国家层面发布的标准，按国家标准奖励',
    en: 'a national military standard is issued at national level and is rewarded as a national standard',
  },
  basis: {
    zh: '《标准化法》所称标准为国家、行业、地方、团体、企业标准，军用标准另行规定；第10条的列举与之相同；台州政策须写明“国家标准（含国家军用标准）”才包括军用标准，可见通常不含',
    en: 'the Standardization Law names national, industry, local, group and enterprise standards and leaves military standards to separate rules; 第10条 lists the same categories; the Taizhou policy has to say 国家标准（含国家军用标准） to include them, which shows they are not normally included',
  },
};
const R11_NATIONAL_SWG: Reading = {
  id: 'zhengzhou.art11.national-swg',
  question: {
    zh: '“全国…工作组（WG）”是否包括全国标准化工作组（SWG）？',
    en: 'Does the national 工作组 (WG) include a national standardization working group (SWG)?',
  },
  literal: '承担全国专业标准化技术委员会 （TC）、分技术委员会 （SC）秘书处或工作组 （WG）工作的',
  chosen: {
    zh: '包括：承担全国标准化工作组（SWG，body swg）工作与承担技术委员会下的工作组（WG，body wg）同样奖励30万元',
    en: 'yes: work for a national standardization working group (SWG, body swg) is rewarded like a working group under a committee (WG, body wg), 300,000 yuan',
  },
  alternative: {
    zh: '只包括技术委员会下设的工作组（WG）；全国标准化工作组（SWG）不在本条之列',
    en: 'only a working group under a technical committee (WG); a national standardization working group (SWG) is not covered',
  },
  basis: {
    zh: '全国层面的“工作组”既有技术委员会下设的WG，也有国家标准化管理委员会直接设立的标准化工作组（SWG），二者都是“全国…工作组”；文本只写“工作组”，未排除SWG',
    en: 'at national level a 工作组 is either a WG under a technical committee or a standardization working group (SWG) set up directly by the Standardization Administration; both are national working groups, and the text says 工作组 without excluding SWGs',
  },
  alternativeData: [{ type: 'match_values', fact: 'body', values: ['wg'] }],
};
const R12_PILOT_ACCEPTED: Reading = {
  id: 'zhengzhou.art12.pilot-accepted',
  question: {
    zh: '“承担…标准化试点示范项目的”：在获批承担时奖励，还是在通过验收时奖励？',
    en: 'Is the pilot project rewarded when it is approved (承担) or when it passes acceptance?',
  },
  literal: '承担国家级、省级、市级标准化试点示范项目的，分别给予50万元、30万元、10万元的一次性资助奖励',
  chosen: {
    zh: '通过验收（考核）时奖励一次（stage accepted）；仅获批立项（stage approved）不予奖励；未给出 stage 的待定。同一项目获批与验收分别报告时只付一次',
    en: 'once, when the project passes acceptance (stage accepted); approval alone (stage approved) is not rewarded; without stage the claim is undetermined. A project reported at approval and again at acceptance is paid once',
  },
  alternative: {
    zh: '获批承担试点示范项目时即奖励（stage approved），验收时不再奖励',
    en: 'rewarded when the project is approved (stage approved), not again at acceptance',
  },
  basis: {
    zh: '第26条只奖励“取得的质量成果”，试点示范项目的成果是通过验收；“一次性”排除获批与验收各付一次；台州、闵行、长乐政策亦在验收后奖励标准化试点',
    en: '第26条 rewards 质量成果 obtained, and a pilot’s result is passing acceptance; 一次性 rules out paying at both approval and acceptance; the Taizhou, Minhang and Changle policies also pay standardization pilots on acceptance',
  },
  alternativeData: [{ type: 'fact_in_values', values: ['approved'] }],
};
const R15_CENTER_ACCEPTED: Reading = {
  id: 'zhengzhou.art15.center-accepted',
  question: {
    zh: '“获得…产业计量测试中心”以获批筹建为准，还是以验收批准建立为准？',
    en: 'Is an industrial metrology testing center 获得 (obtained) when approved for construction or when accepted and formally established?',
  },
  literal:
    '获得国家产业计量测试中心等国家级创新平台载体的单位，给予50 万元的一次性奖励；获得省级产业计量测试中心的单位',
  chosen: {
    zh: '以通过验收、批准建立为准（stage accepted）；仅获批筹建（stage approved）不予奖励；未给出 stage 的待定。同一中心筹建与建立分别报告时只付一次',
    en: 'when accepted and formally established (stage accepted); approval to build (stage approved) is not enough; without stage the claim is undetermined. A center reported at approval and again at acceptance is paid once',
  },
  alternative: {
    zh: '获批筹建即“获得”中心，筹建时奖励，建立时不再奖励',
    en: 'approval to build already 获得 the center: rewarded then, not again when it is established',
  },
  basis: {
    zh: '产业计量测试中心先批准筹建、后验收批准建立并授牌，建立后单位才“获得”该中心称号；“一次性”排除两次付款；台州政策对产业计量测试中心亦以验收为准',
    en: 'an industrial metrology testing center is first approved for construction, then accepted, established and named; only then does the unit hold the title; 一次性 rules out two payments; the Taizhou policy also pays such centers on acceptance',
  },
  alternativeData: [{ type: 'fact_in_values', values: ['approved'] }],
};
const R20_BUILT: Reading = {
  id: 'zhengzhou.art20.built',
  question: { zh: '检验检测机构“建成”以什么为准？', en: 'When is an inspection and testing institution 建成 (built)?' },
  literal: '建成国家级、省级检验检测机构',
  chosen: {
    zh: '以通过验收、批准建立为准（stage accepted）；仅获批筹建（stage approved）不予奖励；未给出 stage 的待定',
    en: 'when accepted and formally established (stage accepted); approval to build (stage approved) is not enough; without stage the claim is undetermined',
  },
  alternative: {
    zh: '获批筹建后完成建设即可，不以验收为准',
    en: 'finishing construction after approval suffices, acceptance not required',
  },
  basis: {
    zh: '“建成”指建设完成，国家级、省级检验检测机构以验收批准为建成的正式标志；台州政策对重点检测实验室的“建成”作同样理解（taizhou.keylab-built）',
    en: '建成 means completed; acceptance is the formal mark of completion of a national or provincial inspection institution; the Taizhou policy reads 建成 of key testing laboratories the same way (taizhou.keylab-built)',
  },
};
const R21_CNAS_INITIAL: Reading = {
  id: 'zhengzhou.art21.cnas-initial',
  question: {
    zh: '“一次性给予10万元”是否包括CNAS认可的复评审（到期再认可）？',
    en: 'Does the one-off 100,000 yuan also cover a CNAS reassessment (renewal of accreditation)?',
  },
  literal: '对通过 CNAS 认可的实验室，一次性给予 10 万元奖励',
  chosen: {
    zh: '只奖励首次通过CNAS认可（cycle initial）；复评审、到期再认可（cycle renewal）不予奖励；未给出 cycle 的待定',
    en: 'only a first CNAS accreditation (cycle initial) is rewarded; a reassessment or renewal (cycle renewal) is not; without cycle the claim is undetermined',
  },
  alternative: {
    zh: '本政策施行期间通过的每次认可（含复评审）均奖励10万元',
    en: 'every accreditation passed while this policy is in force, renewals included, pays 100,000 yuan',
  },
  basis: {
    zh: '“一次性给予”指对一个实验室一次付清，复评审只是维持已有的认可；本政策未提复评；台州政策同一措辞的CNAS奖励亦只奖首次认可（taizhou.cnas-initial）',
    en: '一次性给予 means a single payment for a laboratory, and a reassessment only keeps an accreditation it already has; this policy nowhere mentions renewals; the Taizhou policy, worded the same, pays only the first accreditation (taizhou.cnas-initial)',
  },
};
const R18_INITIAL: Reading = {
  id: 'zhengzhou.art18.initial',
  question: {
    zh: '“获得测量管理体系认证”是否包括复评审（再认证）？',
    en: 'Does 获得测量管理体系认证 (obtaining measurement management certification) include a reassessment (recertification)?',
  },
  literal: Q18,
  chosen: {
    zh: '只奖励首次获得认证（cycle initial），按首次认证的等级计；复评审、再认证（cycle renewal）不予奖励，复评时升级亦不再奖励；未给出 cycle 的待定',
    en: 'only the first certification (cycle initial) is rewarded, at the grade first certified; a reassessment or recertification (cycle renewal) is not, even with a higher grade; without cycle the claim is undetermined',
  },
  alternative: {
    zh: '每次通过认证（含复评审）均按等级奖励；或复评时升级的，按新等级补足差额',
    en: 'every certification passed, renewals included, is rewarded by grade; or an upgrade at renewal is paid the difference up to the new grade',
  },
  basis: {
    zh: '“获得…认证”指取得认证，复评审只是维持；“一次性奖励”指一次付清；本政策未提复评；与CNAS认可同读（zhengzhou.art21.cnas-initial），闵行政策亦只在明写“首次复评审”时奖励复评',
    en: '获得…认证 means obtaining the certification, and a reassessment only keeps it; 一次性奖励 is a single payment; this policy nowhere mentions renewals; read like CNAS (zhengzhou.art21.cnas-initial), and the Minhang policy rewards a renewal only where it says 首次复评审',
  },
};
const R13_GI_EACH: Reading = {
  id: 'zhengzhou.art13.gi-each',
  question: {
    zh: '“分别给予50万元的一次性奖励”是每个地理标志保护产品（每件地理标志商标）一次，还是每个申报单位一次？',
    en: 'Is the one-off 500,000 yuan paid once per protected product (per GI trademark) or once per applicant?',
  },
  literal: '被认定为国家地理保护产品的、成功注册地理标志商标的，分别给予50万元的一次性奖励',
  chosen: {
    zh: '按项计：每个被认定的地理标志保护产品、每件注册的地理标志商标各50万元（count 为项数）；一条成果报告 count 为2，与分两条成果报告，均付100万元',
    en: 'per item: 500,000 yuan for each protected product recognized and each GI trademark registered (count = items); one achievement with count 2 and two achievements alike pay 1,000,000 yuan',
  },
  alternative: {
    zh: '每个申报单位在本政策下每类只奖励一次50万元，不论项数',
    en: 'each applicant is paid 500,000 yuan once per kind under this policy, however many items',
  },
  basis: {
    zh: '本句的主语是被认定的产品、被注册的商标（“被认定为…产品的”“成功注册…商标的”），未指向企业；每项认定、注册各为一项成果，“一次性”指每项只奖一次；长乐政策对地理标志亦按每项奖励',
    en: 'the sentence speaks of the product recognized and the trademark registered, not of an enterprise; each recognition or registration is an achievement of its own, and 一次性 means each is paid once; the Changle policy also pays GIs per item',
  },
};
const R23_ENERGY_ONCE: Reading = {
  id: 'zhengzhou.art23.energy-low-carbon-once',
  question: {
    zh: '节能产品、低碳产品认证的“一次性奖励”是每项认证一次，还是每家企业一次？',
    en: 'Is the one-off reward for energy-saving or low-carbon product certification paid once per certification or once per enterprise?',
  },
  literal: '对获得节能产品、低碳产品认证的企业，给予10 万元的一次性奖励',
  chosen: {
    zh: '按“一次性”的统一读法（zhengzhou.one-off）：每项认证（每个产品的证书）是一个事项，各奖励一次10万元；每项认证作为一条成果报告，以 projectId 区分（count 不相乘）；同一证书的复评或已按本条付过的同一证书（history），不再奖励',
    en: 'By the one reading of 一次性 (zhengzhou.one-off): each certification (each product’s certificate) is one matter, paid 100,000 yuan once; each is reported as one achievement told apart by projectId (count is not multiplied); a renewal of the same certificate, or a certificate already paid under this clause (history), is not paid again',
  },
  alternative: {
    zh: '每家企业在本政策下只奖励一次10万元，不论获得几项认证',
    en: 'once per enterprise under this policy, 100,000 yuan however many certifications it obtains',
  },
  basis: {
    zh: '文本未写“每家企业”或“累计”等按企业限定的词；奖励对象写作“企业”在本政策各条皆然（如“获得驰名商标的企业”），并不限定每家企业一次；统一读法见 README“一次性”',
    en: 'the text has no word limiting the reward per enterprise (每家企业, 累计); naming the 企业 as the recipient is common to the whole policy (e.g. 获得驰名商标的企业) and does not limit it to once per enterprise; see the README on 一次性',
  },
  alternativeData: [{ type: 'once_per', per: 'recipient' }],
};
const R23_HIGH_END_ONCE: Reading = {
  id: 'zhengzhou.art23.high-end-once',
  question: {
    zh: '高端产品服务认证的“一次性奖励”是每项认证一次，还是每家企业一次？',
    en: 'Is the one-off reward for high-end product or service certification paid once per certification or once per enterprise?',
  },
  literal: '获得机器人、物联网、城市轨道交通装备等高端产品服务认证的企业，给予20 万元的一次性奖励',
  chosen: {
    zh: '按“一次性”的统一读法（zhengzhou.one-off）：每项认证是一个事项，各奖励一次20万元；每项认证作为一条成果报告，以 projectId 区分（count 不相乘）；同一证书的复评或已按本条付过的同一证书（history），不再奖励',
    en: 'By the one reading of 一次性 (zhengzhou.one-off): each certification is one matter, paid 200,000 yuan once; each is reported as one achievement told apart by projectId (count is not multiplied); a renewal of the same certificate, or a certificate already paid under this clause (history), is not paid again',
  },
  alternative: {
    zh: '每家企业在本政策下只奖励一次20万元，不论获得几项认证',
    en: 'once per enterprise under this policy, 200,000 yuan however many certifications it obtains',
  },
  basis: {
    zh: '文本未写按企业限定的词；与同条节能低碳认证同读（zhengzhou.art23.energy-low-carbon-once）；统一读法见 README“一次性”',
    en: 'the text has no word limiting the reward per enterprise; read like the energy-saving and low-carbon certification in the same clause (zhengzhou.art23.energy-low-carbon-once); see the README on 一次性',
  },
  alternativeData: [{ type: 'once_per', per: 'recipient' }],
};
const R23_ENERGY_MANAGEMENT_INITIAL: Reading = {
  id: 'zhengzhou.art23.energy-management-initial',
  question: {
    zh: '能源管理体系认证的“一次性奖励”是否包括到期再认证（复评）？',
    en: 'Does the one-off reward for energy management system certification also cover a recertification (renewal)?',
  },
  literal: Q23_ENERGY_MANAGEMENT,
  chosen: {
    zh: '只奖励首次获得认证（cycle initial）；再认证、复评（cycle renewal）是同一事项，不再奖励；未给出 cycle 的待定',
    en: 'only obtaining the certification (cycle initial) is rewarded; a recertification or renewal (cycle renewal) is the same matter and is not paid again; without cycle the claim is undetermined',
  },
  alternative: {
    zh: '每次通过认证（含再认证）均奖励30万元',
    en: 'every certification passed, renewals included, pays 300,000 yuan',
  },
  basis: {
    zh: '按“一次性”的统一读法（zhengzhou.one-off），复评是同一事项；与本政策测量管理体系认证、CNAS认可同读（zhengzhou.art18.initial、zhengzhou.art21.cnas-initial）',
    en: 'by the one reading of 一次性 (zhengzhou.one-off) a renewal is the same matter; read like the measurement management certification and CNAS accreditation of this policy (zhengzhou.art18.initial, zhengzhou.art21.cnas-initial)',
  },
};
const R9_BASE_ONCE: Reading = {
  id: 'zhengzhou.art9.base-once',
  question: {
    zh: '同一国家技术标准创新基地先获批筹建、后通过验收的，“获批…给予30万元的一次性奖励”付几次？',
    en: 'A national technical standard innovation base approved for construction and later accepted: how often is the one-off 300,000 yuan paid?',
  },
  literal: Q9_BASE,
  chosen: {
    zh: '一次：获批与验收是同一事项（同一 projectId），先申报的一个阶段获付，另一阶段不再支付（already_paid，含 history 中已付的）；不给 projectId 的两条成果无从认定为同一基地',
    en: 'once: approval and acceptance are one matter (one projectId); the stage claimed first is paid and the other is not (already_paid, history included); two achievements without projectId cannot be known to be the same base',
  },
  alternative: {
    zh: '只在获批筹建时奖励（stage approved），验收不奖励；或只在验收后奖励（如第12、15条的读法）',
    en: 'paid only at approval to build (stage approved), not at acceptance; or only after acceptance (as 第12条 and 第15条 are read)',
  },
  basis: {
    zh: '“一次性”排除同一基地获批与验收各付一次（统一读法 zhengzhou.one-off）；“获批”未说明是筹建批复还是验收后批准建立，故不以阶段排除任何一次申报',
    en: '一次性 rules out paying one base at both approval and acceptance (the one reading, zhengzhou.one-off); 获批 does not say whether approval to build or approval after acceptance is meant, so no stage is excluded',
  },
};

// ── conditions ──────────────────────────────────────────────────────────────────────────────────
const LISTED_DRUG: ConditionInput = {
  type: 'fact_is',
  fact: 'inListedCategory',
  value: true,
  failure: 'prerequisite_not_met',
  quote: Q5_CATEGORIES,
};
const LISTED_DEVICE_VET: ConditionInput = {
  type: 'fact_is',
  fact: 'inListedCategory',
  value: true,
  failure: 'prerequisite_not_met',
  quote: '医疗器械诊断试剂类3 类及非诊断试剂类2—3类注册证书和新兽药1—4 类新药证书',
};
const PATENT_IN_CITY: ConditionInput[] = [
  {
    type: 'located_in',
    fact: 'registeredIn',
    region: ZHENGZHOU,
    onlyFor: 'organization',
    quote: '对在我市行政区域内的专利',
    reading: R4_IN_CITY,
  },
  {
    type: 'located_in',
    fact: 'employedIn',
    region: ZHENGZHOU,
    onlyFor: 'individual',
    quote: '对在我市行政区域内的专利',
  },
];
const MEASUREMENT_INITIAL: ConditionInput = {
  type: 'fact_in',
  fact: 'cycle',
  values: ['initial'],
  failure: 'prerequisite_not_met',
  quote: '获得测量管理体系认证',
  reading: R18_INITIAL,
};
const PILOT_ACCEPTED: ConditionInput = {
  type: 'fact_in',
  fact: 'stage',
  values: ['accepted'],
  failure: 'prerequisite_not_met',
  quote: '承担国家级、省级、市级标准化试点示范项目的',
  reading: R12_PILOT_ACCEPTED,
};
const INSPECTION_BUILT: ConditionInput = {
  type: 'fact_in',
  fact: 'stage',
  values: ['accepted'],
  failure: 'prerequisite_not_met',
  quote: '建成国家级、省级检验检测机构',
  reading: R20_BUILT,
};
const HELD_ONE_YEAR: ConditionInput = {
  type: 'fact_at_least',
  fact: 'consecutiveYearsHeld',
  min: 1,
  failure: 'prerequisite_not_met',
  quote: '连续保持一年以上',
  reading: R14_ONE_YEAR,
};
const RANK_1: ConditionInput = { type: 'rank_between', min: 1, max: 1, quote: '（前三位）' };
const RANK_2: ConditionInput = { type: 'rank_between', min: 2, max: 2, quote: '（前三位）' };
const RANK_3: ConditionInput = { type: 'rank_between', min: 3, max: 3, quote: '（前三位）' };
const GROUP_LEAD: ConditionInput = {
  type: 'fact_in',
  fact: 'drafterRole',
  values: ['main'],
  failure: 'prerequisite_not_met',
  quote: '给予牵头制定单位',
};

export const zhengzhou2019 = {
  id: 'zhengzhou-2019',
  title: '郑州市质量提升若干政策',
  titleEn: 'Policies on Quality Improvement (Zhengzhou, 2019)',
  documentNumber: '郑政〔2019〕15号',
  jurisdiction: {
    code: ZHENGZHOU,
    slug: 'zhengzhou',
    names: ['郑州市', '河南省郑州市', '郑州'],
    nameEn: 'Zhengzhou, Henan',
  },
  status: 'in_force',
  window: {
    start: {
      date: '2019-05-10',
      clause: '第30条',
      quote: '本政策自印发之日起实施',
      reading: {
        id: 'zhengzhou.start-print-date',
        question: {
          zh: '“自印发之日起实施”：印发之日是哪天？',
          en: 'In force "from the day it is printed": which day is that?',
        },
        literal: '郑州市人民政府办公厅2019年5月10日印发',
        chosen: { zh: '2019年5月10日（文末印发日期）', en: '2019-05-10, the print date at the end of the text' },
        basis: { zh: '文末载明办公厅印发日期', en: "the text ends with the General Office's print date" },
      },
    },
    end: {
      type: 'open',
      reading: {
        id: 'zhengzhou.no-end-date',
        question: { zh: '文本未规定有效期或终止日。', en: 'The text states no end date.' },
        literal: '本政策自印发之日起实施',
        chosen: { zh: '视为持续有效，直至被废止或修订', en: 'read as in force until repealed or amended' },
        basis: {
          zh: '文本未设终止日，并规定定期评估、修改完善（第28条）；调用方应核实其是否已被修订或废止',
          en: 'no end is stated, and 第28条 provides for periodic review and amendment; callers should check it has not been amended or repealed',
        },
      },
    },
  },
  achievementTiming: {
    clause: '第26条',
    quote: '本政策仅对本政策生效后取得的质量成果进行奖励',
    startDayCounts: true,
    reading: {
      id: 'zhengzhou.art26.start-day',
      question: {
        zh: '2019年5月10日（生效当日）取得的成果是否属于“生效后取得”？',
        en: 'Is an achievement obtained on 2019-05-10, the day the policy took effect, obtained "after it took effect"?',
      },
      literal:
        '本政策仅对本政策生效后取得的质量成果进行奖励，本政策生效前获得的质量成果不予奖励 （市政府其它文件有奖励政策的除外）',
      chosen: {
        zh: '属于：生效当日政策已施行，“生效前”指2019年5月10日之前；2019年5月10日起取得的成果予以奖励。生效前的成果按市政府其它文件奖励的，不在本库计算范围内',
        en: 'yes: the policy is in effect that day, and "before it took effect" means before 2019-05-10; achievements from 2019-05-10 on are rewarded. Earlier achievements rewarded under other municipal documents are not computed here',
      },
      alternative: { zh: '仅奖励2019年5月11日起取得的成果', en: 'only achievements obtained from 2019-05-11 on' },
      basis: {
        zh: '“自印发之日起实施”使生效日当日即在政策效力之内；“生效前”与“生效后”之间不留空白',
        en: '"in force from the day it is printed" puts that day within the policy; "before" and "after" it leave no gap',
      },
    },
  },
  notices: [
    {
      id: 'zhengzhou.local-applicants',
      clause: '序言',
      quote: '努力把郑州市建设成为国家质量强市示范城市，全面提升质量水平，提高企业核心竞争力',
      message: {
        zh: '本政策面向郑州市的企业和单位，但除第4条（在我市行政区域内的专利）、第5条（在我市实现产业化）、第11条（入驻郑州）、第16条（落户郑州）外，未规定申报主体的注册地、税务登记地等条件；其他条款本库不核验申报主体所在地，调用方应自行确认申报主体属于郑州市。',
        en: 'The policy addresses enterprises and organizations of Zhengzhou, but apart from 第4条 (patents within the city), 第5条 (industrialized in the city), 第11条 (settled in Zhengzhou) and 第16条 (settling in Zhengzhou) it sets no registration or tax-registration condition; for the other clauses the applicant’s location is not checked here, and callers must confirm the applicant belongs to Zhengzhou.',
      },
    },
    {
      id: 'zhengzhou.art26.other-documents',
      clause: '第26条',
      quote: '市政府其它文件有奖励政策的除外',
      message: {
        zh: '本政策生效前取得的成果，如市政府其它文件有奖励政策，可按该文件奖励，不在本库计算范围内。',
        en: 'Achievements obtained before this policy took effect may be rewarded under other municipal documents that provide for it; those are not computed here.',
      },
    },
    {
      id: 'zhengzhou.art27.fund-use',
      clause: '第27条',
      quote: '奖励资金限用于本办法所列质量计量标准化认证管理、技术创新、实验室建设、品牌培育等方面',
      message: {
        zh: '奖励资金限用于质量计量标准化认证管理、技术创新、实验室建设、品牌培育等方面。',
        en: 'Reward funds may only be used for quality, metrology, standardization and certification management, technical innovation, laboratory building, brand cultivation and the like.',
      },
    },
  ],
  rules: [
    // ── 一、质量品牌 ──────────────────────────────────────────────────────────────────────────
    // 第1条 质量提升示范区（项目）
    {
      id: 'art1.national',
      clause: '第1条',
      quote: Q1,
      title: {
        zh: '国家级质量提升示范区（项目）→ 100万元',
        en: 'National quality improvement demonstration zone (project) → 1,000,000 yuan',
      },
      match: { kind: 'quality_brand_demonstration_zone', level: 'national' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000, reading: R1_NATIONAL },
    },
    {
      id: 'art1.henan',
      clause: '第1条',
      quote: Q1,
      title: {
        zh: '河南省质量提升示范区（项目）→ 50万元',
        en: 'Henan quality improvement demonstration zone (project) → 500,000 yuan',
      },
      match: { kind: 'quality_brand_demonstration_zone', level: 'provincial', region: HENAN },
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    // 第2条 中小学质量教育社会实践基地
    {
      id: 'art2.national',
      clause: '第2条',
      quote: Q2,
      title: {
        zh: '国家中小学质量教育社会实践基地 → 50万元',
        en: 'National school quality-education practice base → 500,000 yuan',
      },
      match: { kind: 'quality_education_base', level: 'national', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'art2.henan',
      clause: '第2条',
      quote: Q2,
      title: {
        zh: '河南省中小学质量教育社会实践基地 → 30万元',
        en: 'Henan school quality-education practice base → 300,000 yuan',
      },
      match: { kind: 'quality_education_base', level: 'provincial', region: HENAN, recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
    },
    // 第3条 政府质量奖
    {
      id: 'art3.cqa.award',
      clause: '第3条',
      quote: Q3_CQA,
      title: { zh: '中国质量奖 → 500万元', en: 'China Quality Award → 5,000,000 yuan' },
      match: { kind: 'government_quality_award', level: 'national', prize: 'award', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 5_000_000, reading: R3_CQA },
    },
    {
      id: 'art3.cqa.nomination',
      clause: '第3条',
      quote: Q3_CQA,
      title: { zh: '中国质量奖提名奖 → 200万元', en: 'China Quality Award nomination → 2,000,000 yuan' },
      match: {
        kind: 'government_quality_award',
        level: 'national',
        prize: 'nomination',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 2_000_000, reading: R3_CQA_NOMINATION },
    },
    {
      id: 'art3.henan.award',
      clause: '第3条',
      quote: Q3_HENAN,
      title: { zh: '河南省省长质量奖 → 200万元', en: "Henan Governor's Quality Award → 2,000,000 yuan" },
      match: {
        kind: 'government_quality_award',
        level: 'provincial',
        region: HENAN,
        prize: 'award',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 2_000_000, reading: R3_HENAN },
    },
    {
      id: 'art3.zhengzhou.award',
      clause: '第3条',
      quote: Q3_ZHENGZHOU,
      title: { zh: '郑州市市长质量奖 → 100万元', en: "Zhengzhou Mayor's Quality Award → 1,000,000 yuan" },
      match: {
        kind: 'government_quality_award',
        level: 'municipal',
        region: ZHENGZHOU,
        prize: 'award',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000, reading: R3_ZHENGZHOU },
    },
    // 第4条 专利奖
    {
      id: 'art4.china.gold',
      clause: '第4条',
      quote: Q4_CHINA,
      title: {
        zh: '中国专利金奖（我市专利）→ 50万元',
        en: 'China Patent Gold Award (patent in the city) → 500,000 yuan',
      },
      match: { kind: 'patent_award', level: 'national', prize: 'gold' },
      conditions: PATENT_IN_CITY,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'art4.china.silver',
      clause: '第4条',
      quote: Q4_CHINA,
      title: {
        zh: '中国专利银奖（我市专利）→ 30万元',
        en: 'China Patent Silver Award (patent in the city) → 300,000 yuan',
      },
      match: { kind: 'patent_award', level: 'national', prize: 'silver' },
      conditions: PATENT_IN_CITY,
      amount: { type: 'fixed', yuan: 300_000 },
    },
    {
      id: 'art4.china.excellence',
      clause: '第4条',
      quote: Q4_CHINA,
      title: {
        zh: '中国专利优秀奖（我市专利）→ 20万元',
        en: 'China Patent Excellence Award (patent in the city) → 200,000 yuan',
      },
      match: { kind: 'patent_award', level: 'national', prize: 'excellence' },
      conditions: PATENT_IN_CITY,
      amount: { type: 'fixed', yuan: 200_000 },
    },
    {
      id: 'art4.china.organization',
      clause: '第4条',
      quote: Q4_ORGANIZATION,
      title: {
        zh: '中国专利奖优秀组织奖 → 20万元',
        en: 'China Patent Award for excellent organization → 200,000 yuan',
      },
      match: {
        kind: 'patent_award',
        level: 'national',
        prize: 'award',
        subtype: 'organization_award',
        recipientType: 'organization',
      },
      amount: { type: 'fixed', yuan: 200_000 },
    },
    {
      id: 'art4.henan.special',
      clause: '第4条',
      quote: Q4_HENAN,
      title: { zh: '河南省专利奖特等奖 → 30万元', en: 'Henan Patent Award, special prize → 300,000 yuan' },
      match: { kind: 'patent_award', level: 'provincial', region: HENAN, prize: 'special' },
      amount: { type: 'fixed', yuan: 300_000 },
    },
    {
      id: 'art4.henan.first',
      clause: '第4条',
      quote: Q4_HENAN,
      title: { zh: '河南省专利奖一等奖 → 20万元', en: 'Henan Patent Award, first prize → 200,000 yuan' },
      match: { kind: 'patent_award', level: 'provincial', region: HENAN, prize: 'first' },
      amount: { type: 'fixed', yuan: 200_000 },
    },
    {
      id: 'art4.henan.second',
      clause: '第4条',
      quote: Q4_HENAN,
      title: { zh: '河南省专利奖二等奖 → 10万元', en: 'Henan Patent Award, second prize → 100,000 yuan' },
      match: { kind: 'patent_award', level: 'provincial', region: HENAN, prize: 'second' },
      amount: { type: 'fixed', yuan: 100_000 },
    },
    // 第5条 医药
    {
      id: 'art5.clinical-trial',
      clause: '第5条',
      quote: Q5_CLINICAL,
      title: {
        zh: '所列类别药物获得临床试验批件 → 10万元',
        en: 'Clinical trial approval for a drug in the listed classes → 100,000 yuan',
      },
      match: { kind: 'drug_approval', subtype: 'clinical_trial_approval' },
      conditions: [LISTED_DRUG],
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000, reading: R5_CLINICAL },
    },
    {
      id: 'art5.production',
      clause: '第5条',
      quote: Q5_PRODUCTION,
      title: {
        zh: '所列类别药物获得生产批件 → 30万元',
        en: 'Production approval for a drug in the listed classes → 300,000 yuan',
      },
      match: { kind: 'drug_approval', subtype: 'production_approval' },
      conditions: [LISTED_DRUG],
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000, reading: R5_PRODUCTION },
    },
    {
      id: 'art5.device-vet',
      clause: '第5条',
      quote: Q5_DEVICE,
      title: {
        zh: '医疗器械注册证书（诊断试剂类3类、非诊断试剂类2—3类）或新兽药证书（1—4类）→ 100万元',
        en: 'Medical device registration (diagnostic class 3, non-diagnostic 2–3) or new veterinary drug certificate (classes 1–4) → 1,000,000 yuan',
      },
      match: { kind: 'drug_approval', subtype: ['medical_device_registration', 'veterinary_drug_certificate'] },
      conditions: [LISTED_DEVICE_VET],
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000, reading: R5_DEVICE_VET },
    },
    {
      id: 'art5.industrialization-sales',
      clause: '第5条',
      quote: Q5_SALES,
      title: {
        zh: '上述产品在我市产业化后，按年销售收入的5%（同一企业三年内累计不超过50万元）',
        en: 'Such a product industrialized in the city: 5% of its annual sales revenue (at most 500,000 yuan per enterprise in three years)',
      },
      match: { kind: 'industrialized_product_sales' },
      conditions: [
        {
          type: 'fact_is',
          fact: 'inListedCategory',
          value: true,
          failure: 'prerequisite_not_met',
          quote: '对上述产品',
        },
        {
          type: 'located_in',
          fact: 'registeredIn',
          region: ZHENGZHOU,
          quote: '在我市实现产业化后',
          reading: R5_IN_CITY,
        },
      ],
      amount: { type: 'percentage', numerator: 5, denominator: 100, of: 'annualSalesRevenue' },
      readings: [R5_SALES_CAP, R5_THREE_YEARS],
    },
    {
      id: 'art5.exclusive-variety',
      clause: '第5条',
      quote: Q5_EXCLUSIVE,
      title: {
        zh: '新进入国家基本药物目录或医保目录的独家品种（剂型）→ 每个产品10万元（同一企业不超过50万元）',
        en: 'Exclusive variety or dosage form newly on the national essential drug or insurance list → 100,000 yuan per product (at most 500,000 per enterprise)',
      },
      match: { kind: 'essential_drug_listing' },
      once: ONCE,
      amount: {
        type: 'per_item',
        yuanEach: 100_000,
        unit: { zh: '每个产品', en: 'per product' },
        reading: R5_EXCLUSIVE_AMOUNT,
      },
      readings: [R5_LOST_BRACKET],
    },
    // 第6条 知名服务品牌
    {
      id: 'art6.national',
      clause: '第6条',
      quote: Q6,
      title: {
        zh: '国家级优质服务承诺标识知名服务品牌 → 100万元',
        en: 'National quality-service well-known brand → 1,000,000 yuan',
      },
      match: { kind: 'service_brand', level: 'national', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000, reading: R6_NATIONAL },
    },
    {
      id: 'art6.provincial',
      clause: '第6条',
      quote: Q6,
      title: {
        zh: '省级（河南省）优质服务承诺标识知名服务品牌 → 50万元',
        en: 'Provincial (Henan) quality-service well-known brand → 500,000 yuan',
      },
      match: { kind: 'service_brand', level: 'provincial', region: HENAN, recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
      readings: [PROVINCIAL_HENAN],
    },
    // 第7条 示范城市（县）荣誉
    {
      id: 'art7.national',
      clause: '第7条',
      quote: Q7_NATIONAL,
      title: {
        zh: '全国质量强市示范城市、全国食品安全示范城市 → 各50万元',
        en: 'National quality / food-safety model city → 500,000 yuan each',
      },
      match: { kind: 'quality_city_honor', level: 'national', subtype: ['quality', 'food_safety'] },
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'art7.henan',
      clause: '第7条',
      quote: Q7_HENAN,
      title: {
        zh: '河南省质量强县（市、区）示范县、河南省食品安全示范县（市、区）→ 各30万元',
        en: 'Henan quality / food-safety model county (city, district) → 300,000 yuan each',
      },
      match: { kind: 'quality_city_honor', level: 'provincial', region: HENAN, subtype: ['quality', 'food_safety'] },
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
    },
    // 第8条 商标
    {
      id: 'art8.gold-award',
      clause: '第8条',
      quote: Q8_GOLD,
      title: { zh: '中国商标金奖 → 20万元', en: 'China Trademark Gold Award → 200,000 yuan' },
      match: { kind: 'trademark_honor', subtype: 'china_trademark_gold_award', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 200_000, reading: R8_GOLD },
    },
    {
      id: 'art8.well-known',
      clause: '第8条',
      quote: Q8_WELL_KNOWN,
      title: { zh: '驰名商标 → 10万元', en: 'Well-known trademark → 100,000 yuan' },
      match: { kind: 'trademark_honor', subtype: 'well_known_trademark', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000, reading: R8_WELL_KNOWN },
    },
    // ── 二、标准化 ────────────────────────────────────────────────────────────────────────────
    // 第9条 标准创新贡献奖、助力奖、创新基地
    {
      id: 'art9.award.first',
      clause: '第9条',
      quote: Q9_AWARD,
      title: {
        zh: '国家标准创新贡献奖一等奖 → 100万元',
        en: 'China Standard Innovation Contribution Award, first prize → 1,000,000 yuan',
      },
      match: { kind: 'standard_innovation_award', level: 'national', prize: 'first', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000, reading: R9_FIRST },
    },
    {
      id: 'art9.award.second',
      clause: '第9条',
      quote: Q9_AWARD,
      title: {
        zh: '国家标准创新贡献奖二等奖 → 50万元',
        en: 'China Standard Innovation Contribution Award, second prize → 500,000 yuan',
      },
      match: { kind: 'standard_innovation_award', level: 'national', prize: 'second', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'art9.award.third',
      clause: '第9条',
      quote: Q9_AWARD,
      title: {
        zh: '国家标准创新贡献奖三等奖 → 20万元',
        en: 'China Standard Innovation Contribution Award, third prize → 200,000 yuan',
      },
      match: { kind: 'standard_innovation_award', level: 'national', prize: 'third', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 200_000 },
    },
    {
      id: 'art9.assistance-award',
      clause: '第9条',
      quote: Q9_ASSISTANCE,
      title: { zh: '中国标准化助力奖 → 5万元', en: 'China Standardization Assistance Award → 50,000 yuan' },
      match: { kind: 'standardization_assistance_award', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 50_000 },
    },
    {
      id: 'art9.innovation-base',
      clause: '第9条',
      quote: Q9_BASE,
      title: {
        zh: '国家技术标准创新基地、场馆、标准验证实验室、经国家推广的标准案例 → 30万元',
        en: 'National technical standard innovation base, venue, verification laboratory or nationally promoted standard case → 300,000 yuan',
      },
      match: {
        kind: 'standard_innovation_base',
        level: 'national',
        subtype: ['base', 'venue', 'verification_lab', 'promoted_case'],
      },
      once: { ...ONCE, reading: R9_BASE_ONCE },
      amount: { type: 'fixed', yuan: 300_000 },
      readings: [R9_NATIONAL_SCOPE],
    },
    // 第10条 制（修）订标准
    {
      id: 'art10.main.international',
      clause: '第10条',
      quote: Q10_MAIN,
      title: {
        zh: '国际标准主要起草单位 → 1000万元',
        en: 'Main drafter of an international standard → 10,000,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'international', drafterRole: 'main', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 10_000_000, reading: R10_MAIN_INTERNATIONAL },
    },
    {
      id: 'art10.main.national',
      clause: '第10条',
      quote: Q10_MAIN,
      title: { zh: '国家标准主要起草单位 → 100万元', en: 'Main drafter of a national standard → 1,000,000 yuan' },
      match: { kind: 'standard_drafting', level: 'national', drafterRole: 'main', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000, reading: R10_MAIN_NATIONAL },
      readings: [R10_NATIONAL_NOT_MILITARY],
    },
    {
      id: 'art10.main.industry',
      clause: '第10条',
      quote: Q10_MAIN,
      title: { zh: '行业标准主要起草单位 → 80万元', en: 'Main drafter of an industry standard → 800,000 yuan' },
      match: { kind: 'standard_drafting', level: 'industry', drafterRole: 'main', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 800_000 },
    },
    {
      id: 'art10.main.local',
      clause: '第10条',
      quote: Q10_MAIN,
      title: { zh: '地方标准主要起草单位 → 40万元', en: 'Main drafter of a local standard → 400,000 yuan' },
      match: { kind: 'standard_drafting', level: 'local', drafterRole: 'main', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 400_000 },
      readings: [R10_LOCAL_ANY_REGION],
    },
    {
      id: 'art10.participating.international',
      clause: '第10条',
      quote: Q10_PARTICIPATING,
      title: {
        zh: '国际标准参与起草单位 → 100万元',
        en: 'Participating drafter of an international standard → 1,000,000 yuan',
      },
      match: {
        kind: 'standard_drafting',
        level: 'international',
        drafterRole: 'participating',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000, reading: R10_PARTICIPATING_INTERNATIONAL },
    },
    {
      id: 'art10.participating.national',
      clause: '第10条',
      quote: Q10_PARTICIPATING,
      title: { zh: '国家标准参与起草单位 → 80万元', en: 'Participating drafter of a national standard → 800,000 yuan' },
      match: {
        kind: 'standard_drafting',
        level: 'national',
        drafterRole: 'participating',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 800_000 },
      readings: [R10_NATIONAL_NOT_MILITARY],
    },
    {
      id: 'art10.participating.industry',
      clause: '第10条',
      quote: Q10_PARTICIPATING,
      title: {
        zh: '行业标准参与起草单位 → 60万元',
        en: 'Participating drafter of an industry standard → 600,000 yuan',
      },
      match: {
        kind: 'standard_drafting',
        level: 'industry',
        drafterRole: 'participating',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 600_000 },
    },
    {
      id: 'art10.group',
      clause: '第10条',
      quote: Q10_GROUP,
      title: {
        zh: '被政府采信或10家以上企业采用的团体标准（牵头制定单位）→ 40万元',
        en: 'Group standard adopted by government or by 10 or more enterprises (leading unit) → 400,000 yuan',
      },
      match: { kind: 'standard_drafting', level: 'group', recipientType: 'organization' },
      conditions: [
        GROUP_LEAD,
        {
          type: 'any_of',
          quote: '被政府采信或1 家以上企业采用',
          reading: R10_TEN_ENTERPRISES,
          conditions: [
            {
              type: 'fact_is',
              fact: 'adoptedByGovernment',
              value: true,
              failure: 'prerequisite_not_met',
              quote: '被政府采信',
            },
            {
              type: 'fact_at_least',
              fact: 'adoptingEnterprises',
              min: 10,
              failure: 'prerequisite_not_met',
              quote: '1 家以上企业采用',
            },
          ],
        },
      ],
      once: ONCE,
      amount: { type: 'fixed', yuan: 400_000 },
    },
    {
      id: 'art10.ip-conversion',
      clause: '第10条',
      quote: Q10_IP,
      title: {
        zh: '将自有知识产权转化为国家、行业、团体标准 → 追加20万元',
        en: 'Own intellectual property turned into a national, industry or group standard → additional 200,000 yuan',
      },
      match: { kind: 'standard_drafting', level: ['national', 'industry', 'group'], recipientType: 'organization' },
      conditions: [
        {
          type: 'fact_is',
          fact: 'convertedOwnIntellectualProperty',
          value: true,
          failure: 'prerequisite_not_met',
          quote: '将自有知识产权转化为国家、行业、团体标准',
        },
      ],
      once: ONCE,
      inAdditionTo: {
        rules: [
          'art10.main.national',
          'art10.main.industry',
          'art10.participating.national',
          'art10.participating.industry',
          'art10.group',
        ],
        quote: '一次性追加奖补20万元',
        reading: R10_IP_IN_ADDITION,
      },
      amount: { type: 'fixed', yuan: 200_000 },
      readings: [R10_NATIONAL_NOT_MILITARY],
    },
    // 第11条 标准化技术组织、服务机构
    {
      id: 'art11.international.tc',
      clause: '第11条',
      quote: Q11_INTERNATIONAL,
      title: {
        zh: '国际标准化专业技术委员会（TC）秘书处 → 100万元',
        en: 'International technical committee (TC) secretariat → 1,000,000 yuan',
      },
      match: { kind: 'standardization_body_secretariat', level: 'international', body: 'tc' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000, reading: R11_INTERNATIONAL_TC },
    },
    {
      id: 'art11.international.sc',
      clause: '第11条',
      quote: Q11_INTERNATIONAL,
      title: {
        zh: '国际标准化分技术委员会（SC）秘书处 → 50万元',
        en: 'International subcommittee (SC) secretariat → 500,000 yuan',
      },
      match: { kind: 'standardization_body_secretariat', level: 'international', body: 'sc' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'art11.international.wg',
      clause: '第11条',
      quote: Q11_INTERNATIONAL,
      title: { zh: '国际标准化工作组（WG）工作 → 30万元', en: 'International working group (WG) → 300,000 yuan' },
      match: { kind: 'standardization_body_secretariat', level: 'international', body: 'wg' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
    },
    {
      id: 'art11.national.tc',
      clause: '第11条',
      quote: Q11_NATIONAL,
      title: {
        zh: '全国专业标准化技术委员会（TC）秘书处 → 80万元',
        en: 'National technical committee (TC) secretariat → 800,000 yuan',
      },
      match: { kind: 'standardization_body_secretariat', level: 'national', body: 'tc' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 800_000 },
    },
    {
      id: 'art11.national.sc',
      clause: '第11条',
      quote: Q11_NATIONAL,
      title: {
        zh: '全国分技术委员会（SC）秘书处 → 50万元',
        en: 'National subcommittee (SC) secretariat → 500,000 yuan',
      },
      match: { kind: 'standardization_body_secretariat', level: 'national', body: 'sc' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'art11.national.wg',
      clause: '第11条',
      quote: Q11_NATIONAL,
      title: {
        zh: '全国工作组（WG，含全国标准化工作组SWG）工作 → 30万元',
        en: 'National working group (WG, incl. standardization working group SWG) → 300,000 yuan',
      },
      match: { kind: 'standardization_body_secretariat', level: 'national', body: ['wg', 'swg'] },
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
      readings: [R11_NATIONAL_SWG],
    },
    {
      id: 'art11.henan.tc',
      clause: '第11条',
      quote: Q11_HENAN,
      title: {
        zh: '河南省专业标准化技术委员会（TC）秘书处 → 20万元',
        en: 'Henan technical committee (TC) secretariat → 200,000 yuan',
      },
      match: { kind: 'standardization_body_secretariat', level: 'provincial', region: HENAN, body: 'tc' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 200_000 },
    },
    {
      id: 'art11.zhengzhou.tc',
      clause: '第11条',
      quote: Q11_ZHENGZHOU,
      title: {
        zh: '郑州市专业标准化技术委员会（TC）秘书处 → 10万元/年，连续两年',
        en: 'Zhengzhou technical committee (TC) secretariat → 100,000 yuan a year for two years',
      },
      match: { kind: 'standardization_body_secretariat', level: 'municipal', region: ZHENGZHOU, body: 'tc' },
      amount: { type: 'per_year', yuanPerYear: 100_000, years: 2, reading: R11_PER_YEAR },
    },
    {
      id: 'art11.group-standard-body',
      clause: '第11条',
      quote: Q11_GROUP_BODY,
      title: {
        zh: '组建或依托技术机构负责团体标准制定 → 10万元',
        en: 'Body set up or hosted to make group standards → 100,000 yuan',
      },
      match: { kind: 'group_standard_body' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'art11.service-agency',
      clause: '第11条',
      quote: Q11_AGENCY,
      title: {
        zh: '入驻郑州的标准化专业服务机构及分支机构 → 20万元',
        en: 'Standardization service agency or branch settled in Zhengzhou → 200,000 yuan',
      },
      match: { kind: 'standardization_service_agency' },
      conditions: [{ type: 'located_in', fact: 'registeredIn', region: ZHENGZHOU, quote: '入驻郑州' }],
      once: ONCE,
      amount: { type: 'fixed', yuan: 200_000 },
    },
    // 第12条 试点示范、科研项目、课程
    {
      id: 'art12.pilot.national',
      clause: '第12条',
      quote: Q12_PILOT,
      title: {
        zh: '承担国家级标准化试点示范项目 → 50万元',
        en: 'National standardization pilot project → 500,000 yuan',
      },
      match: { kind: 'standardization_pilot', level: 'national' },
      conditions: [PILOT_ACCEPTED],
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'art12.pilot.provincial',
      clause: '第12条',
      quote: Q12_PILOT,
      title: {
        zh: '承担省级标准化试点示范项目 → 30万元',
        en: 'Provincial standardization pilot project → 300,000 yuan',
      },
      match: { kind: 'standardization_pilot', level: 'provincial', region: HENAN },
      conditions: [PILOT_ACCEPTED],
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
      readings: [PROVINCIAL_HENAN],
    },
    {
      id: 'art12.pilot.municipal',
      clause: '第12条',
      quote: Q12_PILOT,
      title: {
        zh: '承担市级标准化试点示范项目 → 10万元',
        en: 'Municipal standardization pilot project → 100,000 yuan',
      },
      match: { kind: 'standardization_pilot', level: 'municipal', region: ZHENGZHOU },
      conditions: [PILOT_ACCEPTED],
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000 },
      readings: [R12_MUNICIPAL_ZHENGZHOU],
    },
    {
      id: 'art12.research-matching',
      clause: '第12条',
      quote: Q12_RESEARCH,
      title: {
        zh: '标准技术审查、实施评价和标准化科研项目 → 国家下拨经费1:1配套，不高于20万元',
        en: 'Standard review, evaluation or research project → 1:1 matching of state funding, at most 200,000 yuan',
      },
      match: { kind: 'standardization_research_project' },
      amount: { type: 'matching', numerator: 1, denominator: 1, of: 'stateFunding', maxYuan: 200_000 },
    },
    {
      id: 'art12.course',
      clause: '第12条',
      quote: Q12_COURSE,
      title: { zh: '设立标准化高等教育课程 → 20万元', en: 'Standardization course in higher education → 200,000 yuan' },
      match: { kind: 'standardization_course' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 200_000 },
    },
    // 第13条 地理标志、标准化良好行为
    {
      id: 'art13.gi-protected-product',
      clause: '第13条',
      quote: Q13_GI,
      title: {
        zh: '国家地理标志保护产品 → 每个产品50万元',
        en: 'National geographical-indication protected product → 500,000 yuan per product',
      },
      match: { kind: 'geographical_indication', subtype: 'protected_product' },
      once: ONCE,
      amount: { type: 'per_item', yuanEach: 500_000, unit: { zh: '每个产品', en: 'per product' } },
      readings: [R13_GI_WORDS, R13_GI_EACH],
    },
    {
      id: 'art13.gi-trademark',
      clause: '第13条',
      quote: Q13_GI,
      title: {
        zh: '注册地理标志商标 → 每件50万元',
        en: 'Registered geographical-indication trademark → 500,000 yuan per trademark',
      },
      match: { kind: 'geographical_indication', subtype: 'trademark' },
      once: ONCE,
      amount: { type: 'per_item', yuanEach: 500_000, unit: { zh: '每件商标', en: 'per trademark' } },
      readings: [R13_GI_EACH],
    },
    {
      id: 'art13.good-behavior.5a',
      clause: '第13条',
      quote: Q13_GOOD_BEHAVIOR,
      title: { zh: '5A级标准化良好行为企业 → 30万元', en: 'Standardization good-conduct enterprise 5A → 300,000 yuan' },
      match: { kind: 'standardization_good_behavior', grade: 'AAAAA', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
      readings: [R13_PUNCTUATION],
    },
    {
      id: 'art13.good-behavior.4a',
      clause: '第13条',
      quote: Q13_GOOD_BEHAVIOR,
      title: { zh: '4A级标准化良好行为企业 → 20万元', en: 'Standardization good-conduct enterprise 4A → 200,000 yuan' },
      match: { kind: 'standardization_good_behavior', grade: 'AAAA', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 200_000 },
      readings: [R13_PUNCTUATION],
    },
    {
      id: 'art13.good-behavior.3a',
      clause: '第13条',
      quote: Q13_GOOD_BEHAVIOR,
      title: { zh: '3A级标准化良好行为企业 → 10万元', en: 'Standardization good-conduct enterprise 3A → 100,000 yuan' },
      match: { kind: 'standardization_good_behavior', grade: 'AAA', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000 },
      readings: [R13_PUNCTUATION],
    },
    // 第14条 企业标准领跑者、对标达标
    {
      id: 'art14.leader.national',
      clause: '第14条',
      quote: Q14_NATIONAL,
      title: {
        zh: '国家企业标准领跑者并连续保持一年以上 → 100万元',
        en: 'National enterprise standard leader held for a year or more → 1,000,000 yuan',
      },
      match: { kind: 'enterprise_standard_leader', level: 'national', recipientType: 'organization' },
      conditions: [HELD_ONE_YEAR],
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000, reading: R14_NATIONAL },
      readings: [R14_WHICH_DATE],
    },
    {
      id: 'art14.leader.henan',
      clause: '第14条',
      quote: Q14_HENAN,
      title: {
        zh: '河南省企业标准领跑者并连续保持一年以上 → 60万元',
        en: 'Henan enterprise standard leader held for a year or more → 600,000 yuan',
      },
      match: { kind: 'enterprise_standard_leader', level: 'provincial', region: HENAN, recipientType: 'organization' },
      conditions: [HELD_ONE_YEAR],
      once: ONCE,
      amount: { type: 'fixed', yuan: 600_000 },
      readings: [R14_WHICH_DATE],
    },
    {
      id: 'art14.leader.zhengzhou',
      clause: '第14条',
      quote: Q14_ZHENGZHOU,
      title: {
        zh: '郑州市企业标准领跑者并连续保持一年以上 → 40万元',
        en: 'Zhengzhou enterprise standard leader held for a year or more → 400,000 yuan',
      },
      match: {
        kind: 'enterprise_standard_leader',
        level: 'municipal',
        region: ZHENGZHOU,
        recipientType: 'organization',
      },
      conditions: [HELD_ONE_YEAR],
      once: ONCE,
      amount: { type: 'fixed', yuan: 400_000 },
      readings: [R14_WHICH_DATE],
    },
    {
      id: 'art14.benchmarking',
      clause: '第14条',
      quote: Q14_BENCHMARKING,
      title: { zh: '参与对标达标行动 → 每个产品5万元', en: 'Benchmarking action → 50,000 yuan per product' },
      match: { kind: 'benchmarking_action', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'per_item', yuanEach: 50_000, unit: { zh: '每参与一个产品', en: 'per product taking part' } },
    },
    // ── 三、计量 ──────────────────────────────────────────────────────────────────────────────
    // 第15条 产业计量测试中心
    {
      id: 'art15.national',
      clause: '第15条',
      quote: Q15_NATIONAL,
      title: { zh: '国家产业计量测试中心 → 50万元', en: 'National industrial metrology testing center → 500,000 yuan' },
      match: { kind: 'industrial_metrology_center', level: 'national', recipientType: 'organization' },
      conditions: [
        {
          type: 'fact_in',
          fact: 'stage',
          values: ['accepted'],
          failure: 'prerequisite_not_met',
          quote: '获得国家产业计量测试中心',
          reading: R15_CENTER_ACCEPTED,
        },
      ],
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
      readings: [R15_OTHER_PLATFORMS],
    },
    {
      id: 'art15.provincial',
      clause: '第15条',
      quote: Q15_PROVINCIAL,
      title: {
        zh: '省级（河南省）产业计量测试中心 → 20万元',
        en: 'Provincial (Henan) industrial metrology testing center → 200,000 yuan',
      },
      match: { kind: 'industrial_metrology_center', level: 'provincial', region: HENAN, recipientType: 'organization' },
      conditions: [
        {
          type: 'fact_in',
          fact: 'stage',
          values: ['accepted'],
          failure: 'prerequisite_not_met',
          quote: '获得省级产业计量测试中心',
          reading: R15_CENTER_ACCEPTED,
        },
      ],
      once: ONCE,
      amount: { type: 'fixed', yuan: 200_000 },
      readings: [PROVINCIAL_HENAN],
    },
    // 第16条 计量技术组织落户
    {
      id: 'art16.international',
      clause: '第16条',
      quote: Q16,
      title: {
        zh: '国际性计量技术组织落户郑州 → 100万元',
        en: 'International metrology organization settling in Zhengzhou → 1,000,000 yuan',
      },
      match: { kind: 'metrology_organization_settlement', level: 'international' },
      conditions: [{ type: 'located_in', fact: 'registeredIn', region: ZHENGZHOU, quote: '落户郑州' }],
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000, reading: R16_INTERNATIONAL },
    },
    {
      id: 'art16.national',
      clause: '第16条',
      quote: Q16,
      title: {
        zh: '国家计量专业技术委员会落户郑州 → 50万元',
        en: 'National metrology technical committee settling in Zhengzhou → 500,000 yuan',
      },
      match: { kind: 'metrology_organization_settlement', level: 'national' },
      conditions: [{ type: 'located_in', fact: 'registeredIn', region: ZHENGZHOU, quote: '落户郑州' }],
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    // 第17条 计量技术法规起草者（前三位）
    {
      id: 'art17.international.rank1',
      clause: '第17条',
      quote: Q17_INTERNATIONAL,
      title: {
        zh: '国际计量技术法规和国际建议主要起草者第一位 → 100万元',
        en: 'International metrology regulation or recommendation adopted, first drafter → 1,000,000 yuan',
      },
      match: { kind: 'metrology_regulation_drafting', level: 'international', drafterRole: 'main' },
      conditions: [RANK_1],
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000, reading: R17_INTERNATIONAL_FIRST },
      readings: [R17_INTERNATIONAL_ADOPTED],
    },
    {
      id: 'art17.international.rank2',
      clause: '第17条',
      quote: Q17_INTERNATIONAL,
      title: {
        zh: '国际计量技术法规和国际建议主要起草者第二位 → 80万元',
        en: 'International metrology regulation or recommendation adopted, second drafter → 800,000 yuan',
      },
      match: { kind: 'metrology_regulation_drafting', level: 'international', drafterRole: 'main' },
      conditions: [RANK_2],
      once: ONCE,
      amount: { type: 'fixed', yuan: 800_000 },
      readings: [R17_INTERNATIONAL_ADOPTED],
    },
    {
      id: 'art17.international.rank3',
      clause: '第17条',
      quote: Q17_INTERNATIONAL,
      title: {
        zh: '国际计量技术法规和国际建议主要起草者第三位 → 60万元',
        en: 'International metrology regulation or recommendation adopted, third drafter → 600,000 yuan',
      },
      match: { kind: 'metrology_regulation_drafting', level: 'international', drafterRole: 'main' },
      conditions: [RANK_3],
      once: ONCE,
      amount: { type: 'fixed', yuan: 600_000 },
      readings: [R17_INTERNATIONAL_ADOPTED],
    },
    {
      id: 'art17.national.rank1',
      clause: '第17条',
      quote: Q17_NATIONAL,
      title: {
        zh: '国家计量技术法规主导起草者第一位 → 30万元',
        en: 'National metrology regulation, first leading drafter → 300,000 yuan',
      },
      match: { kind: 'metrology_regulation_drafting', level: 'national', drafterRole: 'main' },
      conditions: [RANK_1],
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000, reading: R17_NATIONAL },
    },
    {
      id: 'art17.national.rank2',
      clause: '第17条',
      quote: Q17_NATIONAL,
      title: {
        zh: '国家计量技术法规主导起草者第二位 → 20万元',
        en: 'National metrology regulation, second leading drafter → 200,000 yuan',
      },
      match: { kind: 'metrology_regulation_drafting', level: 'national', drafterRole: 'main' },
      conditions: [RANK_2],
      once: ONCE,
      amount: { type: 'fixed', yuan: 200_000, reading: R17_NATIONAL },
    },
    {
      id: 'art17.national.rank3',
      clause: '第17条',
      quote: Q17_NATIONAL,
      title: {
        zh: '国家计量技术法规主导起草者第三位 → 10万元',
        en: 'National metrology regulation, third leading drafter → 100,000 yuan',
      },
      match: { kind: 'metrology_regulation_drafting', level: 'national', drafterRole: 'main' },
      conditions: [RANK_3],
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000, reading: R17_NATIONAL },
    },
    {
      id: 'art17.local.rank1',
      clause: '第17条',
      quote: Q17_LOCAL,
      title: {
        zh: '地方计量技术法规主要起草者第一位 → 5万元',
        en: 'Local metrology regulation, first drafter → 50,000 yuan',
      },
      match: { kind: 'metrology_regulation_drafting', level: 'local', drafterRole: 'main' },
      conditions: [RANK_1],
      amount: { type: 'fixed', yuan: 50_000 },
      readings: [R17_LOCAL_ANY_REGION],
    },
    {
      id: 'art17.local.rank2',
      clause: '第17条',
      quote: Q17_LOCAL,
      title: {
        zh: '地方计量技术法规主要起草者第二位 → 3万元',
        en: 'Local metrology regulation, second drafter → 30,000 yuan',
      },
      match: { kind: 'metrology_regulation_drafting', level: 'local', drafterRole: 'main' },
      conditions: [RANK_2],
      amount: { type: 'fixed', yuan: 30_000 },
      readings: [R17_LOCAL_ANY_REGION],
    },
    {
      id: 'art17.local.rank3',
      clause: '第17条',
      quote: Q17_LOCAL,
      title: {
        zh: '地方计量技术法规主要起草者第三位 → 2万元',
        en: 'Local metrology regulation, third drafter → 20,000 yuan',
      },
      match: { kind: 'metrology_regulation_drafting', level: 'local', drafterRole: 'main' },
      conditions: [RANK_3],
      amount: { type: 'fixed', yuan: 20_000 },
      readings: [R17_LOCAL_ANY_REGION],
    },
    // 第18条 测量管理体系认证
    {
      id: 'art18.aaa',
      clause: '第18条',
      quote: Q18,
      title: {
        zh: '测量管理体系认证（涵盖能源计量）AAA级 → 10万元',
        en: 'Measurement management certification (covering energy metrology) AAA → 100,000 yuan',
      },
      match: { kind: 'measurement_management_certification', grade: 'AAA', recipientType: 'organization' },
      conditions: [MEASUREMENT_INITIAL],
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000 },
      readings: [R18_ENERGY_SCOPE],
    },
    {
      id: 'art18.aa',
      clause: '第18条',
      quote: Q18,
      title: {
        zh: '测量管理体系认证（涵盖能源计量）AA级 → 5万元',
        en: 'Measurement management certification (covering energy metrology) AA → 50,000 yuan',
      },
      match: { kind: 'measurement_management_certification', grade: 'AA', recipientType: 'organization' },
      conditions: [MEASUREMENT_INITIAL],
      once: ONCE,
      amount: { type: 'fixed', yuan: 50_000 },
      readings: [R18_ENERGY_SCOPE],
    },
    {
      id: 'art18.a',
      clause: '第18条',
      quote: Q18,
      title: {
        zh: '测量管理体系认证（涵盖能源计量）A级 → 3万元',
        en: 'Measurement management certification (covering energy metrology) A → 30,000 yuan',
      },
      match: { kind: 'measurement_management_certification', grade: 'A', recipientType: 'organization' },
      conditions: [MEASUREMENT_INITIAL],
      once: ONCE,
      amount: { type: 'fixed', yuan: 30_000 },
      readings: [R18_ENERGY_SCOPE],
    },
    // ── 四、检验检测 ──────────────────────────────────────────────────────────────────────────
    {
      id: 'art19.demonstration-zone',
      clause: '第19条',
      quote: Q19,
      title: {
        zh: '国家级检验检测认证公共服务平台示范区 → 50万元',
        en: 'National inspection and certification service platform demonstration zone → 500,000 yuan',
      },
      match: { kind: 'inspection_demonstration_zone', level: 'national' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
    {
      id: 'art20.national',
      clause: '第20条',
      quote: Q20,
      title: {
        zh: '建成国家级检验检测机构 → 100万元',
        en: 'National inspection and testing institution built → 1,000,000 yuan',
      },
      match: { kind: 'inspection_center', level: 'national' },
      conditions: [INSPECTION_BUILT],
      once: ONCE,
      amount: { type: 'fixed', yuan: 1_000_000 },
    },
    {
      id: 'art20.provincial',
      clause: '第20条',
      quote: Q20,
      title: {
        zh: '建成省级（河南省）检验检测机构 → 50万元',
        en: 'Provincial (Henan) inspection and testing institution built → 500,000 yuan',
      },
      match: { kind: 'inspection_center', level: 'provincial', region: HENAN },
      conditions: [INSPECTION_BUILT],
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
      readings: [PROVINCIAL_HENAN],
    },
    {
      id: 'art21.cnas',
      clause: '第21条',
      quote: Q21_CNAS,
      title: {
        zh: '首次通过CNAS认可的实验室 → 10万元',
        en: 'Laboratory first accredited by CNAS → 100,000 yuan',
      },
      match: { kind: 'laboratory_accreditation' },
      conditions: [
        {
          type: 'fact_in',
          fact: 'cycle',
          values: ['initial'],
          failure: 'prerequisite_not_met',
          quote: Q21_CNAS,
          reading: R21_CNAS_INITIAL,
        },
      ],
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'art21.ccc-laboratory',
      clause: '第21条',
      quote: Q21_CCC,
      title: {
        zh: '强制性产品认证指定实验室 → 每类产品10万元',
        en: 'CCC designated laboratory → 100,000 yuan per product class',
      },
      match: { kind: 'ccc_designated_laboratory' },
      amount: { type: 'per_item', yuanEach: 100_000, unit: { zh: '每类产品', en: 'per product class' } },
    },
    {
      id: 'art21.mutual-recognition',
      clause: '第21条',
      quote: Q21_MUTUAL,
      title: {
        zh: '签署国际知名技术机构间检测结果互认 → 20万元',
        en: 'International mutual recognition of test results signed → 200,000 yuan',
      },
      match: { kind: 'mutual_recognition_agreement' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 200_000 },
    },
    // ── 五、认证管理 ──────────────────────────────────────────────────────────────────────────
    {
      id: 'art22.incubation-base',
      clause: '第22条',
      quote: Q22_BASE,
      title: { zh: '卓越绩效管理孵化基地 → 30万元', en: 'Performance excellence incubation base → 300,000 yuan' },
      match: {
        kind: 'quality_management_incubation_base',
        subtype: 'excellence_performance',
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
    },
    {
      id: 'art22.management-software',
      clause: '第22条',
      quote: Q22_SOFTWARE,
      title: {
        zh: '自主研发管理软件获著作权或专利权并实施 → 30万元',
        en: 'Self-developed management software with copyright or patent, in use → 300,000 yuan',
      },
      match: { kind: 'management_software', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
    },
    {
      id: 'art22.excellence',
      clause: '第22条',
      quote: Q22_EXCELLENCE,
      title: {
        zh: '导入卓越绩效管理模式并经认定有效实施 → 10万元',
        en: 'Performance excellence model implemented effectively → 100,000 yuan',
      },
      match: { kind: 'excellence_performance', subtype: 'effective_implementation', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'art23.energy-low-carbon',
      clause: '第23条',
      quote: Q23_ENERGY,
      title: {
        zh: '节能产品、低碳产品认证 → 每家企业一次10万元',
        en: 'Energy-saving or low-carbon product certification → 100,000 yuan once per enterprise',
      },
      match: {
        kind: 'energy_certification',
        subtype: ['energy_saving_product', 'low_carbon_product'],
        recipientType: 'organization',
      },
      once: { ...ONCE, reading: R23_ENERGY_ONCE },
      amount: { type: 'fixed', yuan: 100_000 },
    },
    {
      id: 'art23.high-end',
      clause: '第23条',
      quote: Q23_HIGH_END,
      title: {
        zh: '高端产品服务认证（机器人、物联网、城市轨道交通装备等）→ 每家企业一次20万元',
        en: 'High-end product or service certification (robots, IoT, urban rail equipment …) → 200,000 yuan once per enterprise',
      },
      match: { kind: 'high_end_certification', subtype: 'product_service', recipientType: 'organization' },
      once: { ...ONCE, reading: R23_HIGH_END_ONCE },
      amount: { type: 'fixed', yuan: 200_000 },
    },
    {
      id: 'art23.energy-management',
      clause: '第23条',
      quote: Q23_ENERGY_MANAGEMENT,
      title: { zh: '能源管理体系认证 → 30万元', en: 'Energy management system certification → 300,000 yuan' },
      match: { kind: 'energy_certification', subtype: 'energy_management_system', recipientType: 'organization' },
      conditions: [
        {
          type: 'fact_in',
          fact: 'cycle',
          values: ['initial'],
          failure: 'prerequisite_not_met',
          quote: '获得能源管理体系认证',
          reading: R23_ENERGY_MANAGEMENT_INITIAL,
        },
      ],
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
    },
    {
      id: 'art23.generic-drug',
      clause: '第23条',
      quote: Q23_GENERIC,
      title: {
        zh: '通过仿制药一致性评价 → 每个品种200万元',
        en: 'Generic drug consistency evaluation passed → 2,000,000 yuan per variety',
      },
      match: { kind: 'generic_drug_consistency_evaluation' },
      once: ONCE,
      amount: {
        type: 'per_item',
        yuanEach: 2_000_000,
        unit: { zh: '每个医药品种', en: 'per drug variety' },
        reading: R23_GENERIC,
      },
      readings: [R23_GENERIC_PER_VARIETY],
    },
    {
      id: 'art23.food.industry',
      clause: '第23条',
      quote: Q23_FOOD_INDUSTRY,
      title: {
        zh: '食品工业企业（规模以上除外）通过HACCP、ISO 22000、诚信管理体系认证 → 50万元',
        en: 'Food industry enterprise (not above designated size) certified HACCP, ISO 22000 or integrity management → 500,000 yuan',
      },
      match: { kind: 'food_safety_certification', sector: 'food_industry', recipientType: 'organization' },
      conditions: [
        {
          type: 'fact_is',
          fact: 'aboveDesignatedSize',
          value: false,
          failure: 'excluded_by_clause',
          quote: '（规模以上企业除外）',
        },
      ],
      once: { ...ONCE, quote: '分别给予30万元的一次性奖励' },
      amount: { type: 'fixed', yuan: 500_000, reading: R23_FOOD_INDUSTRY },
      readings: [R23_STANDARD_NAMES, R23_FOOD_EACH],
    },
    {
      id: 'art23.food.catering-trade-related',
      clause: '第23条',
      quote: Q23_FOOD_OTHER,
      title: {
        zh: '餐饮企业、食品批发和零售、食品相关产品生产企业通过上述认证 → 30万元',
        en: 'Catering, food wholesale/retail or food-related product maker with such a certification → 300,000 yuan',
      },
      match: {
        kind: 'food_safety_certification',
        sector: ['catering', 'food_wholesale_retail', 'food_related_products'],
        recipientType: 'organization',
      },
      once: ONCE,
      amount: { type: 'fixed', yuan: 300_000 },
      readings: [R23_STANDARD_NAMES, R23_FOOD_EACH, R23_SIZE_EXCLUSION_SCOPE],
    },
    {
      id: 'art24.international-certification',
      clause: '第24条',
      quote: Q24,
      title: {
        zh: '药品、医疗器械生产经营企业通过美国、欧盟及其他国际组织认证 → 50万元',
        en: 'Drug or device maker or trader certified by the US, EU or another international body → 500,000 yuan',
      },
      match: { kind: 'international_drug_device_certification', recipientType: 'organization' },
      once: ONCE,
      amount: { type: 'fixed', yuan: 500_000 },
    },
  ],
  stacking: [
    {
      type: 'cumulative_cap',
      id: 'zhengzhou.art5.sales-cap',
      clause: '第5条',
      quote: Q5_SALES_CAP,
      rules: ['art5.industrialization-sales'],
      capYuan: 500_000,
      period: { type: 'years_from_first', years: 3 },
      reading: R5_THREE_YEARS,
    },
    {
      type: 'cumulative_cap',
      id: 'zhengzhou.art5.exclusive-cap',
      clause: '第5条',
      quote: Q5_EXCLUSIVE_CAP,
      rules: ['art5.exclusive-variety'],
      capYuan: 500_000,
      period: { type: 'ever' },
      reading: R5_EXCLUSIVE_PERIOD,
    },
  ],
} satisfies PolicyInput;
