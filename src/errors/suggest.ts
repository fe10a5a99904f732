/**
 * Did-you-mean: the known names closest to what the caller wrote, by edit distance (a swap of two
 * neighbouring letters counts as one edit, so `rnak` finds `rank`). Only suggestions: a close name may
 * be a different thing (two cities whose names differ by one character), so nothing is ever corrected.
 */
export function suggest(written: string, known: Iterable<string>, max = 3): string[] {
  if (written.length === 0 || written.length > 100) return [];
  const limit = Math.max(1, Math.min(3, Math.floor(written.length / 3)));
  const lower = written.toLowerCase();
  const scored: [string, number][] = [];
  for (const name of known) {
    if (Math.abs(name.length - written.length) > limit) continue;
    const distance = editDistance(lower, name.toLowerCase(), limit);
    if (distance <= limit && name !== written) scored.push([name, distance]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([name]) => name);
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), exact up to `limit`;
 * past it, some number above `limit`. Each cell comes from the two rows above it, so once two rows
 * running are all above the limit, every later row is too, and the rest is not computed: most names
 * are far from what was written, and a failing call compares it with every name.
 */
function editDistance(a: string, b: string, limit: number): number {
  const cols = b.length + 1;
  // Three rows, each used again two rows on (a typed array, or one table of every row, was slower to make).
  let before = new Array<number>(cols).fill(0);
  let above = new Array<number>(cols).fill(0);
  let row = new Array<number>(cols).fill(0);
  for (let j = 0; j < cols; j += 1) above[j] = j;
  let aboveMin = 0;
  for (let i = 1; i <= a.length; i += 1) {
    row[0] = i;
    let min = i;
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      row[j] = best;
      if (best < min) min = best;
    }
    if (min > limit && aboveMin > limit) return limit + 1;
    const spare = before;
    before = above;
    above = row;
    row = spare;
    aboveMin = min;
  }
  return above[cols - 1]!;
}
