/**
 * A memo of a pure function's answers by key, keeping at most `limit` of them (the oldest is let go
 * first). For work that calls repeat but whose keys a long-running service could see without end:
 * compiled parsers per field list, date arithmetic, policies compiled per set of switched readings.
 * Answers are never `undefined`, so a miss is told apart without a second lookup. `work` is given the
 * key, so a hot caller can pass one function for every key instead of making a closure per call.
 */
export function boundedMemo<V extends object | string | number | boolean | null, K extends string | number = string>(
  limit: number,
): (key: K, work: (key: K) => V) => V {
  const answers = new Map<K, V>();
  return (key, work) => {
    let answer = answers.get(key);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: working an answer out again gives the same answer; only time changes.
    if (answer === undefined) {
      answer = work(key);
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: which answer is let go changes memory, never an answer.
      if (answers.size >= limit) answers.delete(answers.keys().next().value as K);
      answers.set(key, answer);
    }
    return answer;
  };
}
