import type { Achievement } from '../../schema/achievement.js';
import type { CompiledPolicy } from '../compile/compiledPolicy.js';
import type { CompiledRule } from '../compile/compiledRule.js';
import { type MatchOutcome, matchSelectors } from '../matchRule.js';

const NO_RULES: readonly CompiledRule[] = Object.freeze([]);

/**
 * Phase 1, match: the rules of the policy about an achievement's kind (from the index built at
 * compile time), in the policy's order. {@link matchRuleTo} then tells which of them are about it.
 */
export function rulesForKind(policy: CompiledPolicy, achievement: Achievement): readonly CompiledRule[] {
  return policy.rulesByKind.get(achievement.kind) ?? NO_RULES;
}

/** Whether a rule of the achievement's kind is about it: no, yes, or missing facts to tell. */
export function matchRuleTo(rule: CompiledRule, achievement: Achievement): MatchOutcome {
  return matchSelectors(rule.selectors, achievement);
}
