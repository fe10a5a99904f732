import { z } from 'zod';
import {
  achievementSchema,
  compareRequestSchema,
  evaluateOptionsSchema,
  evaluateRequestSchema,
  kindDefinitionSchema,
  policyCalendarSchema,
  policySchema,
} from '../../index.js';
import { problemSchema } from '../problem.js';

/** A JSON Schema document as `z.toJSONSchema` writes it. */
export type GeneratedSchema = Record<string, unknown>;

/** `z.toJSONSchema` of one zod schema, for the side it describes (`input`: what a caller sends). */
export const fromZod = (schema: z.core.$ZodType, io: 'input' | 'output') => (): GeneratedSchema =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as GeneratedSchema;

/**
 * The schemas behind the OpenAPI document's `components.schemas`, by component name, each generated
 * from the zod schema the code validates with. Where the library has no zod schema of an answer yet
 * (the evaluation result and the listings), the component is an open object until it has one.
 */
export const COMPONENT_SCHEMAS: Readonly<Record<string, () => GeneratedSchema>> = {
  EvaluateRequest: fromZod(evaluateRequestSchema, 'input'),
  CompareRequest: fromZod(compareRequestSchema, 'input'),
  Achievement: fromZod(achievementSchema, 'input'),
  EvaluateOptions: fromZod(evaluateOptionsSchema, 'input'),
  EvaluationResult: fromZod(z.record(z.string(), z.unknown()), 'output'),
  Comparison: fromZod(z.array(z.record(z.string(), z.unknown())), 'output'),
  PolicyCalendar: fromZod(policyCalendarSchema, 'output'),
  Policy: fromZod(policySchema, 'output'),
  PolicyListing: fromZod(z.record(z.string(), z.unknown()), 'output'),
  JurisdictionListing: fromZod(z.record(z.string(), z.unknown()), 'output'),
  KindDefinition: fromZod(kindDefinitionSchema, 'output'),
  Problem: fromZod(problemSchema, 'output'),
};
