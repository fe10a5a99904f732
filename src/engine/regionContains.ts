/**
 * GB/T 2260 containment: a province code (`XX0000`) contains every code starting with its two digits,
 * a city code (`XXXX00`) every code starting with its four, and any other code only itself.
 *
 * @example regionContains('110000', '110105') // true: a district lies within its province-level city
 */
export function regionContains(outer: string, inner: string): boolean {
  if (outer.endsWith('0000')) return inner.startsWith(outer.slice(0, 2));
  if (outer.endsWith('00')) return inner.startsWith(outer.slice(0, 4));
  return outer === inner;
}
