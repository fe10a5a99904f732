import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../../src/index.js';
import { publishedSchema } from '../../src/server/jsonSchemaDocuments.js';
import { PROBLEM_TYPES, ProblemError, renderProblem } from '../../src/server/problem.js';

const text = { zh: '出错了', en: 'it went wrong' };

/** RFC 9457 `title`: the status's reason phrase, in the language Accept-Language chose. */
describe('renderProblem: the title is the status in the chosen language', () => {
  // English: the reason phrases of RFC 9110 §15 (413 is "Content Too Large" there, no longer "Payload Too Large").
  const titles: Record<number, { zh: string; en: string }> = {
    400: { zh: '请求有误', en: 'Bad Request' },
    404: { zh: '未找到', en: 'Not Found' },
    405: { zh: '不支持该方法', en: 'Method Not Allowed' },
    408: { zh: '请求超时', en: 'Request Timeout' },
    413: { zh: '请求体过大', en: 'Content Too Large' },
    415: { zh: '不支持的内容类型', en: 'Unsupported Media Type' },
    500: { zh: '服务内部错误', en: 'Internal Server Error' },
    503: { zh: '服务正在停止', en: 'Service Unavailable' },
  };
  for (const [status, title] of Object.entries(titles)) {
    it(`${status} → ${title.zh} / ${title.en}`, () => {
      const error = new ProblemError(Number(status), text);
      expect(renderProblem(error, 'zh').title).toBe(title.zh);
      expect(renderProblem(error, 'en').title).toBe(title.en);
    });
  }
  it('a status with no title of its own is titled as a server error', () => {
    expect(renderProblem(new ProblemError(502, text), 'en').title).toBe('Internal Server Error');
  });
});

describe('renderProblem: detail, type and issues', () => {
  it('detail is the text in the chosen language, and status is the error’s', () => {
    const error = new ProblemError(404, text);
    expect(renderProblem(error, 'zh')).toEqual({ type: 'about:blank', title: '未找到', status: 404, detail: '出错了' });
    expect(renderProblem(error, 'en').detail).toBe('it went wrong');
  });
  it('input issues are carried as they are, in both languages; without them there is no issues member', () => {
    const issues = [{ code: 'invalid_date', path: ['date'], message: { zh: '日期无效', en: 'invalid date' } }] as const;
    const error = new ProblemError(400, text, { type: PROBLEM_TYPES.invalidInput, issues });
    expect(renderProblem(error, 'en')).toMatchObject({ type: PROBLEM_TYPES.invalidInput, issues });
    expect(renderProblem(new ProblemError(400, text), 'en')).not.toHaveProperty('issues');
  });
});

describe('ProblemError', () => {
  it('is named for its class and carries the English text as its message, so a log line of one says what it is', () => {
    const error = new ProblemError(413, text);
    expect(error.name).toBe('ProblemError');
    expect(String(error)).toBe('ProblemError: it went wrong');
  });
  it('without options: a plain problem (about:blank), no issues, no extra headers', () => {
    const error = new ProblemError(405, text);
    expect([error.type, error.issues, error.headers]).toEqual(['about:blank', undefined, {}]);
  });
});

/** The Problem schema published at /v1/schemas/problem and in the OpenAPI document. */
describe('the Problem JSON Schema', () => {
  const schema = publishedSchema('problem') as {
    properties: Record<string, { description?: string; items?: unknown }>;
    required: string[];
  };
  it('a problem always has type, title, status and detail; issues are optional', () => {
    expect(Object.keys(schema.properties)).toEqual(['type', 'title', 'status', 'detail', 'issues']);
    expect(schema.required).toEqual(['type', 'title', 'status', 'detail']);
  });
  it('issues are the library’s input issues (their shape; the document title stays on the library’s own schema)', () => {
    const { $schema: _, title: __, ...inputIssue } = jsonSchema('input-issue');
    expect(schema.properties['issues']?.items).toEqual(inputIssue);
  });
  it('type names every problem type the service answers with', () => {
    for (const type of Object.values(PROBLEM_TYPES)) {
      // The description shortens the shared urn prefix to "…": each type's last segment is enough.
      const named = type.startsWith('urn:') ? `:${type.split(':').at(-1)}` : type;
      expect(schema.properties['type']?.description).toContain(named);
    }
  });
  it('title and detail say they follow Accept-Language; issues say they carry both languages', () => {
    expect(schema.properties['title']?.description).toBe('The status in the language Accept-Language chose');
    expect(schema.properties['detail']?.description).toBe('What went wrong, in the language Accept-Language chose');
    expect(schema.properties['issues']?.description).toContain('the message in both languages');
  });
});
