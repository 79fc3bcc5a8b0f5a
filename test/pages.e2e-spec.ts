import { jest } from '@jest/globals';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { ProjectionsService } from '../apps/api/src/projections/projections.service.js';
import { bearer, type Harness, startHarness, TOKENS } from './support/api-harness.js';
import { type Browser, launchChromium } from './support/browser.js';

const CASE = '15.00.05-A00-1-19';
const TITLE = 'Orientering om nytteindsatsen i Ballerup Kommune';
const CANCELLED = 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-01-16';
const HELD = 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06';
const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

jest.setTimeout(60_000);

/** axe-core's serious and critical findings (evaluated over DevTools, so the page's CSP does not apply). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  // Strings, not functions: the test code is not compiled with the DOM's types.
  const { violations, passes } = await page.evaluate<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>; passes: number }>(
    'axe.run(document).then((r) => ({ violations: r.violations, passes: r.passes.length }))',
  );
  expect(passes).toBeGreaterThan(10); // axe did look at the page
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the pages in a real Chromium, on the bundled demo minutes', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  /** Anything that went wrong while a page loaded: failed requests, console errors (CSP reports included). */
  let problems: string[] = [];

  async function open(path: string, width = 1280): Promise<void> {
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto(`${h.baseUrl}${path}`);
    expect(response?.status()).toBe(200);
  }

  /** Until every projection has applied the write at `position`. */
  async function caughtUp(position: string): Promise<void> {
    const projections = h.api.app.get(ProjectionsService);
    expect(await projections.waitForPosition(BigInt(position), projections.runner.projections.map((p) => p.name))).toEqual({ state: 'fresh' });
  }

  async function screenshot(name: string): Promise<void> {
    await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await startHarness({ DEMO_DATA: 'on' }, { listen: true });
    await h.api.app.get(ProjectionsService).runner.caughtUp();
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  });
  afterEach(() => {
    expect(problems).toEqual([]);
    problems = [];
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('the case page tells the course: earlier treatment, the cancelled meeting and its postponement, then noted', async () => {
    await open(`/sager/${CASE}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(TITLE);
    const facts = await page.locator('.facts').innerText();
    expect(facts).toMatch(/Status\s+Afgjort/);
    expect(facts).toMatch(/Udsættelser\s+1/);
    expect(facts).toMatch(/Først forelagt\s+17\. januar 2023/);
    expect(facts).toMatch(/Seneste aktivitet\s+6\. februar 2024/);

    const marks = page.locator('.timeline > li');
    expect(await marks.count()).toBe(3);
    const [earlier, cancelled, noted] = [marks.nth(0), marks.nth(1), marks.nth(2)];
    expect(await earlier.innerText()).toMatch(/17\. januar 2023[\s\S]*punkt 1[\s\S]*Tidligere behandling/);
    expect(await cancelled.getAttribute('class')).toContain('mark--cancelled');
    const cancelledText = await cancelled.innerText();
    expect(cancelledText).toContain('16. januar 2024');
    expect(cancelledText).toContain('Mødet blev aflyst');
    expect(cancelledText).toContain('ikke er beslutningsdygtigt');
    expect(cancelledText).toContain('Udsat, fordi mødet blev aflyst');
    const notedText = await noted.innerText();
    expect(notedText).toMatch(/6\. februar 2024[\s\S]*punkt 10/);
    expect(notedText).toContain('Taget til efterretning');
    await expect(noted.locator('a', { hasText: '6. februar 2024' }).getAttribute('href')).resolves.toBe(`/moeder/${HELD}`);
    await expect(noted.locator('.source a').last().getAttribute('href')).resolves.toMatch(/^\/kilder\/ballerup-ebu-2024-02-06\.txt#L\d+$/);

    // The decision text is folded away until asked for; the script's button opens every one.
    const text = noted.locator('blockquote');
    expect(await text.isVisible()).toBe(false);
    await noted.locator('summary').click();
    expect(await text.isVisible()).toBe(true);
    await page.locator('summary').first().click();
    await page.getByRole('button', { name: 'Vis alle beslutningstekster' }).click();
    expect(await text.isVisible()).toBe(true);

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('case');
  });

  it('the case timeline prints without navigation or forms, every decision text shown', async () => {
    await open(`/sager/${CASE}`);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.time-travel').isVisible()).toBe(false);
      expect(await page.locator('.mark--decided blockquote').isVisible()).toBe(true);
      await page.pdf({ path: `${ARTIFACTS}case.pdf` });
      await screenshot('case-print');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('works without JavaScript: search, the case page and its folded decision texts', async () => {
    const plain = await launchChromium({ javaScript: false });
    try {
      const tab = await plain.context.newPage();
      await tab.goto(`${h.baseUrl}/`);
      await tab.fill('#q', 'nytteindsats');
      await tab.press('#q', 'Enter');
      await tab.waitForURL(/\?q=nytteindsats/);
      await tab.locator('.result a', { hasText: TITLE }).click();
      await tab.waitForURL(`**/sager/${CASE}`);
      expect(await tab.getByRole('button', { name: 'Vis alle beslutningstekster' }).count()).toBe(0);
      await tab.locator('.mark--decided summary').click();
      expect(await tab.locator('.mark--decided blockquote').isVisible()).toBe(true);
    } finally {
      await plain.close();
    }
  });

  it.each([
    ['case-phone', `/sager/${CASE}`],
    ['search-phone', '/'],
    ['meeting-phone', `/moeder/${HELD}`],
    ['audit-phone', '/revision'],
  ])('%s: reads at phone width, without sideways scrolling', async (name, path) => {
    await open(path, 390);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(name);
  });

  it('search: Tab reaches the search field and the results with a visible focus, and a result opens the case', async () => {
    await open('/');
    const focusedOutline = () =>
      page.evaluate<{ id: string; tag: string; text: string; outline: string }>(
        `(() => { const el = document.activeElement; return { id: el.id, tag: el.tagName, text: (el.textContent ?? '').trim(), outline: getComputedStyle(el).outlineStyle }; })()`,
      );
    await page.keyboard.press('Tab');
    expect(await focusedOutline()).toMatchObject({ text: 'Spring til indhold', outline: 'solid' });
    let focused = await focusedOutline();
    for (let i = 0; i < 10 && focused.id !== 'q'; i++) {
      await page.keyboard.press('Tab');
      focused = await focusedOutline();
    }
    expect(focused).toMatchObject({ id: 'q', outline: 'solid' });
    await page.keyboard.type('nytteindsats');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=nytteindsats/);
    const results = page.locator('.result', { hasText: CASE });
    expect(await results.count()).toBe(1);
    expect(await results.innerText()).toMatch(new RegExp(`${TITLE}[\\s\\S]*${CASE.replace(/\./g, '\\.')}[\\s\\S]*Afgjort[\\s\\S]*Erhvervs-, Beskæftigelses- og Uddannelsesudvalget[\\s\\S]*6\\. februar 2024`));
    for (let i = 0; i < 20 && (await focusedOutline()).text !== TITLE; i++) await page.keyboard.press('Tab');
    expect(await focusedOutline()).toMatchObject({ tag: 'A', text: TITLE, outline: 'solid' });
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/sager/${CASE}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(TITLE);
  });

  it('search by case number, committee and status, with paging', async () => {
    await open('/?q=15.00.05-a00');
    expect(await page.locator('.result').allInnerTexts()).toEqual([expect.stringContaining(CASE)]);
    await open('/');
    expect(await page.locator('.result').count()).toBe(25);
    await page.getByRole('link', { name: 'Næste side' }).click();
    await page.waitForURL(/efter=/);
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
    await open(`/?status=postponed&udvalg=${encodeURIComponent('Erhvervs-, Beskæftigelses- og Uddannelsesudvalget')}`);
    const statuses = await page.locator('.result .badge').allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['Udsat']));
    expect(await seriousViolations(page)).toEqual([]);
    await open('/');
    await screenshot('search');
  });

  it('the meeting of 6 February 2024: agenda with outcomes and attendance', async () => {
    await open(`/moeder/${HELD}`);
    expect(await page.locator('h1').innerText()).toContain('6. februar 2024');
    const item = page.locator('.agenda__item', { hasText: TITLE });
    expect(await item.innerText()).toMatch(/Punkt 10[\s\S]*Taget til efterretning/);
    expect(await page.locator('.table').innerText()).toMatch(/Afbud|Deltog/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('meeting');
  });

  it('under /kommuner/ballerup a click from the case to its meeting and back to search stays there', async () => {
    await open(`/kommuner/ballerup/sager/${CASE}`);
    expect(await page.locator('.municipality-name').innerText()).toBe('Ballerup Kommune');
    await page.locator('.timeline a', { hasText: '6. februar 2024' }).first().click();
    expect(new URL(page.url()).pathname).toBe(`/kommuner/ballerup/moeder/${HELD}`);
    await page.locator('.breadcrumb a').click();
    expect(new URL(page.url()).pathname).toBe('/kommuner/ballerup/');
    expect(await page.locator('.result__title', { hasText: TITLE }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the cancelled meeting of 16 January 2024 is shown as cancelled, its items postponed', async () => {
    await open(`/moeder/${CANCELLED}`);
    expect(await page.locator('.notice--cancelled').innerText()).toMatch(/Mødet blev aflyst[\s\S]*beslutningsdygtigt/);
    expect(await page.locator('.agenda__item', { hasText: TITLE }).innerText()).toContain('Udsat');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('meeting-cancelled');
  });

  it('audit: filters, a chart per committee and month, and the rows as CSV', async () => {
    await open('/revision');
    expect(await page.locator('svg[role="img"] rect.chart__bar--postponed').count()).toBeGreaterThan(0);
    expect(await page.locator('svg[role="img"] rect.chart__bar--decided').count()).toBeGreaterThan(0);
    await page.selectOption('#art', 'postponed');
    await page.fill('#moedeFra', '2024-01-01');
    await page.getByRole('button', { name: 'Filtrér' }).click();
    await page.waitForURL(/art=postponed/);
    const rows = await page.locator('tbody tr', { hasText: 'Udsættelse' }).count();
    expect(rows).toBeGreaterThan(0);
    expect(await page.locator('main').innerText()).toContain(`${rows} registreringer passer til filtret`);
    const csvHref = await page.getByRole('link', { name: 'Hent som CSV' }).getAttribute('href');
    const csv = await page.request.get(`${h.baseUrl}${csvHref}`);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const body = await csv.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, so spreadsheets read UTF-8
    const lines = body.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('sagsnummer,udvalg,møde,mødedato,punkt,art,udfald,registreret,registreret_af,kilde,position,hændelse');
    expect(lines).toHaveLength(rows + 1);
    expect(lines.some((l) => l.startsWith(`${CASE},`) && l.includes(CANCELLED))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await open('/revision');
    await screenshot('audit');
  });

  it('a source link lands on the line of the bundled referat', async () => {
    await open(`/sager/${CASE}`);
    const href = (await page.locator('.mark--decided .source a').last().getAttribute('href'))!;
    await open(href);
    const line = href.split('#L')[1];
    expect(await page.locator(`#L${line}`).innerText()).toMatch(/Taget til efterretning/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('time travel: a later correction is shown now, and left out (but announced) as of the day before', async () => {
    const decision = (await h.http().get(`/cases/${CASE}/timeline`)).body.entries.find((e: { kind: string }) => e.kind === 'decided');
    h.clock.set(new Date('2024-06-02T09:00:00Z'));
    const corrected = await h
      .http()
      .post('/corrections')
      .set(bearer(TOKENS.admin))
      .send({ caseNumber: CASE, targetEventId: decision.eventId, action: 'correct', reason: 'Stavefejl', changes: { decisionText: 'Taget til efterretning, rettet.' } });
    expect(corrected.status).toBe(201);
    await caughtUp(corrected.body.position);

    await open(`/sager/${CASE}`);
    expect(await page.locator('.timeline').textContent()).toContain('Taget til efterretning, rettet.');
    await open(`/sager/${CASE}?asOf=2024-06-01`);
    const banner = await page.locator('.as-of').innerText();
    expect(banner).toContain('1. juni 2024');
    expect(banner).toContain('Der findes senere rettelser');
    const timeline = (await page.locator('.timeline').textContent())!;
    expect(timeline).not.toContain('rettet.');
    expect(timeline).toContain('Taget til efterretning');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('case-as-of');
  });

  it('titles from callers are shown as text, never run', async () => {
    const titles = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];
    for (const [i, title] of titles.entries()) {
      const answer = await h
        .http()
        .post(`/meetings/${HELD}/items`)
        .set(bearer(TOKENS.clerk))
        .set('Idempotency-Key', `xss-${i}`)
        .send({ caseNumber: `27.00.00-A00-${i + 1}-24`, itemNumber: 40 + i, title });
      expect(answer.status).toBe(201);
      await caughtUp(answer.body.position);
      await open(`/sager/27.00.00-A00-${i + 1}-24`);
      expect(await page.locator('h1').innerText()).toBe(title);
    }
    await open(`/moeder/${HELD}`);
    for (const title of titles) expect(await page.locator('.agenda').innerText()).toContain(title);
    await open(`/?q=${encodeURIComponent(titles[0]!)}`);
    expect(await page.locator('#q').inputValue()).toBe(titles[0]);
    expect(await page.locator('img').count()).toBe(0);
  });
});
