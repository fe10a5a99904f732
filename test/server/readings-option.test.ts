import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/runningService.js';

let service: TestService;
// A service for each test: started once before all of them, the service's route tables would be built
// outside every test, and under mutation testing judged by the tests of other files only.
beforeEach(async () => {
  service = await startTestService();
});
afterEach(() => service.close());

const request = {
  achievement: { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' },
  jurisdiction: 'zhengzhou',
  date: '2024-06-01',
};
const post = (body: unknown) =>
  fetch(`${service.url}/v1/evaluate`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });

describe('POST /v1/evaluate with options.readings and a history entry by clause', () => {
  it('郑州 第3条 中国质量奖, options.readings zhengzhou.art3.cqa alternative → 50万元 with readingsSwitched', async () => {
    const res = await post({ ...request, options: { readings: { 'zhengzhou.art3.cqa': 'alternative' } } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: { text: string }; readingsSwitched: { id: string }[] };
    expect([body.total.text, body.readingsSwitched.map((r) => r.id)]).toEqual(['50万元', ['zhengzhou.art3.cqa']]);
  });
  it('a history entry by clause without obtainedOn is accepted; an ambiguous clause is a 400 with ambiguous_clause', async () => {
    const entry = { policyId: 'zhengzhou-2019', clause: '第3条', amountYuan: 5_000_000, projectId: 'p' };
    const ok = await post({
      ...request,
      achievement: { ...request.achievement, projectId: 'p' },
      options: {
        history: [{ ...entry, achievement: { kind: 'government_quality_award', level: 'national', prize: 'award' } }],
      },
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { total: { fen: number } }).total.fen).toBe(0);
    const ambiguous = await post({ ...request, options: { history: [entry] } });
    expect(ambiguous.status).toBe(400);
    expect(((await ambiguous.json()) as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual([
      'ambiguous_clause',
    ]);
  });
});
