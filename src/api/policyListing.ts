import { resolveWindow } from '../engine/resolveWindow.js';
import type { Policy } from '../schema/policy.js';

/** A one-line summary of a policy, for lists and READMEs. */
export interface PolicyListing {
  readonly id: string;
  readonly title: string;
  readonly titleEn: string;
  readonly jurisdiction: {
    readonly code: string;
    readonly slug: string;
    readonly name: string;
    readonly nameEn: string;
  };
  readonly status: 'in_force' | 'draft';
  /** `start: null` where the text leaves it blank; `end: null` where it has none (or follows a blank start). */
  readonly window: { readonly start: string | null; readonly end: string | null };
  readonly ruleCount: number;
}

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
