import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/runningService.js';

let service: TestService;
// A service for each test: started once before all of them, the service's route tables would be built
// outside every test, and under mutation testing judged by the tests of other files only.
beforeEach(async () => {
  service = await startTestService({ limits: { batchLineBytes: 4096 } });
});
afterEach(() => service.close());

const line = (id: number, kind = 'government_quality_award') =>
  JSON.stringify({
    id,
    achievement: { kind, level: 'national', prize: 'award', obtainedOn: '2024-05-10' },
    jurisdiction: '350112',
    date: '2024-06-01',
  });

const batch = (body: string | ReadableStream<Uint8Array>) =>
  fetch(`${service.url}/v1/batch`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-ndjson' },
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit);

type Answer = {
  line: number;
  id?: number;
  ok: boolean;
  result?: { total: { fen: number } };
  issues?: { code: string }[];
};
const answers = async (res: Response) =>
  (await res.text())
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Answer);

describe('POST /v1/batch', () => {
  it('answers one line per request in input order; a bad line in the middle is reported and the batch goes on', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => (i === 150 ? line(i, 'no_such_kind') : line(i)));
    const res = await batch(`${lines.join('\n')}\n`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const out = await answers(res);
    expect(out).toHaveLength(300);
    expect(out.map((a) => a.id)).toEqual(lines.map((_, i) => i));
    expect(out.map((a) => a.line)).toEqual(lines.map((_, i) => i + 1));
    expect(out[150]?.issues?.[0]?.code).toBe('unknown_achievement_kind');
    expect(out.filter((a) => a.result?.total.fen === 200_000_000)).toHaveLength(299);
  }, 30_000);

  it('streams: the first answers arrive before the body has ended', async () => {
    let push!: (text: string) => void;
    let end!: () => void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (text) => controller.enqueue(new TextEncoder().encode(text));
        end = () => controller.close();
      },
    });
    const pending = batch(body);
    push(`${line(1)}\n`);
    const res = await pending;
    const reader = res.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(JSON.parse(first.split('\n')[0] as string)).toMatchObject({ line: 1, id: 1 });
    end();
    await reader.cancel();
  });

  it('a line that is not JSON, or too long, is an error line; blank lines are skipped but counted', async () => {
    const out = await answers(await batch(`not json\n\n${'x'.repeat(5000)}\n${line(7)}`));
    expect(out.map((a) => [a.line, a.ok ? 'ok' : 'error'])).toEqual([
      [1, 'error'],
      [3, 'error'],
      [4, 'ok'],
    ]);
  });

  it('a batch body that is not NDJSON is 415', async () => {
    const res = await fetch(`${service.url}/v1/batch`, {
      method: 'POST',
      body: line(1),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(415);
  });
});
