/** The two languages every message of this library is written in. */
export type Language = 'zh' | 'en';

/**
 * Chooses the language of a human-facing rendering from an `Accept-Language` header: the first
 * language range (by quality, then order) that is Chinese or English. Chinese when neither is asked for,
 * as the policies are written in Chinese.
 *
 * @example negotiateLanguage('en-US,en;q=0.9,zh;q=0.5') // 'en'
 */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) return 'zh';
  const ranges = header
    .split(',')
    .map((part) => {
      // Spaces around the tag and each parameter are trimmed where they are read.
      // Stryker disable next-line StringLiteral: split always yields a first element; the default only satisfies the type.
      const [tag = '', ...params] = part.toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0 };
    })
    .filter((r) => r.quality > 0)
    // Array#sort is stable: ranges of equal quality keep the order they were written in.
    .sort((a, b) => b.quality - a.quality);
  for (const { tag } of ranges) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'zh';
}
