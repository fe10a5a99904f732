import type { Writable } from 'node:stream';

/** Lines read and bytes read so far, against the input's size when known (a file). */
export interface ProgressState {
  lines: number;
  bytes: number;
  readonly totalBytes: number | undefined;
}

/**
 * A progress line on stderr, redrawn at most four times a second: lines done, lines per second and, when
 * the input's size is known, the time left. Only for a terminal; nothing otherwise.
 */
export function progressLine(stderr: Writable & { isTTY?: boolean }, started: number, now: () => number) {
  let last = 0;
  let shown = false;
  return {
    update(state: ProgressState) {
      const t = now();
      if (!stderr.isTTY || t - last < 250) return;
      last = t;
      shown = true;
      const seconds = Math.max((t - started) / 1000, 0.001);
      const rate = Math.round(state.lines / seconds);
      const eta =
        state.totalBytes && state.bytes > 0
          ? ` · ETA ${Math.max(0, Math.round((seconds * (state.totalBytes - state.bytes)) / state.bytes))}s`
          : '';
      stderr.write(`\r\x1b[K${state.lines} lines · ${rate} lines/s${eta}`);
    },
    clear() {
      if (shown) stderr.write('\r\x1b[K');
    },
  };
}
