/** How a batch's output is written. */
export type BatchFormat = 'ndjson' | 'csv';

/** Lines handed to one evaluator (the main thread or a worker) at a time: `[line number, text]`. */
export interface LineChunk {
  readonly seq: number;
  readonly format: BatchFormat;
  readonly lines: readonly (readonly [number, string])[];
  /** `--reading`: readings switched for every line, over the line's own `options.readings`. */
  readonly readings?: Readonly<Record<string, string>>;
}

/** What a chunk gave: its output text, in line order, and its counts. */
export interface ChunkResult {
  readonly seq: number;
  readonly text: string;
  readonly lines: number;
  readonly failed: number;
  /** Sum of the totals paid, in 分, as a decimal string (a sum of many lines can pass 2^53). */
  readonly paidFen: string;
}
