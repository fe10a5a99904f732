import type { Policy, Reading, Rule, Stacking } from '../../schema/policy.js';
import type { EvaluationResult, PolicySummary, Warning } from '../../result/types.js';
import { type ResolvedWindow, resolveWindow } from '../resolveWindow.js';
import { STACKING_ORDER } from '../stacking/applyStacking.js';
import { type CompiledRule, compileRule } from './compiledRule.js';
import { readingWarning, staticWarnings } from '../collectWarnings.js';
import { policySummary } from '../phases/explain.js';

/**
 * A policy with the lookups a call needs built once: its rules by kind, its rule ids, its stacking
 * rules in the order they are settled, and the parts of a result that do not depend on the call
 * (jurisdiction, summary, standing warnings). Frozen apart from a cache of reading warnings.
 */
export interface CompiledPolicy {
  readonly policy: Policy;
  /** The rules about each kind of achievement, in the policy's order. */
  readonly rulesByKind: ReadonlyMap<string, readonly CompiledRule[]>;
  /** Every rule, compiled, by the rule object. */
  readonly compiledRules: ReadonlyMap<Rule, CompiledRule>;
  readonly ruleIds: ReadonlySet<string>;
  /** Stacking rules in the order they are settled. */
  readonly stacking: readonly Stacking[];
  /** The window as written, when the caller assumes no start. */
  readonly window: ResolvedWindow;
  readonly jurisdiction: EvaluationResult['jurisdiction'];
  /** The summary of the policy under {@link window}. */
  readonly summary: PolicySummary;
  /** Warnings every result of the policy carries (draft, upper limits, notices), before any others. */
  readonly draftWarnings: readonly Warning[];
  readonly limitAndNoticeWarnings: readonly Warning[];
  /** One `uncertain_reading` warning per reading object, built the first time a result needs it. */
  warningOf(reading: Reading): Warning;
}

/** Compiles one policy. */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const rulesByKind = new Map<string, CompiledRule[]>();
  const compiledRules = new Map<Rule, CompiledRule>();
  for (const rule of policy.rules) {
    const compiled = compileRule(policy, rule);
    compiledRules.set(rule, compiled);
    const list = rulesByKind.get(rule.match.kind);
    if (list) list.push(compiled);
    else rulesByKind.set(rule.match.kind, [compiled]);
  }
  const window = resolveWindow(policy.window, undefined);
  const j = policy.jurisdiction;
  const readingWarnings = new Map<Reading, Warning>();
  const { draft, limitsAndNotices } = staticWarnings(policy);
  return Object.freeze({
    policy,
    rulesByKind,
    compiledRules,
    ruleIds: new Set(policy.rules.map((r) => r.id)),
    stacking: Object.freeze(STACKING_ORDER.flatMap((type) => (policy.stacking ?? []).filter((s) => s.type === type))),
    window,
    jurisdiction: Object.freeze({ code: j.code, slug: j.slug, name: j.names[0] as string, nameEn: j.nameEn }),
    summary: deepFreezeSummary(policySummary(policy, window)),
    draftWarnings: draft,
    limitAndNoticeWarnings: limitsAndNotices,
    warningOf(reading: Reading): Warning {
      let warning = readingWarnings.get(reading);
      if (!warning) {
        warning = readingWarning(reading);
        readingWarnings.set(reading, warning);
      }
      return warning;
    },
  });
}

function deepFreezeSummary(summary: PolicySummary): PolicySummary {
  Object.freeze(summary.window);
  return Object.freeze(summary);
}
