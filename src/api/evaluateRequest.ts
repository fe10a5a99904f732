import { fromZodIssues } from '../errors/fromZodIssues.js';
import { inputIssue, issueAt, QualityRewardsError } from '../errors/QualityRewardsError.js';
import type { EvaluationResult } from '../result/types.js';
import { evaluateRequestEnvelopeSchema } from '../schema/request.js';
import type { Evaluator } from './createEvaluator.js';

/**
 * Evaluates one request envelope (`{ id?, achievements | achievement, jurisdiction, date, options? }`):
 * the shape shared by `batch` lines, the HTTP service and fixtures. Issues about the achievements, the
 * date or the options carry paths from the request (`achievements.0.kind`, `options.history.2`), so a
 * caller can point at the field whatever surface it used. Throws {@link QualityRewardsError}.
 */
export function evaluateRequest(evaluator: Pick<Evaluator, 'evaluate'>, request: unknown): EvaluationResult {
  if (typeof (evaluator as Partial<Evaluator> | null)?.evaluate !== 'function') {
    throw new QualityRewardsError([
      inputIssue('invalid_type', ['evaluator'], {
        zh: '应为 createEvaluator() 返回的求值器',
        en: 'expected an evaluator returned by createEvaluator()',
      }),
    ]);
  }
  const parsed = evaluateRequestEnvelopeSchema.safeParse(request, { reportInput: true });
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, []);
    throw new QualityRewardsError(
      issues.length > 0
        ? (issues as [never, ...never[]])
        : [inputIssue('invalid_type', [], { zh: '应为对象', en: 'expected an object' })],
    );
  }
  const { achievements, achievement, jurisdiction, date, options } = parsed.data;
  if ((achievements === undefined) === (achievement === undefined)) {
    throw new QualityRewardsError([
      inputIssue(achievements === undefined ? 'missing_field' : 'invalid_value', ['achievements'], {
        zh: '应给出 achievements（列表）或 achievement（单项）之一，不能同时给出',
        en: 'give either achievements (a list) or achievement (one), not both',
      }),
    ]);
  }
  const field = achievements === undefined ? 'achievement' : 'achievements';
  try {
    return evaluator.evaluate(
      (achievements ?? achievement) as never,
      jurisdiction as never,
      date as never,
      options as never,
    );
  } catch (error) {
    if (!(error instanceof QualityRewardsError)) throw error;
    // `evaluate` names its first argument `achievement`; the request names it by its own field.
    const renamed = error.issues.map((i) =>
      i.path[0] === 'achievement' ? issueAt(i, [field, ...i.path.slice(1)]) : i,
    );
    throw new QualityRewardsError(renamed as [never, ...never[]]);
  }
}
