import { reasonMessage } from '../../explain/reasonCodes.js';
import { money } from '../../money/money.js';
import type { Award, EvaluationResult } from '../../result/types.js';
import type { Claim } from '../claim.js';
import type { CompiledPolicy } from '../compile/compiledPolicy.js';
import { type CompiledRule, compileRule } from '../compile/compiledRule.js';
import { refOf } from './assessAchievement.js';
import type { Filed } from './lines.js';

/** The four kinds of line of a result. */
export type Lines = Pick<EvaluationResult, 'awards' | 'notPaid' | 'notComputable' | 'undetermined'>;

/**
 * Phase 5, settle: turns each claim, as stacking left it, into its line: an award (with the clause
 * amount, the adjustments and the readings it relies on), a line not paid, or an undetermined line.
 */
export function settle(policy: CompiledPolicy, filed: Filed): Lines {
  const awards: Award[] = [];
  for (const claim of filed.claims) {
    const ref = refOf(claim.achievement, claim.index);
    const rule = compiledRuleOf(policy, claim);
    const clauseAmount = money(claim.reckoned.fen);
    const state = claim.state;
    if (state.type === 'stopped') {
      filed.notPaid.push({
        ...ref,
        code: state.code,
        message: reasonMessage(state.code, { detail: state.detail }),
        citation: rule.citation,
        clauseAmount,
        stoppedBy: { clause: state.clause, quote: state.quote },
        readings: claim.readings,
      });
    } else if (state.type === 'undecided') {
      filed.undetermined.push({
        ...ref,
        ...rule.citation,
        code: state.code,
        missingFacts: state.facts,
        message: reasonMessage(state.code, { detail: state.detail }),
        clauseAmount,
        readings: claim.readings,
      });
    } else {
      awards.push({
        ...ref,
        ...rule.citation,
        amount: claim.fen === claim.reckoned.fen ? clauseAmount : money(claim.fen),
        clauseAmount,
        basis: claim.reckoned.basis,
        upTo: rule.upTo,
        calculation: claim.reckoned.calculation,
        ...(claim.schedule
          ? {
              schedule: claim.schedule.map((s) => ({
                year: s.year,
                amount: money(s.fen),
                dueOn: s.dueOn,
                status: s.status,
              })),
            }
          : {}),
        adjustments: claim.adjustments,
        ...(claim.inAdditionTo ? { inAdditionTo: claim.inAdditionTo } : {}),
        readings: claim.readings,
      });
    }
  }
  return {
    awards,
    notPaid: filed.notPaid,
    notComputable: filed.notComputable,
    undetermined: filed.undetermined,
  };
}

/** The compiled rule a claim stands on (compiled on the spot for a rule the compile step did not see). */
function compiledRuleOf(policy: CompiledPolicy, claim: Claim): CompiledRule {
  return policy.compiledRules.get(claim.rule) ?? compileRule(policy.policy, claim.rule);
}
