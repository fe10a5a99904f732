import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateRequest } from '../../src/index.js';
import { startTestService, type TestService } from '../support/runningService.js';

/** Debian's chromium, installed by .ci/run; Playwright downloads no browser of its own. */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`${CHROMIUM} is not installed: the calculator page is not tested in a browser`);

/** Where the screenshots go (git-ignored). */
const OUTPUT = fileURLToPath(new URL('../../test-results/calculator-page/', import.meta.url));

let service: TestService;
let browser: Browser;
beforeAll(async () => {
  service = await startTestService();
  if (!hasChromium) return;
  mkdirSync(OUTPUT, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await service.close();
});

/** A page in a browser that asks for `locale`, failing the test on any script error. */
async function openCalculator(locale: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale, viewport: { width: 1000, height: 1400 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A 400 answer to bad input is the page working; the browser logs it all the same.
    if (message.type() === 'error' && !message.text().includes('status of 400')) errors.push(message.text());
  });
  await page.goto(service.url);
  await page.waitForSelector('#f-obtainedOn');
  return { page, errors };
}

describe.runIf(hasChromium)('the calculator page at / in Debian chromium', () => {
  it('中国质量奖 in 长乐 on 2024-06-01: a clerk fills the form and sees 200万元 with its clause and quote', async () => {
    const { page, errors } = await openCalculator('zh-CN');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.selectOption('#f-jurisdiction', '350112');
    await page.fill('#f-date', '2024-06-01');
    await page.selectOption('#f-kind', 'government_quality_award');
    await page.fill('#f-obtainedOn', '2024-05-10');
    await page.selectOption('#f-level', 'national');
    await page.selectOption('#f-prize', 'award');
    await page.click('#submit');
    await page.waitForSelector('#total');

    const expected = evaluateRequest({
      achievement: { kind: 'government_quality_award', obtainedOn: '2024-05-10', level: 'national', prize: 'award' },
      jurisdiction: '350112',
      date: '2024-06-01',
    });
    expect(await page.textContent('#total')).toBe('200万元');
    expect(await page.textContent('.paid .clause')).toContain(expected.awards[0]?.clause);
    expect(await page.textContent('.paid .quote')).toBe(expected.awards[0]?.quote);
    expect(await page.locator('.warning').count()).toBe(expected.warnings.length);
    await page.screenshot({ path: `${OUTPUT}zh-changle-national-award.png`, fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);

  it('in English, a missing fact is shown as undetermined with the fact it needs, and bad input as issues', async () => {
    const { page, errors } = await openCalculator('en-GB');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.selectOption('#f-jurisdiction', '331000');
    await page.fill('#f-date', '2024-06-01');
    await page.selectOption('#f-kind', 'government_quality_award');
    await page.fill('#f-obtainedOn', '2024-05-10');
    await page.selectOption('#f-level', 'national');
    await page.selectOption('#f-prize', 'award');
    await page.click('#submit');
    await page.waitForSelector('#total');
    expect(await page.textContent('.undetermined .missing')).toContain('registeredIn');
    await page.screenshot({ path: `${OUTPUT}en-taizhou-undetermined.png`, fullPage: true });

    await page.fill('#f-obtainedOn', '2024-07-01');
    await page.click('#submit');
    await page.waitForSelector('#issues li');
    expect(await page.textContent('#issues')).toMatch(/after the evaluation date/);
    expect(errors).toEqual([]);
  }, 60_000);
});
