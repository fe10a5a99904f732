import { z } from 'zod';
import { type InputIssue, inputIssueSchema } from '../index.js';
import type { Language } from './negotiateLanguage.js';

/** The problem types this service answers with (RFC 9457 `type`); `about:blank` means "see the status code". */
export const PROBLEM_TYPES = {
  invalidInput: 'urn:quality-rewards:problem:invalid-input',
  invalidJson: 'urn:quality-rewards:problem:invalid-json',
  plain: 'about:blank',
} as const;

/** The schema of {@link Problem}, for the OpenAPI document. */
export const problemSchema = z.object({
  type: z.string().describe('urn:quality-rewards:problem:invalid-input, …:invalid-json, or about:blank'),
  title: z.string().describe('The status in the language Accept-Language chose'),
  status: z.number().int(),
  detail: z.string().describe('What went wrong, in the language Accept-Language chose'),
  issues: z
    .array(inputIssueSchema)
    .optional()
    .describe("The library's input issues: a stable code, the path of the field, the message in both languages"),
});

/**
 * An RFC 9457 problem details object (`application/problem+json`). Input errors carry the library's
 * `issues` (code, path, message in Chinese and English) as an extension member. `title` and `detail`
 * are for people and follow `Accept-Language`; `issues` always carry both languages.
 */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly issues?: readonly InputIssue[];
}

/** A problem as a handler raises it: thrown, caught once by the request handler and rendered. */
export class ProblemError extends Error {
  readonly status: number;
  readonly type: string;
  readonly text: { readonly zh: string; readonly en: string };
  readonly issues: readonly InputIssue[] | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    text: { readonly zh: string; readonly en: string },
    options: { type?: string; issues?: readonly InputIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(text.en);
    this.name = 'ProblemError';
    this.status = status;
    this.type = options.type ?? PROBLEM_TYPES.plain;
    this.text = text;
    this.issues = options.issues;
    this.headers = options.headers ?? {};
  }
}

const TITLES: Readonly<Record<number, { zh: string; en: string }>> = {
  400: { zh: '请求有误', en: 'Bad Request' },
  404: { zh: '未找到', en: 'Not Found' },
  405: { zh: '不支持该方法', en: 'Method Not Allowed' },
  408: { zh: '请求超时', en: 'Request Timeout' },
  413: { zh: '请求体过大', en: 'Content Too Large' },
  415: { zh: '不支持的内容类型', en: 'Unsupported Media Type' },
  500: { zh: '服务内部错误', en: 'Internal Server Error' },
  503: { zh: '服务正在停止', en: 'Service Unavailable' },
};

/** Renders a problem in the chosen language. */
export function renderProblem(error: ProblemError, language: Language): Problem {
  const title = TITLES[error.status] ?? TITLES[500]!;
  return {
    type: error.type,
    title: title[language],
    status: error.status,
    detail: error.text[language],
    ...(error.issues ? { issues: error.issues } : {}),
  };
}
