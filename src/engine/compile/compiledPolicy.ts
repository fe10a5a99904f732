import type { Policy, Reading, Rule, Stacking } from '../../schema/policy.js';
import type { EvaluationResult, PolicySummary, Warning } from '../../result/types.js';
import { type ResolvedWindow, resolveWindow } from '../resolveWindow.js';
import { STACKING_ORDER } from '../stacking/applyStacking.js';
import { allowedValues } from '../matchRule.js';
import { type CompiledRule, compileRule } from './compiledRule.js';
import { readingWarning, staticWarnings } from '../collectWarnings.js';
import { policySummary } from '../phases/explain.js';

/**
 * A policy with what a call needs built once: its rules by kind and level (compiled when a call first
 * asks for them), its stacking rules in the order they are settled, and the parts of a result that do
 * not depend on the call (jurisdiction, summary, standing warnings). Frozen apart from its caches (rules
 * compiled, reading warnings).
 */
export interface CompiledPolicy {
  readonly policy: Policy;
  /**
   * What a call reads: the rules of a kind that can be about an achievement of the level given, in the
   * policy's order (as {@link CompiledPolicyLookups.kindIndex} narrows them: every rule of the kind when no
   * level is given), compiled the first time a call asks for them.
   */
  rulesAbout(kind: string, level: string | undefined): readonly CompiledRule[];
  /** A rule compiled, once: the first time a call asks for it (as {@link rulesAbout} does). */
  compiledRule(rule: Rule): CompiledRule;
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

/**
 * A compiled policy with lookups over every rule, for tests that inspect a policy whole; no call reads
 * them. Built from the same compiled rules a call gets.
 */
export interface CompiledPolicyLookups extends CompiledPolicy {
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
  /** The same three lookups keyed by kind alone ({@link KindIndex}): what {@link rulesAbout} answers from. */
  readonly kindIndex: ReadonlyMap<string, KindIndex>;
  /** Every rule, compiled, by the rule object. */
  readonly compiledRules: ReadonlyMap<Rule, CompiledRule>;
  readonly ruleIds: ReadonlySet<string>;
}

/** The rules of one kind: all of them, those about each level some rule names, those about any level. */
export interface KindIndex {
  readonly all: readonly CompiledRule[];
  readonly byLevel: ReadonlyMap<string, readonly CompiledRule[]>;
  readonly anyLevel: readonly CompiledRule[];
}

/**
 * Compiles one policy for calls (what `compiledLibrary` keeps). Its rules are compiled when a call first
 * asks for them ({@link CompiledPolicy.rulesAbout}): a call reads the rules of its achievements' kinds and
 * levels only, so the first call of a process compiles the few rules that can be about its achievement,
 * not the whole policy.
 */
export function compilePolicyForCalls(policy: Policy): CompiledPolicy {
  return Object.freeze(policyParts(policy).compiled);
}

/**
 * Compiles one policy as {@link compilePolicyForCalls} does, with the lookups over every rule (by kind and
 * level, every compiled rule, the rule ids) built from the same compiled rules, for tests that inspect a
 * policy whole. Kept apart so that the engine's own code, which reads none of them, does not ship them.
 */
export function compilePolicy(policy: Policy): CompiledPolicyLookups {
  const { compiled, listsOf, compiledList, compiledRule } = policyParts(policy);
  return Object.freeze({ ...compiled, ...wholeIndexes(policy, listsOf, compiledList, compiledRule) });
}

/** The compiled policy, not frozen yet, and the on-need compiling behind it. */
function policyParts(policy: Policy) {
  const compiledRules = new Map<Rule, CompiledRule>();
  const compiledRule = (rule: Rule): CompiledRule => {
    let compiled = compiledRules.get(rule);
    if (compiled === undefined) compiledRules.set(rule, (compiled = compileRule(policy, rule)));
    return compiled;
  };
  const compiledList = (list: RuleList) => (list.compiled ??= list.rules.map(compiledRule));
  const kinds = new Map<string, KindLists>();
  const listsOf = (kind: string): KindLists => {
    let lists = kinds.get(kind);
    if (lists === undefined) kinds.set(kind, (lists = kindLists(policy, kind)));
    return lists;
  };
  const window = resolveWindow(policy.window, undefined);
  const j = policy.jurisdiction;
  const readingWarnings = new Map<Reading, Warning>();
  const { draft, limitsAndNotices } = staticWarnings(policy);
  const compiled = {
    policy,
    rulesAbout(kind: string, level: string | undefined): readonly CompiledRule[] {
      // The caches read inline first: a call asks this for every achievement, and the helpers' calls cost more than the hit.
      const lists = kinds.get(kind) ?? listsOf(kind);
      const list = level === undefined ? lists.all : (lists.byLevel.get(level) ?? lists.anyLevel);
      return list.compiled ?? compiledList(list);
    },
    compiledRule,
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
  return { compiled, listsOf, compiledList, compiledRule };
}

/** The key of {@link CompiledPolicyLookups.rulesByKindAndLevel}. */
export function kindAndLevel(kind: string, level: string): string {
  return `${kind}\u0000${level}`;
}

/** Rules of a policy, in its order, and the same compiled, once a call has asked for them. */
interface RuleList {
  readonly rules: readonly Rule[];
  compiled: readonly CompiledRule[] | undefined;
}

/** The rules of one kind, as a {@link KindIndex} has them, before they are compiled. */
interface KindLists {
  readonly all: RuleList;
  readonly byLevel: ReadonlyMap<string, RuleList>;
  readonly anyLevel: RuleList;
}

/**
 * The rules of one kind in the policy's order, narrowed by level as {@link
 * CompiledPolicyLookups.rulesByKindAndLevel} says, not compiled yet (all empty when no rule is about the kind).
 * A rule's levels are read from its `match` as its compiled selector reads them ({@link allowedValues}).
 */
function kindLists(policy: Policy, kind: string): KindLists {
  const rules = policy.rules.filter((rule) => rule.match.kind === kind);
  const levelsOf = (rule: Rule) => {
    const level = rule.match.level;
    return level === undefined ? undefined : allowedValues(level);
  };
  const listOf = (list: readonly Rule[]): RuleList => ({ rules: list, compiled: undefined });
  const byLevel = new Map<string, RuleList>();
  for (const rule of rules) {
    for (const level of levelsOf(rule) ?? []) {
      if (!byLevel.has(level)) byLevel.set(level, listOf(rules.filter((r) => levelsOf(r)?.includes(level) ?? true)));
    }
  }
  return { all: listOf(rules), byLevel, anyLevel: listOf(rules.filter((rule) => levelsOf(rule) === undefined)) };
}

/** The lookups over every rule, the kinds in the order they first appear in the policy's rules. */
function wholeIndexes(
  policy: Policy,
  listsOf: (kind: string) => KindLists,
  compiledList: (list: RuleList) => readonly CompiledRule[],
  compiledRule: (rule: Rule) => CompiledRule,
): Omit<CompiledPolicyLookups, keyof CompiledPolicy> {
  const kinds = [...new Set(policy.rules.map((rule) => rule.match.kind))];
  const kindIndex = new Map(
    kinds.map((kind) => {
      const lists = listsOf(kind);
      const byLevel = new Map([...lists.byLevel].map(([level, list]) => [level, compiledList(list)]));
      return [kind, Object.freeze({ all: compiledList(lists.all), byLevel, anyLevel: compiledList(lists.anyLevel) })];
    }),
  );
  const indexes = [...kindIndex];
  return {
    rulesByKind: new Map(indexes.map(([kind, index]) => [kind, index.all])),
    rulesByKindAndLevel: new Map(
      indexes.flatMap(([kind, index]) =>
        [...index.byLevel].map(([level, rules]) => [kindAndLevel(kind, level), rules]),
      ),
    ),
    rulesByKindAnyLevel: new Map(indexes.map(([kind, index]) => [kind, index.anyLevel])),
    kindIndex,
    compiledRules: new Map(policy.rules.map((rule) => [rule, compiledRule(rule)])),
    ruleIds: new Set(policy.rules.map((rule) => rule.id)),
  };
}

function deepFreezeSummary(summary: PolicySummary): PolicySummary {
  Object.freeze(summary.window);
  return Object.freeze(summary);
}
