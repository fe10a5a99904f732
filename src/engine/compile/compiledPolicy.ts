import type { Policy, Reading, Rule, Stacking } from '../../schema/policy.js';
import type { EvaluationResult, PolicySummary, Warning } from '../../result/types.js';
import { type ResolvedWindow, resolveWindow } from '../resolveWindow.js';
import { STACKING_ORDER } from '../stacking/applyStacking.js';
import { type CompiledRule, compileRule } from './compiledRule.js';
import { readingWarning, staticWarnings } from '../collectWarnings.js';
import { policySummary } from '../phases/explain.js';

/**
 * A policy with the lookups a call needs built once: its rules by kind (each kind compiled when a call
 * first asks for it), its stacking rules in the order they are settled, and the parts of a result that
 * do not depend on the call (jurisdiction, summary, standing warnings). Frozen apart from its caches
 * (kinds compiled, reading warnings); the lookups over every rule are built when first read.
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
   * The same three lookups keyed by kind alone ({@link KindIndex}), as a call reads them through
   * {@link kindRules}, with no key to build. A `kind + level` key is a new string every call, hashed
   * before the lookup can start.
   */
  readonly kindIndex: ReadonlyMap<string, KindIndex>;
  /** Every rule, compiled, by the rule object. */
  readonly compiledRules: ReadonlyMap<Rule, CompiledRule>;
  /**
   * The rules of one kind ({@link KindIndex}), compiled the first time a call asks for the kind:
   * what a call reads. `undefined` when no rule of the policy is about the kind.
   */
  kindRules(kind: string): KindIndex | undefined;
  /** A rule compiled: the policy's own as its kind was compiled; any other rule compiled on the spot. */
  compiledRule(rule: Rule): CompiledRule;
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

/**
 * Compiles one policy. The rules are compiled a kind at a time, the first time a call asks for that
 * kind ({@link CompiledPolicy.kindRules}): a call reads the rules of its achievements' kinds only, so the
 * first call of a process compiles a handful of a policy's rules instead of all of them. What reads
 * every rule at once (the lookups by kind and level, every compiled rule, the rule ids) is built the
 * first time it is read, from the same compiled rules.
 */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const compiledRules = new Map<Rule, CompiledRule>();
  const kinds = new Map<string, KindIndex | null>();
  const kindRules = (kind: string): KindIndex | undefined => {
    let index = kinds.get(kind);
    if (index === undefined) {
      index = compileKind(policy, kind, compiledRules);
      kinds.set(kind, index);
    }
    return index ?? undefined;
  };
  let all: ReturnType<typeof wholeIndexes> | undefined;
  const whole = () => (all ??= wholeIndexes(policy, kindRules, compiledRules));
  let ruleIds: ReadonlySet<string> | undefined;
  const window = resolveWindow(policy.window, undefined);
  const j = policy.jurisdiction;
  const readingWarnings = new Map<Reading, Warning>();
  const { draft, limitsAndNotices } = staticWarnings(policy);
  const compiled = {
    policy,
    kindRules,
    compiledRule(rule: Rule): CompiledRule {
      const known = compiledRules.get(rule);
      if (known !== undefined) return known;
      kindRules(rule.match.kind);
      // A rule of another policy (one with readings switched is compiled anew) is compiled on the spot.
      return compiledRules.get(rule) ?? compileRule(policy, rule);
    },
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
  };
  // The lookups over every rule as accessors, defined on the object made: V8 makes an object literal with
  // a getter in its slow (dictionary) mode, and every call reads this object's properties.
  const lazily = <T>(get: () => T) => ({ get, enumerable: true });
  Object.defineProperties(compiled, {
    rulesByKind: lazily(() => whole().rulesByKind),
    rulesByKindAndLevel: lazily(() => whole().rulesByKindAndLevel),
    rulesByKindAnyLevel: lazily(() => whole().rulesByKindAnyLevel),
    kindIndex: lazily(() => whole().kindIndex),
    compiledRules: lazily(() => whole().compiledRules),
    ruleIds: lazily(() => (ruleIds ??= new Set(policy.rules.map((r) => r.id)))),
  });
  return Object.freeze(compiled) as unknown as CompiledPolicy;
}

/** The key of {@link CompiledPolicy.rulesByKindAndLevel}. */
export function kindAndLevel(kind: string, level: string): string {
  return `${kind}\u0000${level}`;
}

/**
 * The rules of one kind compiled (and added to `compiledRules`), in the policy's order, narrowed by
 * level as {@link CompiledPolicy.rulesByKindAndLevel} says; `null` when no rule is about the kind.
 */
function compileKind(policy: Policy, kind: string, compiledRules: Map<Rule, CompiledRule>): KindIndex | null {
  const rules: CompiledRule[] = [];
  for (const rule of policy.rules) {
    if (rule.match.kind !== kind) continue;
    const compiled = compileRule(policy, rule);
    compiledRules.set(rule, compiled);
    rules.push(compiled);
  }
  if (rules.length === 0) return null;
  const levelsOf = (rule: CompiledRule) => rule.selectors.find((s) => s.fact === 'level')?.allowed;
  const anyLevel = rules.filter((rule) => levelsOf(rule) === undefined);
  const byLevel = new Map<string, readonly CompiledRule[]>();
  // Stryker disable next-line ArrayDeclaration: a made-up level only adds an index key no valid achievement's level can name.
  const named = new Set(rules.flatMap((rule) => levelsOf(rule) ?? []));
  for (const level of named) {
    const about = rules.filter((rule) => levelsOf(rule)?.includes(level) ?? true);
    byLevel.set(level as string, about);
  }
  return Object.freeze({ all: rules, byLevel, anyLevel });
}

/** The lookups over every kind of the policy, in the order the kinds first appear in its rules. */
function wholeIndexes(
  policy: Policy,
  kindRules: (kind: string) => KindIndex | undefined,
  compiled: ReadonlyMap<Rule, CompiledRule>,
) {
  const rulesByKind = new Map<string, readonly CompiledRule[]>();
  const rulesByKindAndLevel = new Map<string, readonly CompiledRule[]>();
  const rulesByKindAnyLevel = new Map<string, readonly CompiledRule[]>();
  const kindIndex = new Map<string, KindIndex>();
  for (const rule of policy.rules) {
    const kind = rule.match.kind;
    if (kindIndex.has(kind)) continue;
    const index = kindRules(kind) as KindIndex;
    kindIndex.set(kind, index);
    rulesByKind.set(kind, index.all);
    rulesByKindAnyLevel.set(kind, index.anyLevel);
    for (const [level, rules] of index.byLevel) rulesByKindAndLevel.set(kindAndLevel(kind, level), rules);
  }
  // Every kind is compiled now; the rules in the policy's order.
  const compiledRules = new Map(policy.rules.map((rule) => [rule, compiled.get(rule) as CompiledRule]));
  return { rulesByKind, rulesByKindAndLevel, rulesByKindAnyLevel, kindIndex, compiledRules };
}

function deepFreezeSummary(summary: PolicySummary): PolicySummary {
  Object.freeze(summary.window);
  return Object.freeze(summary);
}
