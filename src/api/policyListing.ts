import { resolveWindow } from '../engine/resolveWindow.js';
import type { Policy } from '../schema/policy.js';
import type { PolicyListing } from '../result/listings.js';

export type { PolicyListing } from '../result/listings.js';

/** Summarises a policy. */
export function policyListing(policy: Policy): PolicyListing {
  const window = resolveWindow(policy.window, undefined);
  return {
    id: policy.id,
    title: policy.title,
    titleEn: policy.titleEn,
    jurisdiction: {
      code: policy.jurisdiction.code,
      slug: policy.jurisdiction.slug,
      name: policy.jurisdiction.names[0] as string,
      nameEn: policy.jurisdiction.nameEn,
    },
    status: policy.status,
    window: { start: window.start, end: window.end },
    ruleCount: policy.rules.length,
  };
}
