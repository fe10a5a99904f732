/**
 * Columns of plain text aligned for a terminal: Chinese characters take two cells, so widths are counted
 * in cells, not in string length.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(cells(h), ...rows.map((r) => cells(r[i] ?? ''))));
  const line = (cols: readonly string[]) =>
    cols
      .map((c, i) => (i === cols.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - cells(c))))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

/** Terminal cells a string takes: East Asian wide and full-width characters count two. */
export function cells(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
