import * as z from 'zod/mini';
import type { Achievement } from './achievement.js';
import { SELECTOR_ORDER } from './selectorOrder.js';

/**
 * Facts a rule's selector may match on: closed value sets, compared by equality. The selectors of a
 * rule's `match` ({@link SELECTOR_ORDER}, in their order), and `legalForm`, which conditions compare
 * but no `match` names.
 */
export const selectorFactSchema = z.enum([...SELECTOR_ORDER, 'legalForm']);
/** See {@link selectorFactSchema}. */
export type SelectorFact = z.infer<typeof selectorFactSchema>;

/** Yes/no facts a condition may require or exclude. */
export const booleanFactSchema = z.enum([
  'firstTime',
  'adoptedByGovernment',
  'convertedOwnIntellectualProperty',
  'filedWithAuthority',
  'fundedByStateBudget',
  'inListedCategory',
  'fullyStateFunded',
  'aboveDesignatedSize',
]);
/** See {@link booleanFactSchema}. */
export type BooleanFact = z.infer<typeof booleanFactSchema>;

/** Whole-number facts. */
export const numberFactSchema = z.enum([
  'rank',
  'count',
  'consecutiveYearsHeld',
  'consecutiveAnnualInspectionsPassed',
  'adoptingEnterprises',
]);
/** See {@link numberFactSchema}. */
export type NumberFact = z.infer<typeof numberFactSchema>;

/** Money facts (integer 分 once validated). */
export const moneyFactSchema = z.enum(['annualSalesRevenue', 'stateFunding']);
/** See {@link moneyFactSchema}. */
export type MoneyFact = z.infer<typeof moneyFactSchema>;

/** Places of the recipient (GB/T 2260 codes). */
export const placeFactSchema = z.enum(['registeredIn', 'taxRegisteredIn', 'employedIn', 'hiredByEnterpriseIn']);
/** See {@link placeFactSchema}. */
export type PlaceFact = z.infer<typeof placeFactSchema>;

/** Any fact name; these are the names a result lists under `missingFacts`. */
export type FactName =
  SelectorFact | BooleanFact | NumberFact | MoneyFact | PlaceFact | 'filedOn' | 'projectId' | 'history.obtainedOn';

const RECIPIENT_FACTS = new Set<FactName>([
  'legalForm',
  'hiredByEnterpriseIn',
  'recipientType',
  'sector',
  'fullyStateFunded',
  'aboveDesignatedSize',
  'registeredIn',
  'taxRegisteredIn',
  'employedIn',
]);

/**
 * Reads one named fact of an achievement, looking into `recipient` for the recipient's facts.
 * An omitted recipient is an organization (the usual claimant); an omitted `count` is one item.
 */
export function readFact(achievement: Achievement, name: FactName): string | number | boolean | undefined {
  if (name === 'recipientType') return achievement.recipient?.type ?? 'organization';
  if (name === 'count') return achievement.count ?? 1;
  if (RECIPIENT_FACTS.has(name)) {
    const recipient = achievement.recipient as Record<string, string | boolean | undefined> | undefined;
    const value = recipient?.[name];
    // 财政全额拨款 is said of a 事业单位 only: any other legal form is not fully state-funded.
    if (name === 'fullyStateFunded' && value === undefined && recipient?.legalForm !== undefined) {
      return recipient.legalForm === 'public_institution' ? undefined : false;
    }
    return value;
  }
  return (achievement as Record<string, string | number | boolean | undefined>)[name];
}
