import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { regionCodeSchema } from '../schema/primitives.js';
import { jurisdictionRefSchema, policyStatusSchema, policyWindowSchema } from './types.js';

/** A one-line summary of a policy, as `listPolicies()` gives it. */
export const policyListingSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    id: z.string().min(1),
    title: z.string().min(1),
    titleEn: z.string().min(1),
    jurisdiction: jurisdictionRefSchema,
    status: policyStatusSchema,
    /** `start: null` where the text leaves it blank; `end: null` where it has none (or follows a blank start). */
    window: policyWindowSchema,
    ruleCount: z.int().nonnegative(),
  }),
);
/** See {@link policyListingSchema}. */
export type PolicyListing = z.infer<typeof policyListingSchema>;

/** A jurisdiction and the names it answers to, as `listJurisdictions()` gives it. */
export const jurisdictionListingSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    code: regionCodeSchema,
    slug: z.string().min(1),
    names: z.array(z.string().min(1)).readonly(),
    nameEn: z.string().min(1),
    policyIds: z.array(z.string().min(1)).readonly(),
  }),
);
/** See {@link jurisdictionListingSchema}. */
export type JurisdictionListing = z.infer<typeof jurisdictionListingSchema>;
