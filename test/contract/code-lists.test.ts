import { describe, expect, expectTypeOf, it } from 'vitest';
import { ERROR_CODES, REASON_CODES } from '../../src/index.js';

// The lists are read off the keys of their messages; these pin the order callers and the JSON Schemas see,
// and the tuple types the declarations give.
describe('the code lists callers branch on', () => {
  it('lists every input error code, in the order documented', () => {
    const expected = [
      'invalid_type',
      'invalid_date',
      'invalid_value',
      'invalid_amount',
      'negative_amount',
      'out_of_range',
      'too_large',
      'unknown_field',
      'forbidden_key',
      'missing_field',
      'unknown_jurisdiction',
      'unknown_achievement_kind',
      'unknown_subtype',
      'unknown_policy',
      'unknown_rule',
      'unknown_clause',
      'ambiguous_clause',
      'unknown_reading',
      'reading_not_computable',
      'achievement_after_evaluation_date',
      'start_date_not_blank',
    ] as const;
    expect(ERROR_CODES).toEqual(expected);
    expectTypeOf(ERROR_CODES).toEqualTypeOf<typeof expected>();
  });

  it('lists every reason code, in the order documented', () => {
    const expected = [
      'policy_not_in_force',
      'policy_start_date_blank',
      'achievement_before_policy',
      'outside_rule_window',
      'no_rule_for_achievement',
      'rank_not_eligible',
      'prerequisite_not_met',
      'result_not_qualifying',
      'ineligible_recipient',
      'excluded_by_clause',
      'not_first_time',
      'already_paid',
      'base_reward_not_paid',
      'instalment_not_due',
      'duplicate_support',
      'stacking_highest_only',
      'stacking_first_filed',
      'cap_reached',
      'case_by_case',
      'other_rules',
      'missing_fact',
      'first_filed_undecided',
    ] as const;
    expect(REASON_CODES).toEqual(expected);
    expectTypeOf(REASON_CODES).toEqualTypeOf<typeof expected>();
  });
});
