import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compare, policyCalendar } from '../../src/index.js';
import { startTestService, type TestService } from '../support/runningService.js';

let service: TestService;
// A service for each test: started once before all of them, the service's route tables would be built
// outside every test, and under mutation testing judged by the tests of other files only.
beforeEach(async () => {
  service = await startTestService();
});
afterEach(() => service.close());

const award = {
  kind: 'government_quality_award',
  level: 'national',
  prize: 'award',
  obtainedOn: '2024-05-10',
} as const;
const post = (body: unknown) =>
  fetch(`${service.url}/v1/compare`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });

describe('POST /v1/compare', () => {
  it('answers what compare answers, one result per jurisdiction', async () => {
    const res = await post({ achievement: award, jurisdictions: 'all', date: '2024-06-01' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(compare(award, 'all', '2024-06-01'))));
  });
  it('issues name the field of the body: a bad jurisdiction by its place in the list, the achievement by its field', async () => {
    const res = await post({
      achievements: [{ ...award, kind: 'nope' }],
      jurisdictions: ['350112', 'atlantis'],
      date: '2024-06-01',
    });
    expect(res.status).toBe(400);
    const { issues } = (await res.json()) as { issues: { code: string; path: (string | number)[] }[] };
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'unknown_jurisdiction', path: ['jurisdictions', 1] }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'unknown_achievement_kind', path: ['achievements', 0, 'kind'] }),
    );
  });
  it('neither achievement nor achievements is a missing_field', async () => {
    const res = await post({ jurisdictions: 'all', date: '2024-06-01' });
    expect(await res.json()).toMatchObject({ status: 400, issues: [{ code: 'missing_field' }] });
  });
});

describe('GET /v1/calendar', () => {
  it('answers what policyCalendar answers for ?date=&within=', async () => {
    const res = await fetch(`${service.url}/v1/calendar?date=2024-06-01&within=30`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(policyCalendar('2024-06-01', { within: 30 }))));
  });
  it('a missing date and a bad within are 400 issues with the library paths (date, options.within)', async () => {
    const res = await fetch(`${service.url}/v1/calendar?within=soon`);
    expect(res.status).toBe(400);
    const { issues } = (await res.json()) as { issues: { code: string; path: string[] }[] };
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_field', ['date']],
      ['invalid_type', ['options', 'within']],
    ]);
  });
});
