import type { Vocabulary } from '../src/schema/kinds.js';

/**
 * The achievement vocabulary: every kind of achievement the encoded policies reward, named once for
 * all jurisdictions. An achievement is described by its kind plus shared facts (level, region, prize,
 * grade, rank …); a kind's subtypes name variants that only some clauses distinguish.
 */
export const vocabulary = [
  {
    kind: 'government_quality_award',
    label: { zh: '政府质量奖', en: 'Government quality award' },
    description: {
      zh: '中国质量奖（level national）、省政府/省长质量奖（provincial + region）、市政府/市长质量奖（municipal + region）、区政府质量奖（district + region）；prize: award 获奖 / nomination 提名奖 / first…third 等次',
      en: 'China Quality Award (national), provincial, municipal (mayor) and district government quality awards, with region; prize: award, nomination, or first–third grade',
    },
  },
  {
    kind: 'quality_gold_award',
    label: { zh: '质量金奖', en: 'Quality gold award' },
    description: {
      zh: '上海市质量金奖（municipal, region 310000）',
      en: 'Shanghai Quality Gold Award (municipal, region 310000)',
    },
  },
  {
    kind: 'quality_management_innovation_award',
    label: { zh: '质量管理创新奖', en: 'Quality management innovation award' },
    description: {
      zh: '浙江省政府质量管理创新奖（provincial, region 330000）',
      en: 'Zhejiang provincial quality management innovation award',
    },
  },
  {
    kind: 'key_product_quality_breakthrough_award',
    label: { zh: '重点产品质量攻关成果奖', en: 'Key product quality breakthrough award' },
    description: {
      zh: '上海市重点产品质量振兴攻关成果奖，prize first/second/third',
      en: 'Shanghai key product quality breakthrough achievement award, prize first/second/third',
    },
  },
  {
    kind: 'chief_quality_officer_certificate',
    label: { zh: '首席质量官任职资格', en: 'Chief quality officer qualification' },
    description: {
      zh: '个人获得首席质量官任职资格证书并被企业聘任',
      en: 'An individual obtains the chief quality officer certificate and is hired',
    },
  },
  {
    kind: 'regional_brand_certification',
    label: { zh: '区域品牌认证', en: 'Regional brand certification' },
    description: {
      zh: '“上海品牌”认证、“品字标”（浙江制造）证书；cycle initial 首次 / renewal 复评',
      en: '"Shanghai Brand" certification, "Pinzibiao" (Made in Zhejiang) certificate; cycle initial/renewal',
    },
    subtypes: [
      { subtype: 'shanghai_brand', label: { zh: '“上海品牌”认证', en: 'Shanghai Brand certification' } },
      {
        subtype: 'pinzibiao_certificate',
        label: { zh: '“品字标”认证证书', en: 'Pinzibiao certificate by certification' },
      },
      {
        subtype: 'pinzibiao_self_declaration',
        label: { zh: '以自我声明获得“品字标”证书', en: 'Pinzibiao certificate by self-declaration' },
      },
      { subtype: 'shenzhen_pin', label: { zh: '“圳品”', en: '"Shenzhen Pin" designation' } },
      { subtype: 'shenzhen_standard', label: { zh: '“深圳标准认证”', en: '"Shenzhen Standard" certification' } },
    ],
  },
  {
    kind: 'quality_brand_demonstration_zone',
    label: { zh: '质量品牌提升示范区', en: 'Quality brand improvement demonstration zone' },
    description: {
      zh: '全国/国家级、省级、市级质量（品牌）提升示范区（项目）',
      en: 'National, provincial or municipal quality (brand) improvement demonstration zone or project',
    },
  },
  {
    kind: 'standard_drafting',
    label: { zh: '制（修）订标准', en: 'Drafting a standard' },
    description: {
      zh: '制（修）订并发布的标准：level international/national/industry/local/group/enterprise；rank 起草单位排名（1 = 第一起草单位）；drafterRole main 主要/主导 / participating 参与；region 地方标准的发布地',
      en: 'A published standard the recipient drafted: level; rank among drafting units (1 = first drafter); drafterRole; region of a local standard',
    },
    subtypes: [
      { subtype: 'zhejiang_made', label: { zh: '“浙江制造”标准', en: '"Made in Zhejiang" standard' } },
      { subtype: 'military', label: { zh: '国家军用标准', en: 'National military standard' } },
      {
        subtype: 'general',
        label: {
          zh: '一般标准（非“浙江制造”、非军用）',
          en: 'Ordinary standard (neither Made in Zhejiang nor military)',
        },
      },
    ],
  },
  {
    kind: 'shanghai_standard',
    label: { zh: '“上海标准”', en: '"Shanghai Standard" designation' },
    description: {
      zh: '地方标准、团体标准、企业标准获评“上海标准”；level local/group/enterprise；rank',
      en: 'A local, group or enterprise standard designated "Shanghai Standard"',
    },
  },
  {
    kind: 'standardization_pilot',
    label: { zh: '标准化试点（示范）项目', en: 'Standardization pilot (demonstration) project' },
    description: {
      zh: '国家级、省级、市级标准化示范（试点）项目；stage accepted 通过验收；result 考核结果',
      en: 'National, provincial or municipal standardization pilot; stage accepted; result of assessment',
    },
  },
  {
    kind: 'standardization_research_project',
    label: { zh: '标准化科研项目', en: 'Standardization research project' },
    description: {
      zh: '标准化科研项目、标准技术审查、实施评价项目；stage accepted 结题验收合格',
      en: 'Standardization research, technical review or evaluation project; stage accepted',
    },
  },
  {
    kind: 'standardization_body_secretariat',
    label: { zh: '承担标准化技术组织秘书处', en: 'Secretariat of a standardization body' },
    description: {
      zh: '承担专业标准化技术委员会/分委会/工作组等秘书处或工作；level international/national/provincial/municipal；body tc/sc/wg/swg/rg',
      en: 'Holding the secretariat of a technical committee, subcommittee, working group …; level; body',
    },
  },
  {
    kind: 'standard_innovation_award',
    label: { zh: '标准创新贡献奖', en: 'Standard innovation contribution award' },
    description: {
      zh: '中国标准创新贡献奖（national）、省/市标准（创新）贡献奖；prize first/second/third/major_contribution/excellent_contribution/award',
      en: 'China Standard Innovation Contribution Award (national), provincial and municipal standard awards; prize',
    },
  },
  {
    kind: 'standardization_good_behavior',
    label: { zh: '标准化良好行为企业', en: 'Standardization good-conduct enterprise' },
    description: {
      zh: '标准化良好行为企业；grade AAAAA(5A)/AAAA(4A)/AAA(3A)/AA/A',
      en: 'Standardization good-conduct enterprise; grade AAAAA (5A) … A',
    },
  },
  {
    kind: 'geographical_indication',
    label: { zh: '地理标志', en: 'Geographical indication' },
    description: {
      zh: '地理标志产品保护、农产品地理标志登记、地理标志商标；count 项数',
      en: 'Geographical indication product protection, agricultural product GI registration, GI trademark; count',
    },
    subtypes: [
      { subtype: 'protected_product', label: { zh: '地理标志保护产品', en: 'GI protected product' } },
      { subtype: 'agricultural_product', label: { zh: '农产品地理标志', en: 'Agricultural product GI' } },
      { subtype: 'trademark', label: { zh: '地理标志商标', en: 'GI trademark' } },
    ],
  },
  {
    kind: 'laboratory_accreditation',
    label: { zh: '实验室认可（CNAS）', en: 'Laboratory accreditation (CNAS)' },
    description: {
      zh: '通过中国合格评定国家认可委员会（CNAS）实验室认可，即国家实验室认可',
      en: 'Laboratory accredited by CNAS (national laboratory accreditation)',
    },
  },
  {
    kind: 'international_accreditation',
    label: { zh: '国际知名认可', en: 'International accreditation' },
    description: { zh: '获得 A2LA、NVLAP、UKAS 等知名国际认可', en: 'Accreditation by A2LA, NVLAP, UKAS or similar' },
  },
  {
    kind: 'measurement_management_certification',
    label: { zh: '测量管理体系认证', en: 'Measurement management system certification' },
    description: {
      zh: '测量管理体系认证（ISO 10012）；cycle initial 首次认证 / renewal 复评审；firstTime；grade AAA/AA/A',
      en: 'Measurement management system certification (ISO 10012); cycle; firstTime; grade',
    },
  },
  {
    kind: 'energy_certification',
    label: { zh: '节能低碳与能源管理认证', en: 'Energy-saving, low-carbon and energy management certification' },
    description: {
      zh: '节能产品认证、低碳产品认证、能源管理体系认证',
      en: 'Energy-saving product, low-carbon product or energy management system certification',
    },
    subtypes: [
      { subtype: 'energy_saving_product', label: { zh: '节能产品认证', en: 'Energy-saving product certification' } },
      { subtype: 'low_carbon_product', label: { zh: '低碳产品认证', en: 'Low-carbon product certification' } },
      {
        subtype: 'energy_management_system',
        label: { zh: '能源管理体系认证', en: 'Energy management system certification' },
      },
    ],
  },
  {
    kind: 'industrial_metrology_center',
    label: { zh: '产业计量测试中心', en: 'Industrial metrology testing center' },
    description: {
      zh: '国家级、省级、市级产业计量测试中心；stage approved 获批筹建 / accepted 验收批准建立',
      en: 'National, provincial or municipal industrial metrology testing center; stage approved/accepted',
    },
  },
  {
    kind: 'key_project',
    label: { zh: '重点项目', en: 'Key project' },
    description: {
      zh: '聚焦重点领域或对产业转型发展具有较大影响力的重点项目（一事一议）',
      en: 'A key project of major influence (decided case by case)',
    },
  },
  {
    kind: 'quality_education_base',
    label: { zh: '中小学质量教育社会实践基地', en: 'School quality-education practice base' },
    description: {
      zh: '国家、省级中小学质量教育社会实践基地',
      en: 'National or provincial quality-education practice base for schools',
    },
  },
  {
    kind: 'patent_award',
    label: { zh: '专利奖', en: 'Patent award' },
    description: {
      zh: '中国专利金奖/银奖/优秀奖（national, prize gold/silver/excellence）、中国专利奖优秀组织奖（national, subtype organization_award, prize award：无等次，以 award 与金/银/优秀奖区分）、省专利奖特等/一等/二等奖（provincial + region, prize special/first/second）',
      en: 'China Patent Award gold/silver/excellence, its organization award (subtype organization_award, prize award: ungraded), provincial patent awards',
    },
    subtypes: [
      {
        subtype: 'organization_award',
        label: { zh: '专利奖优秀组织奖', en: 'Patent award for excellent organization' },
      },
    ],
  },
  {
    kind: 'drug_approval',
    label: { zh: '药品医疗器械批件与证书', en: 'Drug and device approval' },
    description: {
      zh: '临床试验批件、生产批件、医疗器械注册证书、新兽药证书；inListedCategory 是否属于条款所列类别',
      en: 'Clinical trial or production approval, device registration, new veterinary drug certificate',
    },
    subtypes: [
      { subtype: 'clinical_trial_approval', label: { zh: '临床试验批件', en: 'Clinical trial approval' } },
      { subtype: 'production_approval', label: { zh: '生产批件', en: 'Production approval' } },
      { subtype: 'medical_device_registration', label: { zh: '医疗器械注册证书', en: 'Medical device registration' } },
      { subtype: 'veterinary_drug_certificate', label: { zh: '新兽药证书', en: 'New veterinary drug certificate' } },
    ],
  },
  {
    kind: 'industrialized_product_sales',
    label: { zh: '产品产业化销售', en: 'Sales of an industrialized product' },
    description: {
      zh: '获批产品在本地实现产业化后的年销售收入（annualSalesRevenue）；obtainedOn 为该销售年度的认定日',
      en: 'Annual sales revenue of an approved product industrialized locally',
    },
  },
  {
    kind: 'essential_drug_listing',
    label: { zh: '进入基本药物/医保目录的独家品种', en: 'Exclusive drug entering national lists' },
    description: {
      zh: '新进入《国家基本药物目录》《国家基本医疗保险和工伤保险药品目录》的独家品种或独家剂型；count 产品数',
      en: 'Exclusive variety or dosage form newly entering the national essential drug or insurance list; count',
    },
  },
  {
    kind: 'service_brand',
    label: { zh: '优质服务承诺标识知名服务品牌', en: 'Well-known service brand' },
    description: {
      zh: '国家级、省级优质服务承诺标识知名服务品牌',
      en: 'National or provincial quality-service well-known brand',
    },
  },
  {
    kind: 'quality_city_honor',
    label: { zh: '质量强市/食品安全示范城市荣誉', en: 'Quality or food-safety model city honor' },
    description: {
      zh: '全国质量强市示范城市、全国食品安全示范城市（national）；省质量强县、食品安全示范县（provincial）',
      en: 'National quality/food-safety model city, provincial model county',
    },
    subtypes: [
      { subtype: 'quality', label: { zh: '质量强市（县）示范', en: 'Quality model city/county' } },
      { subtype: 'food_safety', label: { zh: '食品安全示范', en: 'Food-safety model city/county' } },
    ],
  },
  {
    kind: 'trademark_honor',
    label: { zh: '商标荣誉', en: 'Trademark honor' },
    description: {
      zh: '中国商标金奖、驰名商标',
      en: 'China Trademark Gold Award, well-known trademark',
    },
    subtypes: [
      { subtype: 'china_trademark_gold_award', label: { zh: '中国商标金奖', en: 'China Trademark Gold Award' } },
      { subtype: 'well_known_trademark', label: { zh: '驰名商标', en: 'Well-known trademark' } },
    ],
  },
  {
    kind: 'standardization_assistance_award',
    label: { zh: '中国标准化助力奖', en: 'China standardization assistance award' },
    description: {
      zh: '获得中国标准化助力奖',
      en: 'China Standardization Assistance Award',
    },
  },
  {
    kind: 'standard_innovation_base',
    label: { zh: '国家技术标准创新基地等', en: 'National technical standard innovation base and the like' },
    description: {
      zh: '国家技术标准创新基地、场馆、标准验证实验室、经国家推广的标准案例；stage accepted 通过验收批准成立',
      en: 'National technical standard innovation base, venue, verification lab, nationally promoted standard case',
    },
    subtypes: [
      { subtype: 'base', label: { zh: '国家技术标准创新基地', en: 'Innovation base' } },
      { subtype: 'venue', label: { zh: '场馆', en: 'Venue' } },
      { subtype: 'verification_lab', label: { zh: '标准验证实验室', en: 'Standard verification laboratory' } },
      { subtype: 'promoted_case', label: { zh: '经国家推广的标准案例', en: 'Nationally promoted standard case' } },
    ],
  },
  {
    kind: 'group_standard_body',
    label: { zh: '团体标准制定机构', en: 'Group-standard body' },
    description: {
      zh: '组建或依托相关技术机构负责团体标准制定工作',
      en: 'Setting up or hosting a body that makes group standards',
    },
  },
  {
    kind: 'standardization_service_agency',
    label: { zh: '标准化专业服务机构', en: 'Standardization service agency' },
    description: {
      zh: '标准化专业服务机构及分支机构入驻并有效服务标准化工作',
      en: 'A standardization service agency or branch settling in and serving',
    },
  },
  {
    kind: 'standardization_course',
    label: { zh: '标准化高等教育课程', en: 'Standardization course in higher education' },
    description: {
      zh: '设立标准化高等教育课程',
      en: 'Establishing a standardization course in higher education',
    },
  },
  {
    kind: 'enterprise_standard_leader',
    label: { zh: '企业标准领跑者', en: 'Enterprise standard leader' },
    description: {
      zh: '国家、省、市企业标准领跑者；consecutiveYearsHeld 连续保持年数',
      en: 'National, provincial or municipal enterprise standard leader; consecutiveYearsHeld',
    },
  },
  {
    kind: 'benchmarking_action',
    label: { zh: '对标达标行动', en: 'Benchmarking action' },
    description: {
      zh: '参与对标达标行动；count 产品数',
      en: 'Taking part in the benchmarking action; count of products',
    },
  },
  {
    kind: 'metrology_organization_settlement',
    label: { zh: '计量技术组织落户', en: 'Metrology body settling in' },
    description: {
      zh: '国际性计量技术组织（international）、国家计量专业技术委员会（national）落户',
      en: 'An international metrology organization or national metrology committee settling in',
    },
  },
  {
    kind: 'metrology_regulation_drafting',
    label: { zh: '制（修）订计量技术法规', en: 'Drafting metrology regulations' },
    description: {
      zh: '国际计量技术法规和国际建议（international）、国家（national）、地方（local）计量技术法规、计量检定规程与技术规范的制（修）订；rank 起草者排名',
      en: 'Drafting international recommendations, national or local metrology regulations; rank',
    },
  },
  {
    kind: 'metrology_body_work',
    label: { zh: '承担计量技术专业机构工作', en: 'Work in a metrology technical body' },
    description: {
      zh: '承担国际国内计量技术专业机构（TC、SC）工作',
      en: 'Work in an international or national metrology technical committee (TC, SC)',
    },
  },
  {
    kind: 'metrology_demonstration',
    label: { zh: '计量示范和标杆', en: 'Metrology demonstration or benchmark' },
    description: {
      zh: '获评全国能源资源、工业计量等示范和标杆',
      en: 'Rated a national energy, industrial metrology … demonstration or benchmark',
    },
  },
  {
    kind: 'public_measurement_standard',
    label: { zh: '社会公用计量标准', en: 'Public measurement standard' },
    description: {
      zh: '新建市级社会公用计量标准',
      en: 'New municipal public measurement standard',
    },
  },
  {
    kind: 'inspection_demonstration_zone',
    label: { zh: '检验检测认证公共服务平台示范区', en: 'Inspection and certification service demonstration zone' },
    description: {
      zh: '国家级检验检测认证公共服务平台示范区',
      en: 'National inspection, testing and certification public service platform demonstration zone',
    },
  },
  {
    kind: 'inspection_center',
    label: { zh: '检验检测机构（质检中心）', en: 'Inspection and testing center' },
    description: {
      zh: '国家级、省级检验检测机构、产品质量检验检测中心；stage accepted 通过验收',
      en: 'National or provincial inspection and testing institution or product quality inspection center',
    },
  },
  {
    kind: 'key_testing_laboratory',
    label: { zh: '重点检测实验室', en: 'Key testing laboratory' },
    description: {
      zh: '国家级、省级重点检测实验室',
      en: 'National or provincial key testing laboratory',
    },
  },
  {
    kind: 'open_shared_laboratory',
    label: { zh: '开放共享质量赋能实验室', en: 'Open shared quality laboratory' },
    description: {
      zh: '被认定为开放共享质量赋能实验室（municipal + region）',
      en: 'Recognized open shared quality-enabling laboratory',
    },
  },
  {
    kind: 'one_stop_service_platform',
    label: { zh: '质量基础设施“一站式”服务平台', en: 'One-stop quality infrastructure service platform' },
    description: {
      zh: '建设“一站式”服务平台并通过验收（subtype construction, count 平台数）；被评为省级示范点或五星级（subtype rating）',
      en: 'Building a one-stop platform (construction, count) or its rating as provincial model or five-star',
    },
    subtypes: [
      { subtype: 'construction', label: { zh: '建设并通过验收', en: 'Built and accepted' } },
      { subtype: 'rating', label: { zh: '被评为省级示范点或五星级', en: 'Rated provincial model point or five-star' } },
    ],
  },
  {
    kind: 'ccc_designated_laboratory',
    label: { zh: '强制性产品认证指定实验室', en: 'CCC designated laboratory' },
    description: {
      zh: '通过国家认监委强制性产品认证指定实验室；count 产品类别数',
      en: 'Designated laboratory for compulsory product certification; count of product classes',
    },
  },
  {
    kind: 'mutual_recognition_agreement',
    label: { zh: '国际检测结果互认', en: 'International mutual recognition of test results' },
    description: {
      zh: '签署国际知名技术机构间检测结果互认',
      en: 'Signing mutual recognition of test results with renowned international bodies',
    },
  },
  {
    kind: 'quality_management_incubation_base',
    label: { zh: '质量管理孵化基地', en: 'Quality management incubation base' },
    description: {
      zh: '卓越绩效管理孵化基地、先进质量管理孵化基地',
      en: 'Excellence-performance or advanced quality management incubation base',
    },
    subtypes: [
      {
        subtype: 'excellence_performance',
        label: { zh: '卓越绩效管理孵化基地', en: 'Performance excellence incubation base' },
      },
      {
        subtype: 'advanced_quality_management',
        label: { zh: '先进质量管理孵化基地', en: 'Advanced quality management incubation base' },
      },
    ],
  },
  {
    kind: 'management_software',
    label: { zh: '自主研发管理软件', en: 'Self-developed management software' },
    description: {
      zh: '自主研发管理软件获得著作权或专利权并实施',
      en: 'Self-developed management software with copyright or patent, in use',
    },
  },
  {
    kind: 'excellence_performance',
    label: { zh: '卓越绩效', en: 'Performance excellence' },
    description: {
      zh: '导入卓越绩效管理模式并经认定有效实施（effective_implementation）；按《卓越绩效准则》等经评价达到较高成熟度（high_maturity）',
      en: 'Performance excellence model implemented effectively, or assessed at high maturity',
    },
    subtypes: [
      { subtype: 'effective_implementation', label: { zh: '导入并经认定有效实施', en: 'Implemented effectively' } },
      { subtype: 'high_maturity', label: { zh: '经评价达到较高成熟度', en: 'Assessed at high maturity' } },
    ],
  },
  {
    kind: 'high_end_certification',
    label: { zh: '高端认证', en: 'High-end certification' },
    description: {
      zh: '高端产品服务认证（机器人、物联网、城市轨道交通装备等）、绿色认证、车规芯片等新领域高端权威认证；count 认证项数',
      en: 'High-end product or service certification, green certification, new-field authoritative certification; count',
    },
    subtypes: [
      {
        subtype: 'product_service',
        label: { zh: '高端产品服务认证', en: 'High-end product or service certification' },
      },
      { subtype: 'green', label: { zh: '绿色认证', en: 'Green certification' } },
      { subtype: 'new_field', label: { zh: '新产品新领域高端权威认证', en: 'New-field authoritative certification' } },
    ],
  },
  {
    kind: 'generic_drug_consistency_evaluation',
    label: { zh: '仿制药一致性评价', en: 'Generic drug consistency evaluation' },
    description: {
      zh: '通过仿制药质量和疗效一致性评价的医药品种；count 品种数',
      en: 'Drug varieties passing generic quality and efficacy consistency evaluation; count',
    },
  },
  {
    kind: 'food_safety_certification',
    label: { zh: '食品安全体系认证', en: 'Food safety system certification' },
    description: {
      zh: 'HACCP、ISO 22000、诚信管理体系认证；recipient.sector 决定金额',
      en: 'HACCP, ISO 22000 or integrity management certification; amount by recipient sector',
    },
    subtypes: [
      { subtype: 'haccp', label: { zh: '危害分析及关键控制点体系（HACCP）', en: 'HACCP' } },
      { subtype: 'iso22000', label: { zh: '食品安全管理体系（ISO 22000）', en: 'ISO 22000' } },
      { subtype: 'integrity_management', label: { zh: '诚信管理体系', en: 'Integrity management system' } },
    ],
  },
  {
    kind: 'international_drug_device_certification',
    label: { zh: '药品医疗器械国际认证', en: 'International drug or device certification' },
    description: {
      zh: '药品、医疗器械生产、经营企业通过美国、欧盟及其他国际组织认证',
      en: 'Drug or device maker or trader certified by the US, EU or another international body',
    },
  },
  {
    kind: 'credit_management_demonstration',
    label: { zh: '信用管理示范企业', en: 'Credit management demonstration enterprise' },
    description: {
      zh: '新认定为省信用管理示范企业',
      en: 'Newly recognized provincial credit management demonstration enterprise',
    },
  },
  {
    kind: 'digital_quality_management_demonstration',
    label: { zh: '数字化质量管理创新示范单位', en: 'Digital quality management demonstration unit' },
    description: {
      zh: '认定为产业链数字化质量管理创新示范单位',
      en: 'Recognized industry-chain digital quality management innovation demonstration unit',
    },
  },
  {
    kind: 'standard_internationalization',
    label: { zh: '标准国际化', en: 'Standard internationalization' },
    description: {
      zh: '获批标准国际化培育基地（cultivation_base）、标准国际化试点（示范）单位（pilot_unit）',
      en: 'Standard internationalization cultivation base or pilot unit',
    },
    subtypes: [
      { subtype: 'cultivation_base', label: { zh: '标准国际化培育基地', en: 'Cultivation base' } },
      { subtype: 'pilot_unit', label: { zh: '标准国际化试点（示范）单位', en: 'Pilot (demonstration) unit' } },
    ],
  },
  {
    kind: 'patent_standard_integration_demonstration',
    label: { zh: '专利标准融合发展示范企业', en: 'Patent-standard integration demonstration enterprise' },
    description: {
      zh: '认定为专利标准融合发展示范企业',
      en: 'Recognized patent-standard integration demonstration enterprise',
    },
  },
  {
    kind: 'certification_pilot_project',
    label: { zh: '认证认可试点项目', en: 'Certification pilot project' },
    description: {
      zh: '获得省级认证认可试点项目证书（乡村民宿服务认证、绿色金融认证、绿色公厕服务认证等）；count 认证项数',
      en: 'Provincial certification pilot project certificates; count',
    },
  },
  {
    kind: 'green_product_certification',
    label: { zh: '绿色产品认证', en: 'Green product certification' },
    description: {
      zh: '中国绿色产品认证（china_green_product）；绿色食品认证（green_food，consecutiveAnnualInspectionsPassed 连续年检合格次数）',
      en: 'China green product certification, or green food certification with consecutive annual inspections',
    },
    subtypes: [
      { subtype: 'china_green_product', label: { zh: '中国绿色产品认证', en: 'China green product certification' } },
      { subtype: 'green_food', label: { zh: '绿色食品认证', en: 'Green food certification' } },
    ],
  },
  {
    kind: 'zhejiang_made_international_certificate',
    label: { zh: '“浙江制造”国际认证多国证书', en: 'Made in Zhejiang international multi-country certificate' },
    description: {
      zh: '获得“浙江制造”首张国际认证多国证书',
      en: 'First Made in Zhejiang international multi-country certificate',
    },
  },
  {
    kind: 'public_quality_project',
    label: { zh: '质量提升公共项目', en: 'Public quality improvement project' },
    description: {
      zh: '择优筛选的质量提升公共项目',
      en: 'A public quality improvement project selected by competition',
    },
  },
  {
    kind: 'industry_chain_quality_service_project',
    label: { zh: '行业质量提升综合服务项目', en: 'Industry quality improvement service project' },
    description: {
      zh: '为行业质量提升提供综合服务，有效增强产业整体质量水平和竞争力的项目',
      en: 'A project serving industry-wide quality improvement',
    },
  },
  {
    kind: 'quality_innovation_project',
    label: { zh: '质量创新项目', en: 'Quality innovation project' },
    description: {
      zh: '取得明显经济社会效益的质量技术、管理、工作法创新项目',
      en: 'Quality technique, management or work-method innovation with clear benefits',
    },
  },
  {
    kind: 'public_technical_service_platform',
    label: {
      zh: '产业公共技术服务平台、质量标准实验室',
      en: 'Public technical service platform or quality standard laboratory',
    },
    description: {
      zh: '经认定的国家、省、市级产业公共技术服务平台、质量标准实验室',
      en: 'Recognized national, provincial or municipal public technical service platform or quality standard laboratory',
    },
  },
  {
    kind: 'infrastructure_application_project',
    label: { zh: '质量基础设施集成应用项目', en: 'Quality infrastructure application project' },
    description: {
      zh: '创新质量基础设施集成应用场景、服务模式，具有示范推广价值的项目',
      en: 'Innovative integrated application of quality infrastructure with demonstration value',
    },
  },
  {
    kind: 'brand_value_evaluation',
    label: { zh: '品牌价值评价', en: 'Brand value evaluation' },
    description: {
      zh: '依据品牌价值评价等国际标准、国家标准开展评估，达到规定条件',
      en: 'Brand valued under international or national standards, meeting the set conditions',
    },
  },
] as const satisfies Vocabulary;
