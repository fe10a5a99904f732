import type * as z from 'zod/mini';
import type { HistoryEntry, historyEntryInFen, historyEntrySchema } from './options.js';

/**
 * {@link historyEntryInFen}'s entry as the engine reads it: every field of a history entry listed, in one
 * order, those the caller left out `undefined`. One object literal of one shape, built without looking
 * at the keys (the copy key by key was about a tenth of a microsecond an entry, and its entries took as
 * many shapes as there are sets of fields callers give), and read at that one shape by every step that
 * walks history. No result, issue or message shows an entry, only its fields' values, and the engine
 * asks of a field only whether it is `undefined`, never whether it is there: which keys an entry holds,
 * and in what order, is never seen.
 */
export function historyEntryOf(entry: z.output<typeof historyEntrySchema>): HistoryEntry {
  return {
    policyId: entry.policyId,
    // The rule is resolved (from `clause` where no `ruleId` is given) when the arguments are checked.
    ruleId: entry.ruleId ?? '',
    clause: entry.clause,
    achievement: entry.achievement,
    amountFen: entry.amountYuan,
    obtainedOn: entry.obtainedOn,
    paidOn: entry.paidOn,
    projectId: entry.projectId,
    jurisdiction: entry.jurisdiction,
  } as HistoryEntry;
}
