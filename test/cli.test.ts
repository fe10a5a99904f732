import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../src/cli/runCli.js';
import {
  evaluate,
  getPolicy,
  listAchievementKinds,
  listJurisdictions,
  listPolicies,
  safeEvaluate,
} from '../src/index.js';

const evaluator = { evaluate, safeEvaluate, getPolicy, listAchievementKinds, listJurisdictions, listPolicies };

function cli(args: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (p) => files[String(p)] ?? '',
    writeFile: (p, t) => (written[p] = t),
  };
  const code = runCli(evaluator, args, io);
  return { code, out: out.join(''), err: err.join(''), written };
}

describe('command line', () => {
  const cqa = JSON.stringify({
    kind: 'government_quality_award',
    level: 'national',
    prize: 'award',
    obtainedOn: '2024-05-10',
  });
  it('evaluate prints the result as JSON', () => {
    const r = cli(['evaluate', 'a.json', '--jurisdiction', '长乐区', '--date', '2024-06-01'], { 'a.json': cqa });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).total.text).toBe('200万元');
  });
  it('evaluate --text prints the explanation; history and assumeStartDate come in a wrapper object', () => {
    const file = JSON.stringify({ achievement: JSON.parse(cqa), assumeStartDate: '2024-01-01' });
    const r = cli(['evaluate', 'a.json', '--jurisdiction', 'shenzhen', '--date', '2024-06-01', '--text'], {
      'a.json': file,
    });
    expect(r.code).toBe(0);
    expect(r.out).toContain('assumed_start_date');
  });
  it('bad input exits 1 with the typed issues on stderr', () => {
    const r = cli(['evaluate', 'a.json', '--jurisdiction', 'atlantis', '--date', '2024-06-01'], { 'a.json': cqa });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.err)[0].code).toBe('unknown_jurisdiction');
    expect(cli(['evaluate', 'a.json', '--jurisdiction', 'changle', '--date', 'x'], { 'a.json': '{' }).code).toBe(1);
  });
  it('tables writes one table per policy; unknown commands print the usage', () => {
    const r = cli(['tables', 'out']);
    expect(Object.keys(r.written)).toContain('out/changle-2020.table.md');
    expect(cli(['frobnicate']).code).toBe(2);
  });
});
