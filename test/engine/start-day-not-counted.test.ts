import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { paid, refused } from '../support/lines.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

describe('achievementTiming.startDayCounts: false (生效后取得, the start day excluded)', () => {
  const policy = syntheticPolicy({
    rules: [fixedRule('r', 'key_project', 100_000)],
    achievementTiming: { startDayCounts: false, clause: 'T', quote: '生效后取得的' },
  });
  const { evaluate } = evaluatorFor(policy);
  const on = (obtainedOn: string) => evaluate({ kind: 'key_project', obtainedOn }, 'testcity', '2020-06-01');

  it('obtained on the first day → not rewarded (achievement_before_policy), stopped by the timing clause', () => {
    const r = on('2020-01-01');
    expect(refused(r)).toEqual({ r: 'achievement_before_policy' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: 'T', quote: '生效后取得的' });
  });

  it('obtained the day after the first day → rewarded', () => {
    expect(paid(on('2020-01-02'))).toEqual({ r: 100_000 });
  });

  it('obtained the day before → not rewarded either', () => {
    expect(refused(on('2019-12-31'))).toEqual({ r: 'achievement_before_policy' });
  });
});
