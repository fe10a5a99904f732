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
  /**
   * For an achievement that gives its `level`: the rules of its kind that can be about it, in the
   * policy's order, by `kind` and `level` ({@link kindAndLevel}); every other rule of the kind names
   * other levels and would not match. A level no rule names is not a key: then the rules of the kind
   * that do not look at the level, {@link rulesByKindAnyLevel}.
   */
  readonly rulesByKindAndLevel: ReadonlyMap<string, readonly CompiledRule[]>;
  /** The rules of each kind that do not look at the level. */
  readonly rulesByKindAnyLevel: ReadonlyMap<string, readonly CompiledRule[]>;
  /**
   * The same three lookups keyed by kind alone ({@link KindIndex}): what a call reads, with no key to
   * build. A `kind + level` key is a new string every call, hashed before the lookup can start.
   */
  readonly kindIndex: ReadonlyMap<string, KindIndex>;
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

/** The rules of one kind: all of them, those about each level some rule names, those about any level. */
export interface KindIndex {
  readonly all: readonly CompiledRule[];
  readonly byLevel: ReadonlyMap<string, readonly CompiledRule[]>;
  readonly anyLevel: readonly CompiledRule[];
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
  const { rulesByKindAndLevel, rulesByKindAnyLevel, kindIndex } = levelIndexes(rulesByKind);
  const window = resolveWindow(policy.window, undefined);
  const j = policy.jurisdiction;
  const readingWarnings = new Map<Reading, Warning>();
  const { draft, limitsAndNotices } = staticWarnings(policy);
  return Object.freeze({
    policy,
    rulesByKind,
    rulesByKindAndLevel,
    rulesByKindAnyLevel,
    kindIndex,
    compiledRules,
    ruleIds: new Set(policy.rules.map((r) => r.id)),
    // Stryker disable next-line ArrayDeclaration: an element that is not a stacking rule has no type, so the filter drops it as the empty list would.
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

/** The key of {@link CompiledPolicy.rulesByKindAndLevel}. */
export function kindAndLevel(kind: string, level: string): string {
  return `${kind}\u0000${level}`;
}

/** The rules of each kind narrowed by level, as {@link CompiledPolicy.rulesByKindAndLevel} says. */
function levelIndexes(rulesByKind: ReadonlyMap<string, readonly CompiledRule[]>) {
  const rulesByKindAndLevel = new Map<string, readonly CompiledRule[]>();
  const rulesByKindAnyLevel = new Map<string, readonly CompiledRule[]>();
  const kindIndex = new Map<string, KindIndex>();
  const levelsOf = (rule: CompiledRule) => rule.selectors.find((s) => s.fact === 'level')?.allowed;
  for (const [kind, rules] of rulesByKind) {
    const anyLevel = rules.filter((rule) => levelsOf(rule) === undefined);
    rulesByKindAnyLevel.set(kind, anyLevel);
    const byLevel = new Map<string, readonly CompiledRule[]>();
    // Stryker disable next-line ArrayDeclaration: a made-up level only adds an index key no valid achievement's level can name.
    const named = new Set(rules.flatMap((rule) => levelsOf(rule) ?? []));
    for (const level of named) {
      const about = rules.filter((rule) => levelsOf(rule)?.includes(level) ?? true);
      rulesByKindAndLevel.set(kindAndLevel(kind, level as string), about);
      byLevel.set(level as string, about);
    }
    kindIndex.set(kind, Object.freeze({ all: rules, byLevel, anyLevel }));
  }
  return { rulesByKindAndLevel, rulesByKindAnyLevel, kindIndex };
}

function deepFreezeSummary(summary: PolicySummary): PolicySummary {
  Object.freeze(summary.window);
  return Object.freeze(summary);
}
