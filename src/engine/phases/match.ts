import type { Achievement } from '../../schema/achievement.js';
import type { CompiledPolicy } from '../compile/compiledPolicy.js';
import type { CompiledRule } from '../compile/compiledRule.js';
import { type MatchOutcome, matchSelectors } from '../matchRule.js';

/**
 * Phase 1, match: the rules of the policy about an achievement's kind, and its level when given (compiled
 * the first time a call asks for them), in the policy's order. {@link matchRuleTo} then tells which of
 * them are about it. A rule left out for its level is one matching would have found not about it.
 */
export function rulesForKind(policy: CompiledPolicy, achievement: Achievement): readonly CompiledRule[] {
  return policy.rulesAbout(achievement.kind, achievement.level);
}

/** Whether a rule of the achievement's kind is about it: no, yes, or missing facts to tell. */
export function matchRuleTo(rule: CompiledRule, achievement: Achievement): MatchOutcome {
  return matchSelectors(rule.selectors, achievement);
}
