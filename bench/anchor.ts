import { readFileSync } from 'node:fs';

/**
 * The performance anchor (a copy of the shared `changle-anchor.json`): 25 长乐 clauses as json-rules-engine
 * rows, the achievement in this project's vocabulary and as the anchor's facts, and the 郑州 portfolio.
 */
export interface Anchor {
  readonly jsonRulesEngineRows: readonly { kind: string; level: string; amountYuan: number }[];
  readonly achievement: Record<string, unknown>;
  readonly jurisdiction: string;
  readonly date: string;
  readonly anchorFacts: { kind: string; level: string };
  readonly expectedYuan: number;
  readonly zhengzhouPortfolio20: readonly Record<string, unknown>[];
  readonly zhengzhouHistory10: readonly Record<string, unknown>[];
  readonly zhengzhouJurisdiction: string;
}

/** Reads the anchor next to this file. */
export const anchor: Anchor = JSON.parse(readFileSync(new URL('./changle-anchor.json', import.meta.url), 'utf8'));
