/** The `quality-rewards` command. */
import { runCliProcess } from './cli/runCliProcess.js';

// Both src/cli.ts and dist/cli.js sit one level below package.json.
await runCliProcess(process, new URL('../package.json', import.meta.url));
