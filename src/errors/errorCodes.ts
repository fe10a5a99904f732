import type { Bilingual } from '../schema/primitives.js';

/** The codes, in the order {@link ERROR_CODES} lists them. */
type ErrorCodeList = [
  'invalid_type',
  'invalid_date',
  'invalid_value',
  'invalid_amount',
  'negative_amount',
  'out_of_range',
  'too_large',
  'unknown_field',
  'forbidden_key',
  'missing_field',
  'unknown_jurisdiction',
  'unknown_achievement_kind',
  'unknown_subtype',
  'unknown_policy',
  'unknown_rule',
  'unknown_clause',
  'ambiguous_clause',
  'unknown_reading',
  'reading_not_computable',
  'achievement_after_evaluation_date',
  'start_date_not_blank',
];
/** An input error code; see {@link ERROR_CODES}. */
export type ErrorCode = ErrorCodeList[number];

const TEXT: Record<ErrorCode, Bilingual> = {
  invalid_type: { zh: '类型错误', en: 'wrong type' },
  invalid_date: {
    zh: '不是有效的日期（应为形如“2024-05-10”的真实日期，年份 1000 至 9999）',
    en: 'not a valid calendar date (YYYY-MM-DD, a day that exists, year 1000 to 9999)',
  },
  invalid_value: { zh: '取值不在允许范围内', en: 'value not allowed' },
  invalid_amount: {
    zh: '金额无效（以元计，最多两位小数，且须能精确计为整数分）',
    en: 'invalid amount (in yuan, at most two decimals, countable exactly in fen)',
  },
  negative_amount: { zh: '金额不能为负数', en: 'amount must not be negative' },
  out_of_range: { zh: '数值超出允许范围', en: 'number out of range' },
  too_large: { zh: '输入超出本库的处理上限', en: 'input beyond the limits of this library' },
  unknown_field: { zh: '未知字段', en: 'unknown field' },
  forbidden_key: { zh: '禁止使用的键名', en: 'forbidden key' },
  missing_field: { zh: '缺少必填字段', en: 'required field missing' },
  unknown_jurisdiction: { zh: '未知的行政区划', en: 'unknown jurisdiction' },
  unknown_achievement_kind: { zh: '未知的成果类型', en: 'unknown achievement kind' },
  unknown_subtype: { zh: '该成果类型没有此子类', en: 'unknown subtype for this kind' },
  unknown_policy: { zh: '未知的政策', en: 'unknown policy' },
  unknown_rule: { zh: '该政策没有此条款编号', en: 'the policy has no rule with this id' },
  unknown_clause: { zh: '该政策没有此条款', en: 'the policy has no such clause' },
  ambiguous_clause: {
    zh: '该条款含多项奖励，须给出 ruleId 或 achievement 以确定是哪一项',
    en: 'the clause has several rules; give ruleId, or achievement to tell which',
  },
  unknown_reading: { zh: '该政策没有此读法', en: 'the policy has no reading with this id' },
  reading_not_computable: {
    zh: '此读法的另一读法无法计算，不能切换',
    en: 'the alternative of this reading is not computable, so it cannot be switched to',
  },
  achievement_after_evaluation_date: {
    zh: '成果取得日晚于评估日',
    en: 'the achievement was obtained after the evaluation date',
  },
  start_date_not_blank: {
    zh: '该政策已规定施行日期，不能另行假定',
    en: 'the policy states its start date; it cannot be assumed',
  },
};

// The keys of the texts (string keys keep the order they were written in, that of ErrorCodeList), so a
// bundle carries each code once.
/** Codes of input errors, stable for callers to branch on. */
export const ERROR_CODES = Object.keys(TEXT) as unknown as Readonly<ErrorCodeList>;

/** The fixed Chinese and English text of an error code. */
export function errorText(code: ErrorCode): Bilingual {
  return TEXT[code];
}
