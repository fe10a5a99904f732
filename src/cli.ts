/** The `quality-rewards` command. */
import { runCliProcess } from './cli/runCliProcess.js';

// Both src/cli.ts and dist/cli.js sit one level below package.json. This file is only ever run as a process
// of its own, where Stryker cannot switch a mutant on; test/smoke/esm.mjs checks the built command's --version.
// Stryker disable next-line StringLiteral: not measurable in-process (see above); the smoke test fails on a wrong path.
await runCliProcess(process, new URL('../package.json', import.meta.url));
