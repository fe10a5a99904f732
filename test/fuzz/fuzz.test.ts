import { describe, expect, it, vi } from 'vitest';
import { runFuzz } from './runFuzz.js';

// Each test runs many generated cases: seconds on a busy machine, well past the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

/**
 * The short fuzz run: 2,000 generated calls (valid, noisy, hostile) of ordinary size. `npm run fuzz`
 * runs 100,000 with the large inputs too, and reports the calls over 50 ms (a target, measured there,
 * never asserted in a test).
 */
describe('evaluate under 2,000 generated inputs', () => {
  const summary = runFuzz(2_000, 7, { large: false });

  it('never throws anything but a QualityRewardsError', () => {
    expect(summary.examples.filter((e) => e.startsWith('raw'))).toEqual([]);
    expect(summary.rawExceptions).toBe(0);
  });

  it('every error it throws has issues with a known code, a path and text in Chinese and English', () => {
    expect(summary.malformedErrors).toBe(0);
  });

  it('every result it returns keeps the invariants', () => {
    expect(summary.examples.filter((e) => e.startsWith('invariant'))).toEqual([]);
    expect(summary.invariantViolations).toBe(0);
  });

  it('reaches all three kinds of input, and both accepts and refuses', () => {
    for (const category of ['valid', 'noisy', 'hostile'])
      expect(summary.byCategory[category]?.inputs).toBeGreaterThan(100);
    expect(summary.byCategory.valid?.accepted).toBe(summary.byCategory.valid?.inputs);
    expect(summary.byCategory.hostile?.refused).toBeGreaterThan(0);
  });
});
