/** The `quality-rewards` command. */
import { processIo, runCli } from './cli/runCli.js';
import { evaluate, getPolicy, listAchievementKinds, listJurisdictions, listPolicies, safeEvaluate } from './index.js';

process.exitCode = runCli(
  { evaluate, safeEvaluate, getPolicy, listAchievementKinds, listJurisdictions, listPolicies },
  process.argv.slice(2),
  processIo,
);
