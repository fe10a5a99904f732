import type { Language } from '../negotiateLanguage.js';

/** The fixed words of the page in both languages; everything else comes from the service's own answers. */
const WORDS = {
  zh: {
    title: '质量提升奖励计算器',
    lead: '选择地区、评估日期和成果类型，填写已知事实（未知的留空：结果会列出缺少的事实，从不猜测）。',
    other: 'English',
  },
  en: {
    title: 'Quality reward calculator',
    lead: 'Pick a jurisdiction, a date and a kind of achievement, and fill in the facts you know (leave the rest blank: the result lists what is missing and never guesses).',
    other: '中文',
  },
} as const;

/**
 * The calculator page at `/`: a static shell in the chosen language. The form itself is built in the
 * browser by `/calculator.js` from `/v1/jurisdictions`, `/v1/kinds` and the achievement's JSON Schema
 * (`/v1/schemas/achievement`), so it follows the contract without a line of it written twice.
 */
export function calculatorPage(language: Language): string {
  const w = WORDS[language];
  const other = language === 'zh' ? 'en' : 'zh';
  return `<!doctype html>
<html lang="${language === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title} · quality-rewards</title>
<style>
  body { font: 15px/1.5 system-ui, "PingFang SC", "Noto Sans CJK SC", sans-serif; margin: 0 auto; max-width: 960px; padding: 1rem 1.5rem; color: #1d2329; }
  header { display: flex; justify-content: space-between; align-items: baseline; }
  [hidden] { display: none !important; }
  h1 { font-size: 1.5rem; margin: .5rem 0; }
  fieldset { border: 1px solid #d0d7de; border-radius: 6px; margin: .75rem 0; padding: .5rem 1rem 1rem; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: .5rem 1rem; }
  fieldset fieldset { grid-column: 1 / -1; }
  label { display: flex; flex-direction: column; font-size: .85rem; color: #57606a; overflow-wrap: anywhere; }
  label span.hint { font-size: .75rem; color: #8c959f; }
  input, select { font: inherit; padding: .25rem .4rem; border: 1px solid #afb8c1; border-radius: 4px; color: #1d2329; }
  button { font: inherit; padding: .45rem 1.4rem; background: #0969da; color: #fff; border: 0; border-radius: 6px; cursor: pointer; }
  #total { font-size: 2rem; font-weight: 600; color: #1a7f37; }
  .line { border-left: 3px solid #d0d7de; padding: .25rem .75rem; margin: .5rem 0; }
  .paid { border-color: #1a7f37; } .notpaid { border-color: #cf222e; } .undetermined { border-color: #bf8700; } .warning { border-color: #8250df; }
  blockquote { margin: .25rem 0; padding: .25rem .75rem; background: #f6f8fa; color: #424a53; }
  .issues { color: #cf222e; }
  .clause { font-weight: 600; }
</style>
<script src="/calculator.js" defer></script>
</head>
<body>
<header><h1>${w.title}</h1><a href="/?lang=${other}" hreflang="${other}">${w.other}</a></header>
<p>${w.lead}</p>
<form id="calculator" novalidate></form>
<div id="issues" class="issues" role="alert"></div>
<section id="result" aria-live="polite"></section>
</body>
</html>
`;
}
