import { reasonMessage } from '../../explain/reasonCodes.js';
import { money } from '../../money/money.js';
import type { Award, EvaluationResult } from '../../result/types.js';
import type { Claim } from '../claim.js';
import type { CompiledPolicy } from '../compile/compiledPolicy.js';
import { awardLine, notPaidLine, undeterminedLine } from './lineOf.js';
import type { Filed } from './lines.js';
import { NONE } from '../none.js';

/** The four kinds of line of a result. */
export type Lines = Pick<EvaluationResult, 'awards' | 'notPaid' | 'notComputable' | 'undetermined'>;

/**
 * Phase 5, settle: turns each claim, as stacking left it, into its line: an award (with the clause
 * amount, the adjustments and the readings it relies on), a line not paid, or an undetermined line.
 */
export function settle(policy: CompiledPolicy, filed: Filed): Lines {
  // Made with the first award, as a one-element literal: `[]` and a push give room for sixteen.
  let awards: Award[] | undefined;
  const claims = filed.claims;
  for (let i = 0; i < claims.length; i += 1) {
    const claim = claims[i] as Claim;
    const rule = policy.compiledRule(claim.rule);
    const clauseAmount = money(claim.reckoned.fen);
    const state = claim.state;
    if (state.type === 'stopped') {
      const message = reasonMessage(state.code, { detail: state.detail });
      const stoppedBy = { clause: state.clause, quote: state.quote };
      filed.notPaid.push(
        notPaidLine(
          claim.achievement,
          claim.index,
          state.code,
          message,
          rule.citation,
          clauseAmount,
          stoppedBy,
          claim.readings,
        ),
      );
    } else if (state.type === 'undecided') {
      const message = reasonMessage(state.code, { detail: state.detail });
      filed.undetermined.push(
        undeterminedLine(
          claim.achievement,
          claim.index,
          rule.citation,
          state.code,
          state.facts,
          message,
          clauseAmount,
          claim.readings,
        ),
      );
    } else {
      const award = awardLine(claim.achievement, claim.index, rule.citation, {
        // Stryker disable next-line ConditionalExpression: a shortcut only: money() of the same 分 gives an equal Money (memoized, usually the same object).
        amount: claim.fen === claim.reckoned.fen ? clauseAmount : money(claim.fen),
        clauseAmount,
        basis: claim.reckoned.basis,
        upTo: rule.upTo,
        calculation: claim.reckoned.calculation,
        schedule: claim.schedule
          ? claim.schedule.map((s) => ({ year: s.year, amount: money(s.fen), dueOn: s.dueOn, status: s.status }))
          : undefined,
        adjustments: claim.adjustments.length > 0 ? claim.adjustments : NONE,
        readings: claim.readings.length > 0 ? claim.readings : NONE,
        inAdditionTo: claim.inAdditionTo,
      });
      if (awards === undefined) awards = [award];
      else awards.push(award);
    }
  }
  return {
    awards: awards ?? NONE,
    notPaid: filed.notPaid.length > 0 ? filed.notPaid : NONE,
    notComputable: filed.notComputable.length > 0 ? filed.notComputable : NONE,
    undetermined: filed.undetermined.length > 0 ? filed.undetermined : NONE,
  };
}
