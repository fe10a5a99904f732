import { deepFreeze } from '../deepFreeze.js';
import type { FactName } from '../../schema/facts.js';
import type { Money } from '../../money/money.js';
import type { Achievement } from '../../schema/achievement.js';
import type { Reading } from '../../schema/policy.js';
import type { Bilingual } from '../../schema/primitives.js';
import type {
  Adjustment,
  AmountBasis,
  Award,
  ClauseCitation,
  NotComputable,
  NotPaid,
  Undetermined,
} from '../../result/types.js';

/*
 * The lines of a result, built field by field in the order the result type lists them. Object spread is
 * avoided on purpose: V8 copies a spread source (above all a frozen one, such as a compiled citation)
 * through a slow generic path, which cost more than the rest of an evaluation.
 *
 * Each line is frozen as it is made. What it may hold that was made for this call (a message, a list of
 * missing facts, a clause cited) is flat data, frozen with one `Object.freeze` (deepFreeze would list its
 * keys, an array per object, to find nothing below); what it takes from the compiled policy (the
 * citation, amounts from `money`) is frozen already and is not asked again: `Object.isFrozen` costs tens
 * of nanoseconds a call, and asking it of every field of every line cost more than building the line.
 * Lists of readings are frozen lists of the policy's frozen readings wherever they come from (compiled
 * lists, a claim's lists, see Claim), and are taken as they are.
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `{ achievementIndex, achievementId? }`: which of the caller's achievements a line is about. */
function refOf<T>(achievement: Achievement, index: number): Mutable<T> {
  const line = { achievementIndex: index } as Mutable<T> & { achievementIndex: number; achievementId?: string };
  if (achievement.id !== undefined) line.achievementId = achievement.id;
  return line;
}

function cite(line: Mutable<ClauseCitation>, citation: ClauseCitation): void {
  line.ruleId = citation.ruleId;
  line.clause = citation.clause;
  line.quote = citation.quote;
  line.title = citation.title;
}

/** A reward not paid, and why. */
export function notPaidLine(
  achievement: Achievement,
  index: number,
  code: NotPaid['code'],
  message: Bilingual,
  citation: ClauseCitation | null,
  clauseAmount: Money | undefined,
  stoppedBy: NotPaid['stoppedBy'],
  readings: readonly Reading[],
): NotPaid {
  const line = refOf<NotPaid>(achievement, index);
  line.code = code;
  line.message = Object.freeze(message);
  line.citation = citation;
  if (clauseAmount !== undefined) line.clauseAmount = clauseAmount;
  if (stoppedBy !== undefined) line.stoppedBy = Object.freeze(stoppedBy);
  line.readings = readings;
  return Object.freeze(line);
}

/** A reward that cannot be decided for want of facts. */
export function undeterminedLine(
  achievement: Achievement,
  index: number,
  citation: ClauseCitation,
  code: Undetermined['code'],
  missingFacts: readonly FactName[],
  message: Bilingual,
  clauseAmount: Money | undefined,
  readings: readonly Reading[],
): Undetermined {
  const line = refOf<Undetermined>(achievement, index);
  cite(line, citation);
  line.code = code;
  line.missingFacts = Object.freeze(missingFacts);
  line.message = Object.freeze(message);
  if (clauseAmount !== undefined) line.clauseAmount = clauseAmount;
  line.readings = readings;
  return Object.freeze(line);
}

/** A reward whose amount the text leaves to another procedure. */
export function notComputableLine(
  achievement: Achievement,
  index: number,
  citation: ClauseCitation,
  code: NotComputable['code'],
  message: Bilingual,
  readings: readonly Reading[],
): NotComputable {
  const line = refOf<NotComputable>(achievement, index);
  cite(line, citation);
  line.code = code;
  line.message = Object.freeze(message);
  line.readings = readings;
  return Object.freeze(line);
}

/**
 * What an award says besides its achievement and clause. Its `adjustments` and `readings` are a claim's
 * lists, frozen all the way down already (see Claim), and its `calculation` was frozen when reckoned
 * (reckonAmount): none of them is asked again.
 */
export interface AwardFields {
  readonly amount: Money;
  readonly clauseAmount: Money;
  readonly basis: AmountBasis;
  readonly upTo: boolean;
  readonly calculation: Bilingual;
  readonly schedule: Award['schedule'] | undefined;
  readonly adjustments: readonly Adjustment[];
  readonly readings: readonly Reading[];
  readonly inAdditionTo: Award['inAdditionTo'] | undefined;
}

/**
 * A reward paid. Written as one object literal (two, with and without the achievement's id), not built
 * up field by field: an object that grows past its literal moves its fields to a separate store that is
 * copied as it grows, ~330 B made per award instead of ~120 B (measured), and kept in the result. A
 * yearly schedule, rare and in the middle of the order, takes the field-by-field way.
 */
export function awardLine(achievement: Achievement, index: number, citation: ClauseCitation, f: AwardFields): Award {
  if (f.schedule !== undefined) return awardLineWithSchedule(achievement, index, citation, f);
  const id = achievement.id;
  const line: Mutable<Award> =
    id === undefined
      ? {
          achievementIndex: index,
          ruleId: citation.ruleId,
          clause: citation.clause,
          quote: citation.quote,
          title: citation.title,
          amount: f.amount,
          clauseAmount: f.clauseAmount,
          basis: f.basis,
          upTo: f.upTo,
          calculation: f.calculation,
          adjustments: f.adjustments,
          readings: f.readings,
        }
      : {
          achievementIndex: index,
          achievementId: id,
          ruleId: citation.ruleId,
          clause: citation.clause,
          quote: citation.quote,
          title: citation.title,
          amount: f.amount,
          clauseAmount: f.clauseAmount,
          basis: f.basis,
          upTo: f.upTo,
          calculation: f.calculation,
          adjustments: f.adjustments,
          readings: f.readings,
        };
  if (f.inAdditionTo !== undefined) line.inAdditionTo = Object.freeze(f.inAdditionTo);
  return Object.freeze(line);
}

/** {@link awardLine} of a per-year reward: its schedule between the calculation and the adjustments. */
function awardLineWithSchedule(
  achievement: Achievement,
  index: number,
  citation: ClauseCitation,
  f: AwardFields,
): Award {
  const line = refOf<Award>(achievement, index);
  cite(line, citation);
  line.amount = f.amount;
  line.clauseAmount = f.clauseAmount;
  line.basis = f.basis;
  line.upTo = f.upTo;
  line.calculation = f.calculation;
  if (f.schedule !== undefined) line.schedule = deepFreeze(f.schedule);
  line.adjustments = f.adjustments;
  line.readings = f.readings;
  if (f.inAdditionTo !== undefined) line.inAdditionTo = Object.freeze(f.inAdditionTo);
  return Object.freeze(line);
}
