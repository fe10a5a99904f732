import { fenFromYuanInput } from '../../src/money/money.js';
import type { Policy } from '../../src/schema/policy.js';
import type { ValidCall } from './arbitraries.js';
import type { CheckedCall, HistoryPaid } from './invariants.js';

/** The validated view of a call that the invariant checks need (dates are strings already). */
export function checkedCall(policy: Policy, call: ValidCall): CheckedCall {
  return {
    policy,
    achievements: call.achievements.map((a) => ({ obtainedOn: a.obtainedOn as string, projectId: a.projectId })),
    history: (call.options.history ?? []).map((h): HistoryPaid => ({
      policyId: h.policyId,
      ruleId: h.ruleId ?? '',
      amountFen: fenFromYuanInput(h.amountYuan) as number,
      obtainedOn: h.obtainedOn as string,
      projectId: h.projectId,
    })),
  };
}
