import { vi } from 'vitest';
import { evaluationResultSchema } from '../../src/result/types.js';

/**
 * Every evaluator the tests build checks each result it returns against the result schema, so the
 * schema (and the JSON Schema generated from it) is proved on every result the suite produces.
 */
vi.mock('../../src/api/createEvaluator.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/api/createEvaluator.js')>();
  return {
    ...original,
    createEvaluator: ((library: Parameters<typeof original.createEvaluator>[0]) => {
      const evaluator = original.createEvaluator(library);
      const check = <T>(result: T): T => {
        const parsed = evaluationResultSchema.safeParse(result);
        if (!parsed.success) {
          throw new Error(`result does not match the result schema: ${JSON.stringify(parsed.error.issues)}`);
        }
        checkedResults.count += 1;
        return result;
      };
      return {
        ...evaluator,
        evaluate: (...args: Parameters<typeof evaluator.evaluate>) => check(evaluator.evaluate(...args)),
        safeEvaluate: (...args: Parameters<typeof evaluator.safeEvaluate>) => {
          const answer = evaluator.safeEvaluate(...args);
          if (answer.success) check(answer.data);
          return answer;
        },
      };
    }) as typeof original.createEvaluator,
  };
});

/**
 * How many results were checked (a test asserts the hook is live). Kept on `globalThis` because this setup
 * file runs again for every test file: when modules stay loaded between files (the mutation run's
 * `isolate: false`), the mocked evaluator from the first file must count into the same object the later
 * files read.
 */
export const checkedResults: { count: number } = ((
  globalThis as { __checkedResults?: { count: number } }
).__checkedResults ??= { count: 0 });
