import type { z } from 'zod/mini';
import { en, zhCN } from 'zod/v4/locales';
import type { Bilingual } from '../schema/primitives.js';

/**
 * zod's own `zh-CN` and `en` messages for one of its issues, called directly on the raw issue, so the
 * caller's global zod configuration (`z.config`) is neither read nor changed. zod's Chinese locale keeps
 * some type names in English (`期望 string`); those are put into Chinese so the message is wholly Chinese.
 */
const zhError = zhCN().localeError;
const enError = en().localeError;

const ZH_TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  safeint: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  undefined: '未定义',
  null: '空值',
  date: '日期',
  Date: '日期',
  bigint: '大整数',
  symbol: '符号',
  function: '函数',
  never: '无（此处不允许取值）',
  nan: '非数字（NaN）',
  NaN: '非数字（NaN）',
};
const ZH_TYPE_WORD = new RegExp(`\\b(?:instanceof )?(${Object.keys(ZH_TYPE_NAMES).join('|')})\\b`, 'g');

/** A JavaScript type name (`typeof`, zod's `expected`) in Chinese. */
export function zhTypeName(name: string): string {
  return ZH_TYPE_NAMES[name] ?? name;
}

/** A type word matched by {@link ZH_TYPE_WORD}, in Chinese (one function, not a closure per message). */
function inChinese(_: string, word: string): string {
  return ZH_TYPE_NAMES[word] ?? word;
}

function text(map: z.core.$ZodErrorMap, issue: z.core.$ZodRawIssue): string {
  const answer = map(issue);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining,StringLiteral: zod's en and zh-CN locales answer every issue with a string (their switch ends in a default string); the other arm is for the error map's declared type (string, { message } or nothing) and is never taken.
  return typeof answer === 'string' ? answer : (answer?.message ?? '');
}

/** zod's message for `issue` in Chinese and in English. */
export function zodMessage(issue: z.core.$ZodIssue): Bilingual {
  const raw = issue as unknown as z.core.$ZodRawIssue;
  return {
    zh: text(zhError, raw).replace(ZH_TYPE_WORD, inChinese),
    en: text(enError, raw),
  };
}
