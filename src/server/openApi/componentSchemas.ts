import { z } from 'zod';
import {
  achievementSchema,
  evaluateOptionsSchema,
  evaluateRequestSchema,
  kindDefinitionSchema,
  policyCalendarSchema,
  policySchema,
} from '../../index.js';
import { compareRequestSchema } from '../compareRequest.js';
import { problemSchema } from '../problem.js';

/**
 * The zod schemas behind the OpenAPI document's `components.schemas`, by component name, with the side
 * each describes: `input` for what a caller sends, `output` for what the service answers.
 */
export const COMPONENT_SCHEMAS: Readonly<Record<string, { schema: z.ZodType; io: 'input' | 'output' }>> = {
  EvaluateRequest: { schema: evaluateRequestSchema, io: 'input' },
  CompareRequest: { schema: compareRequestSchema, io: 'input' },
  Achievement: { schema: achievementSchema, io: 'input' },
  EvaluateOptions: { schema: evaluateOptionsSchema, io: 'input' },
  EvaluationResult: { schema: z.record(z.string(), z.unknown()), io: 'output' },
  Comparison: { schema: z.array(z.record(z.string(), z.unknown())), io: 'output' },
  PolicyCalendar: { schema: policyCalendarSchema, io: 'output' },
  Policy: { schema: policySchema, io: 'output' },
  PolicyListing: { schema: z.record(z.string(), z.unknown()), io: 'output' },
  JurisdictionListing: { schema: z.record(z.string(), z.unknown()), io: 'output' },
  KindDefinition: { schema: kindDefinitionSchema, io: 'output' },
  Problem: { schema: problemSchema, io: 'output' },
};
