import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../policies/vocabulary.js';
import { collectWarnings, standingWarnings } from '../../src/engine/collectWarnings.js';
import { compilePolicy } from '../../src/engine/compile/compiledPolicy.js';
import { defineLibrary } from '../../src/engine/library.js';
import { switchedReading, switchReadings } from '../../src/engine/readings/switchReadings.js';
import { resolveWindow } from '../../src/engine/resolveWindow.js';
import type { EvaluationResult, Warning } from '../../src/result/types.js';
import type { Policy, PolicyInput, Reading } from '../../src/schema/policy.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/*
 * The warnings every usual result of a policy carries (draft, limits, notices, the readings of its window
 * and timing) are worked out once per compiled policy and shared; a line's own readings are added after
 * them, in a new list.
 */

const reading = (id: string): Reading => ({
  id,
  question: { zh: id, en: id },
  literal: id,
  chosen: { zh: `${id}-chosen`, en: `${id}-chosen` },
  alternative: { zh: `${id}-alt`, en: `${id}-alt` },
  basis: { zh: id, en: id },
});
const policyOf = (input: PolicyInput): Policy =>
  (defineLibrary({ kinds: vocabulary, policies: [input] }) as unknown as { policies: Policy[] }).policies[0]!;
const OPEN = reading('open-end');
const TIMING = reading('timing');
const input = (extra: Partial<PolicyInput> = {}) =>
  syntheticPolicy({
    window: {
      start: { date: '2020-01-01', clause: '1', quote: 'start' },
      end: { type: 'open', reading: OPEN },
    },
    achievementTiming: { startDayCounts: true, reading: TIMING },
    upperLimits: { clause: 'u', quote: '最高' },
    rules: [fixedRule('a', 'key_project', 1)],
    ...extra,
  } as Partial<PolicyInput> & { rules: PolicyInput['rules'] });
const line = (...readings: Reading[]) => ({ readings }) as unknown as EvaluationResult['awards'][number];
const lines = (awards: EvaluationResult['awards']) => ({ awards, notPaid: [], undetermined: [], notComputable: [] });
const codes = (ws: readonly Warning[]) => ws.map((w) => w.reading?.id ?? w.code);

describe('standing warnings: once per compiled policy, never shared with another', () => {
  it('limits, then the open end and timing readings; asked twice → the same frozen list', () => {
    const compiled = compilePolicy(policyOf(input()));
    const standing = standingWarnings(compiled);
    expect(codes(standing.warnings)).toEqual(['upper_limit', 'open-end', 'timing']);
    expect(standingWarnings(compiled)).toBe(standing);
    expect(Object.isFrozen(standing.warnings)).toBe(true);
    expect([...standing.readingIds]).toEqual(['open-end', 'timing']);
  });
  it('two policies → two lists: a draft policy’s starts with its draft warning, the other’s does not', () => {
    const inForce = standingWarnings(compilePolicy(policyOf(input())));
    const draft = standingWarnings(compilePolicy(policyOf(input({ id: 'test-draft', status: 'draft' }))));
    expect(codes(draft.warnings)).toEqual(['draft_policy', 'upper_limit', 'open-end', 'timing']);
    expect(codes(inForce.warnings)).toEqual(['upper_limit', 'open-end', 'timing']);
  });
  it('the policy with the open-end reading switched → its own list, saying the alternative is used', () => {
    const policy = policyOf(input());
    const plain = standingWarnings(compilePolicy(policy));
    const switched = standingWarnings(compilePolicy(switchReadings(policy, [OPEN])));
    expect(switched.warnings).not.toBe(plain.warnings);
    expect(switched.warnings[1]?.reading).toEqual(switchedReading(OPEN));
    expect(plain.warnings[1]?.reading).toEqual(OPEN);
  });
});

describe('collectWarnings on the usual path: the standing list, then each line reading once', () => {
  const compiled = compilePolicy(policyOf(input()));
  const standing = () => standingWarnings(compiled).warnings;
  it('lines whose readings are all standing ones → the standing list itself', () => {
    expect(collectWarnings(compiled, compiled.window, lines([line(TIMING), line()]))).toBe(standing());
  });
  it('two lines relying on reading r → a new list: the standing ones, then r once; the standing list unchanged', () => {
    const r = reading('r');
    const ws = collectWarnings(compiled, compiled.window, lines([line(r, TIMING), line(r)]));
    expect(codes(ws)).toEqual(['upper_limit', 'open-end', 'timing', 'r']);
    expect(Object.isFrozen(ws)).toBe(true);
    expect(codes(standing())).toEqual(['upper_limit', 'open-end', 'timing']);
  });
  it('no line at all → the timing reading is not relied on', () => {
    expect(codes(collectWarnings(compiled, compiled.window, lines([])))).toEqual(['upper_limit', 'open-end']);
  });
  it('a start the caller assumed → the assumed-start warning after the draft, before the limits', () => {
    const blank = compilePolicy(
      policyOf(
        input({
          window: {
            start: { date: null, clause: '1', quote: 'start' },
            end: { type: 'open', reading: OPEN },
          },
        } as Partial<PolicyInput>),
      ),
    );
    const assumed = resolveWindow(blank.policy.window, '2024-01-01');
    expect(codes(collectWarnings(blank, assumed, lines([line()])))).toEqual([
      'assumed_start_date',
      'upper_limit',
      'open-end',
      'timing',
    ]);
  });
});
