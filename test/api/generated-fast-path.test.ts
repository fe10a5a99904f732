import { afterEach, describe, expect, it, vi } from 'vitest';
import { anchor } from '../../bench/anchor.js';
import { evaluate, safeEvaluate } from '../../src/index.js';
import { calendarDateInputSchema, yuanInputSchema } from '../../src/schema/primitives.js';

/** Runs `zod` parses on the date and amount schemas every achievement, date argument and history entry uses. */
const zodRuns = () => [vi.spyOn(calendarDateInputSchema._zod, 'run'), vi.spyOn(yuanInputSchema._zod, 'run')];
const calls = (spies: ReturnType<typeof zodRuns>) => spies.reduce((n, spy) => n + spy.mock.calls.length, 0);

const single = () => evaluate(anchor.achievement as never, anchor.jurisdiction as never, anchor.date);
const portfolio = () =>
  evaluate(anchor.zhengzhouPortfolio20 as never, anchor.zhengzhouJurisdiction as never, '2024-06-01', {
    history: anchor.zhengzhouHistory10,
  } as never);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the boundary answers valid input with the generated validators, and zod names every problem', () => {
  it('once warmed up, a valid achievement, portfolio, date and history are not parsed by zod again', () => {
    for (let i = 0; i < 60; i++) {
      single();
      portfolio();
    }
    const spies = zodRuns();
    expect(single().total.fen).toBe(anchor.expectedYuan * 100);
    expect(portfolio().awards.length).toBeGreaterThan(0);
    expect(calls(spies)).toBe(0);
  });

  it('invalid input still goes to zod, which reports it', () => {
    for (let i = 0; i < 60; i++) single();
    const spies = zodRuns();
    const bad = safeEvaluate(
      { ...anchor.achievement, obtainedOn: '2024-02-30' } as never,
      anchor.jurisdiction as never,
      anchor.date,
    );
    expect(bad.success).toBe(false);
    expect(calls(spies)).toBeGreaterThan(0);
  });
});
