import { inputIssue, type InputIssue } from '../errors/QualityRewardsError.js';
import { suggest } from '../errors/suggest.js';
import { checkCondition } from '../engine/checkCondition.js';
import type { Library } from '../engine/library.js';
import { matchRule } from '../engine/matchRule.js';
import type { Achievement } from '../schema/achievement.js';
import { LIMITS } from '../schema/limits.js';
import type { HistoryEntry } from '../schema/options.js';
import type { Policy, Rule } from '../schema/policy.js';

/** A policy's rules by normalized clause reference, and the clause references as printed. */
interface ClauseIndex {
  readonly policy: Policy;
  readonly ruleIds: ReadonlySet<string>;
  readonly byClause: ReadonlyMap<string, readonly Rule[]>;
}

const INDEXES = new WeakMap<Library, ReadonlyMap<string, ClauseIndex>>();

/**
 * A clause reference as a caller may write it: with or without a leading 第 and a trailing 条,
 * with half- or full-width brackets, it compares equal to how the data prints the same clause. Spaces, a leading 第, a trailing 条 and the width of
 * brackets do not matter.
 */
export function normalizeClause(clause: string): string {
  return clause.replace(/\s/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/^第/, '').replace(/条$/, '');
}

function indexesOf(library: Library): ReadonlyMap<string, ClauseIndex> {
  let indexes = INDEXES.get(library);
  if (!indexes) {
    indexes = new Map(
      library.policies.map((policy) => {
        const byClause = new Map<string, Rule[]>();
        for (const rule of policy.rules) {
          const key = normalizeClause(rule.clause);
          byClause.set(key, [...(byClause.get(key) ?? []), rule]);
        }
        return [policy.id, { policy, ruleIds: new Set(policy.rules.map((r) => r.id)), byClause }];
      }),
    );
    INDEXES.set(library, indexes);
  }
  return indexes;
}

/**
 * An entry whose `ruleId` is a rule of its library policy, or that is under a policy outside the library
 * (whose entries keep what the caller wrote: without a clause, that is the `ruleId` as it stands, even
 * none).
 */
function knownRule(indexes: ReadonlyMap<string, ClauseIndex>, entry: HistoryEntry): boolean {
  const index = indexes.get(entry.policyId);
  return index === undefined || index.ruleIds.has(entry.ruleId);
}

/** The conditions that test the achievement's own facts, which can tell the rules of one clause apart. */
const DISTINGUISHING = new Set(['rank_between', 'fact_in', 'fact_is', 'fact_at_least']);

/**
 * Whether a rule can be the one a history entry paid under, by what the entry says was paid for: its
 * kind and selectors match (a fact left out does not rule a rule out), and no condition on the
 * achievement's own facts fails.
 */
function couldBe(rule: Rule, achievement: HistoryEntry['achievement']): boolean {
  if (!achievement) return true;
  const described = achievement as unknown as Achievement;
  if (matchRule(rule.match, described).status === 'no') return false;
  // Stryker disable next-line StringLiteral,ObjectLiteral,ArrayDeclaration: the distinguishing conditions read the achievement only, never the context.
  const context = { policyId: '', ruleId: rule.id, history: [] };
  // Stryker disable next-line ArrayDeclaration: an element made up in the fallback has no distinguishing type.
  return !(rule.conditions ?? []).some(
    (c) => DISTINGUISHING.has(c.type) && checkCondition(c, described, context).status === 'fail',
  );
}

/**
 * Resolves each history entry under a policy of the library to its rule: by `ruleId` (the rule's stable
 * public id), or by `clause` as tables and results print it. A clause of one rule is that rule; a clause
 * of several is narrowed by the entry's `achievement` (kind and distinguishing facts) and must come down
 * to one, otherwise it is an input error (`ambiguous_clause`, suggesting the rules left) — a payment is
 * never counted under a rule guessed for it. With both `ruleId` and `clause`, the rule must be of that
 * clause. Entries under other policies keep what the caller wrote (`ruleId`, else `clause`): no rule of
 * the library is looked up for them. Returns the entries with `ruleId` resolved, and the issues found.
 */
export function resolveHistoryRules(
  library: Library,
  history: readonly HistoryEntry[],
): { readonly history: HistoryEntry[]; readonly issues: InputIssue[] } {
  const indexes = indexesOf(library);
  // The common case, entries by a known `ruleId` alone: nothing to resolve, nothing to copy.
  if (history.every((entry) => entry.clause === undefined && knownRule(indexes, entry))) {
    return { history: history as HistoryEntry[], issues: [] };
  }
  const issues: InputIssue[] = [];
  const resolved = history.map((entry, i) => {
    // Past the issue limit the error is certain: further entries are not looked into (nor suggested for).
    if (issues.length >= LIMITS.issues) return entry;
    const at = (field: string) => ['options', 'history', i, field];
    const index = indexes.get(entry.policyId);
    if (!index) return entry.ruleId === '' ? { ...entry, ruleId: entry.clause ?? '' } : entry;
    const { policy } = index;
    if (entry.ruleId !== '' && !index.ruleIds.has(entry.ruleId)) {
      issues.push(
        inputIssue(
          'unknown_rule',
          at('ruleId'),
          { value: `${entry.policyId}: ${entry.ruleId}` },
          suggest(
            entry.ruleId,
            policy.rules.map((r) => r.id),
          ),
        ),
      );
      return entry;
    }
    if (entry.clause === undefined) {
      if (entry.ruleId === '') {
        issues.push(
          inputIssue('missing_field', at('ruleId'), {
            zh: '须给出 ruleId 或 clause',
            en: 'give ruleId or clause',
          }),
        );
      }
      return entry;
    }
    const ofClause = index.byClause.get(normalizeClause(entry.clause));
    if (!ofClause) {
      issues.push(
        inputIssue(
          'unknown_clause',
          at('clause'),
          { value: `${entry.policyId}: ${entry.clause}` },
          suggest(entry.clause, new Set(policy.rules.map((r) => r.clause))),
        ),
      );
      return entry;
    }
    if (entry.ruleId !== '') {
      if (!ofClause.some((r) => r.id === entry.ruleId)) {
        issues.push(
          inputIssue(
            'unknown_rule',
            at('ruleId'),
            { zh: `${entry.ruleId} 不属于 ${entry.clause}`, en: `${entry.ruleId} is not a rule of ${entry.clause}` },
            ofClause.map((r) => r.id),
          ),
        );
      }
      return entry;
    }
    const candidates = ofClause.filter((rule) => couldBe(rule, entry.achievement));
    if (candidates.length === 1) return { ...entry, ruleId: (candidates[0] as Rule).id };
    if (candidates.length === 0) {
      issues.push(
        inputIssue(
          'unknown_rule',
          at('achievement'),
          {
            zh: `${entry.clause} 中没有关于此成果的奖励`,
            en: `no rule of ${entry.clause} is about this achievement`,
          },
          ofClause.map((r) => r.id),
        ),
      );
      return entry;
    }
    issues.push(
      inputIssue(
        'ambiguous_clause',
        at('clause'),
        { value: `${entry.policyId}: ${entry.clause}` },
        candidates.map((r) => r.id),
      ),
    );
    return entry;
  });
  return { history: resolved, issues };
}
