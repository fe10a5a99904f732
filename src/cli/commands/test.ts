import { fixtureExitCode, formatFixtureReport, runFixtures } from '../../fixtures/index.js';
import { evaluateRequest } from '../../index.js';
import { usageError } from '../cliFailure.js';
import type { Command } from '../command.js';
import { write } from '../io.js';
import { parseOptions } from '../parseOptions.js';

/** `test`: runs clause-by-clause fixture files (YAML or JSON) against the bundled policies. */
export const command: Command = {
  name: 'test',
  summary: '运行逐条款测试用例（YAML）/ run clause-by-clause fixture files',
  usage: `Usage: quality-rewards test <file|folder>... [--json]

  运行测试用例文件（YAML 或 JSON；文件夹内的 .yaml/.yml/.json 逐一运行），逐条列出未通过的用例：
  名称、文件与行号、期望与实际的差异；最后一行为 “N passed, N failed”。
  Runs fixture files (folders: every .yaml, .yml and .json inside). For each failing case: its name,
  file and line, and a diff of expected (-) against got (+); the last line is "N passed, N failed".

      --json   the report as JSON instead of text

Exit status: 0 all passed, 1 a case failed, 2 a malformed fixture file (file, line and the problem).
Example: npx quality-rewards test cases.yaml
`,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { json: { type: 'boolean' } });
    if (positionals.length === 0) throw usageError('give at least one fixture file or folder');
    const report = runFixtures(positionals, evaluateRequest);
    if (values.json) {
      const malformed = report.malformed.map((e) => ({ file: e.file, line: e.line, detail: e.detail }));
      const cases = report.cases.map(({ request: _, expect: __, ...c }) => c);
      await write(io.stdout, `${JSON.stringify({ passed: report.passed, failed: report.failed, malformed, cases })}\n`);
    } else {
      await write(io.stdout, formatFixtureReport(report));
    }
    return fixtureExitCode(report);
  },
};
