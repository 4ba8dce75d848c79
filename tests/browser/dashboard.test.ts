import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordFeedsConfigStatus } from '@claimwire/feed-status';
import { createTestDatabase, type TestDatabase } from '@claimwire/testing';
import { collectErrors, launchBrowser, REPO_ROOT, screenshot, SCREENSHOTS, startGateway, waitForRefresh, type Browser, type Gateway, type PageGlobals } from './harness';
import { ARTICLES, LATE_FIGURE, project, seedDashboard, STREAMED_FIGURE, TOLLS } from './seed';

/**
 * The dashboard in a real browser (Debian's chromium, driven by playwright-core) against the
 * real gateway over Postgres read models that the projector's own handlers filled from
 * made-up claims. Only the public API is behind the page.
 */

let browser: Browser;
let db: TestDatabase;
let gw: Gateway;

beforeAll(async () => {
  browser = await launchBrowser();
  db = await createTestDatabase('cwdash');
  await seedDashboard(db.sql);
  gw = await startGateway(db.sql);
});
afterAll(async () => {
  await browser?.close();
  await gw?.close();
  await db?.drop();
});

let page: Page;
let errors: string[];
async function open(url: string, expectErrors = false): Promise<Page> {
  page = await browser.context.newPage();
  errors = collectErrors(page);
  (page as Page & { expectErrors?: boolean }).expectErrors = expectErrors;
  await page.goto(url);
  await waitForRefresh(page);
  return page;
}
afterEach(async () => {
  const p = page as (Page & { expectErrors?: boolean }) | undefined;
  if (p && !p.expectErrors) expect(errors, 'console errors').toEqual([]);
  await p?.close();
});

/** Whether a <dialog> is open (its open attribute reflects the state). */
const isOpen = async (dialog: Locator) => (await dialog.getAttribute('open')) !== null;
const card = (p: Page, title: string) => p.locator('.toll-card', { has: p.locator('h3', { hasText: title }) });

describe('the dashboard with data', () => {
  it('draws each toll series over its asOf dates, reporters side by side, bounds marked', async () => {
    await open(gw.url);
    expect(await page.title()).toContain('claimwire');
    const killed = card(page, 'Ukraine · military killed');
    // one chart, one line per reporter
    await expect.poll(() => killed.locator('svg.chart g.series').count()).toBe(2);
    const zel = killed.locator('g.series[data-reporter="Zelensky"] g.pt');
    expect(await zel.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))))).toEqual([43_000, 48_000, 55_000]);
    const mod = killed.locator('g.series[data-reporter="Russian Defence Ministry"] g.pt');
    expect(await mod.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))))).toEqual([90_000, 110_000]);
    // different colours, a legend naming both
    const strokes = await killed.locator('g.series > path').evaluateAll((els) => els.map((e) => e.getAttribute('stroke')));
    expect(new Set(strokes).size).toBe(2);
    await expect.poll(() => killed.locator('.legend').innerText()).toMatch(/Zelensky[\s\S]*43,000 \(Dec 2024\)[\s\S]*55,000 \(4 Feb 2026\)/);
    expect(await killed.locator('.legend').innerText()).toContain('Russian Defence Ministry');
    // the chart labels the figures, with their bounds
    const labels = await killed.locator('.pt-label').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['43,000', '~48,000', '55,000', '≥90,000', '≥110,000']));
    expect(await killed.locator('g.pt[data-value="110000"]').getAttribute('aria-label')).toContain('more than 110,000');
    const civ = card(page, 'Ukraine · civilian killed');
    expect(await civ.locator('g.pt[data-value="13900"]').getAttribute('aria-label')).toContain('almost 13,900');
    // a period count is not a point of the running total, but is a button all the same
    await expect.poll(() => killed.locator('.off-chart .chip').innerText()).toContain('30');
    // the accessible alternative: a data table with every charted figure
    expect(await killed.locator('.sr-only table tbody tr').count()).toBe(5);
    expect(await page.locator('.toll-card').count()).toBe(3);
    // at a glance: the headline figures
    expect(await page.locator('.headline .headline-value').allTextContents()).toEqual(expect.arrayContaining(['about 1,240,000', '55,000']));
    await screenshot(page, 'dashboard');
    await screenshot(page, 'dashboard-first-screen', false);
    // a phone: everything reflows, nothing scrolls sideways but the strikes table's own box
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'dashboard-mobile');
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') {
      mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
      copyFileSync(join(REPO_ROOT, 'test-artifacts/screenshots/dashboard-first-screen.png'), join(REPO_ROOT, 'docs/dashboard.png'));
    }
  });

  it('opens the sources of a figure on click: evidence with the figure highlighted, article, feed, when seen', async () => {
    await open(gw.url);
    await card(page, 'Ukraine · military killed').locator('g.pt[data-value="55000"]').click();
    const dialog = page.locator('dialog#provenance');
    await expect.poll(() => isOpen(dialog)).toBe(true);
    expect(await dialog.locator('#prov-title').innerText()).toBe('Ukraine · military killed: 55,000');
    expect(await dialog.locator('.evidence').innerText()).toBe(TOLLS.zel55.evidence.sentence);
    expect(await dialog.locator('.evidence mark').allTextContents()).toEqual(['55,000']);
    const link = dialog.locator('.source-title a');
    expect(await link.innerText()).toBe(ARTICLES.talks2.title);
    expect(await link.getAttribute('href')).toBe(ARTICLES.talks2.url);
    const meta = await dialog.locator('.source-meta').innerText();
    expect(meta).toContain('Wire A (wire-a)');
    expect(meta).toMatch(/Seen\s+5 Feb 2026, 08:\d\d/i);
    expect(await dialog.locator('.facts').innerText()).toMatch(/Change\s+\+7,000 \(\+14\.6%\) since Jun 2025/i);
    await screenshot(page, 'provenance-dialog', false);
    // Esc closes it
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(dialog)).toBe(false);
  });

  it('works from the keyboard: figures are focusable buttons, Enter opens, Esc closes and focus returns', async () => {
    await open(gw.url);
    const pt = card(page, 'Ukraine · civilian killed').locator('g.pt[data-value="12300"]');
    expect(await pt.getAttribute('role')).toBe('button');
    await pt.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog#provenance');
    await expect.poll(() => isOpen(dialog)).toBe(true);
    expect(await dialog.locator('.evidence mark').allTextContents()).toEqual(['12,300']);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(dialog)).toBe(false);
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('data-value'))).toBe('12300');
    // Tab reaches the headline buttons first, and every one of them is a real button
    await page.locator('#refresh-now').focus();
    await page.keyboard.press('Tab'); // nav: Tolls
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.className)).toBe('headline');
  });

  it('shows talks as a timeline per track with outcomes and running totals of prisoners exchanged', async () => {
    await open(gw.url);
    const tracks = page.locator('.talks-card');
    expect(await tracks.count()).toBe(2);
    const tri = page.locator('.talks-card', { has: page.locator('h3', { hasText: 'Russia – Ukraine – US' }) });
    expect(await tri.locator('.round-btn').count()).toBe(4);
    const rounds = await tri.locator('.round-btn').allInnerTexts();
    expect(rounds[0]).toMatch(/10 Jan 2026[\s\S]*Riyadh[\s\S]*cancelled/i);
    expect(rounds[2]).toMatch(/4 Feb 2026[\s\S]*Round 2 in Abu Dhabi[\s\S]*held[\s\S]*prisoner exchange 314 \(157 to Russia, 157 to Ukraine\)[\s\S]*314 prisoners exchanged so far/i);
    expect(rounds[3]).toMatch(/Mar 2026[\s\S]*Geneva[\s\S]*scheduled/i);
    expect(await tri.locator('.stats').innerText()).toMatch(/rounds held\s+2\s+scheduled\s+1\s+cancelled\s+1\s+prisoners exchanged\s+314\s+bodies repatriated\s+1,000/);
    expect(await tri.locator('svg.timeline .round-mark').count()).toBe(4);
    // a round opens its sources too
    await tri.locator('.round-btn', { hasText: 'Round 2' }).click();
    const dialog = page.locator('dialog#provenance');
    expect(await dialog.locator('.evidence mark').allTextContents()).toEqual(['Abu Dhabi', '314']);
    await page.keyboard.press('Escape');
  });

  it('filters the strikes table by target type, attacker, location and date, with totals and a weekly chart', async () => {
    await open(gw.url);
    const rows = page.locator('.strikes-table tbody tr');
    const total = async () => (await page.locator('.big-strikes dd').innerText()).trim();
    await expect.poll(() => rows.count()).toBe(8);
    expect(await total()).toBe('8');
    expect(await page.locator('.big-killed dd').innerText()).toBe('13');
    expect(await page.locator('.big-injured dd').innerText()).toBe('58');
    expect((await page.locator('svg.weekly .weekly-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-type')))).sort()).toEqual(['energy', 'port', 'residential']);

    await page.selectOption('select[name="targetType"]', 'residential');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await total()).toBe('2');
    expect(await page.locator('.big-killed dd').innerText()).toBe('9');
    expect(await page.locator('svg.weekly .weekly-row').count()).toBe(1);

    await page.selectOption('select[name="targetType"]', '');
    await page.fill('input[name="location"]', 'odesa');
    // (the residential filter also left two rows: wait for these rows, not for a count)
    await expect.poll(() => page.locator('.strikes-table tbody td.where').allInnerTexts()).toEqual(['Odesa', 'Odesa']);

    await page.fill('input[name="location"]', '');
    await page.selectOption('select[name="attacker"]', 'ukraine');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('Belgorod');

    await page.selectOption('select[name="attacker"]', '');
    await page.fill('input[name="from"]', '2026-02-01');
    await page.fill('input[name="to"]', '2026-02-08');
    // two strikes in that week, and one known only as "February 2026", which overlaps it
    await expect.poll(() => page.locator('.strikes-table tbody td.where').allInnerTexts()).toEqual(['Kyiv', 'Izmail', 'Odesa']);
    await screenshot(page, 'strikes-filtered');

    await page.click('.filters button[type="reset"]');
    await expect.poll(() => rows.count()).toBe(8);
    // a strike opens its sources, with its numbers highlighted
    await page.locator('tr', { hasText: 'Kharkiv' }).locator('button').click();
    const dialog = page.locator('dialog#provenance');
    expect(await dialog.locator('.evidence mark').allTextContents()).toEqual(['Kharkiv', 'four', '19']);
    await page.keyboard.press('Escape');
  });

  it('maps the strikes over the outline of Ukraine: sized by casualties, coloured by target type, following the filters', async () => {
    await open(gw.url);
    const map = page.locator('svg.strike-map');
    const points = map.locator('circle.pt');
    await expect.poll(() => points.count()).toBe(8);
    // the outline: Ukraine in focus among its neighbours, drawn from the gateway's own files
    expect(await map.locator('path.country.focus').getAttribute('data-country')).toBe('Ukraine');
    expect(await map.locator('path.country').count()).toBeGreaterThan(10);
    const pt = (place: string) => map.locator(`circle.pt[data-place="${place}"]`).first();
    const at = async (place: string) => ({ x: Number(await pt(place).getAttribute('cx')), y: Number(await pt(place).getAttribute('cy')), r: Number(await pt(place).getAttribute('r')) });
    const [lviv, kyiv, kharkiv, odesa, dnipro, belgorod] = await Promise.all(['Lviv', 'Kyiv', 'Kharkiv', 'Odesa', 'Dnipro', 'Belgorod'].map(at));
    // west to east, north to south, where they are
    expect(lviv!.x).toBeLessThan(kyiv!.x);
    expect(kyiv!.x).toBeLessThan(kharkiv!.x);
    expect(kyiv!.y).toBeLessThan(odesa!.y);
    expect(belgorod!.y).toBeLessThan(kharkiv!.y);
    // area by killed + injured: Dnipro (5 + 22) over Kharkiv (4 + 19) over Lviv (0 + 1); none reported is the smallest
    expect(dnipro!.r).toBeGreaterThan(kharkiv!.r);
    expect(kharkiv!.r).toBeGreaterThan(lviv!.r);
    expect(belgorod!.r).toBe(4);
    // one colour per target type, named in the legend
    expect(await pt('Kharkiv').getAttribute('fill')).toBe(await pt('Dnipro').getAttribute('fill'));
    expect(await pt('Kharkiv').getAttribute('fill')).not.toBe(await pt('Kyiv').getAttribute('fill'));
    expect(await page.locator('.map-legend li').allTextContents()).toEqual(['energy', 'port', 'residential']);
    expect(await pt('Kharkiv').getAttribute('aria-label')).toBe('Strike on Kharkiv, 10 Feb 2026: residential, 4 killed, 19 injured. Open sources.');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.locator('.map-fig').screenshot({ path: join(SCREENSHOTS, 'strikes-map.png') });
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') copyFileSync(join(SCREENSHOTS, 'strikes-map.png'), join(REPO_ROOT, 'docs/strikes-map.png'));

    // the map follows the filters, like the table and the totals
    await page.selectOption('select[name="targetType"]', 'residential');
    await expect.poll(async () => (await points.evaluateAll((els) => els.map((e) => e.getAttribute('data-place')))).sort()).toEqual(['Dnipro', 'Kharkiv']);
    await page.selectOption('select[name="targetType"]', '');
    await page.fill('input[name="location"]', 'odesa');
    await expect.poll(() => points.evaluateAll((els) => els.map((e) => e.getAttribute('data-place')))).toEqual(['Odesa', 'Odesa']);
  });

  it('opens the evidence of a point on the map, by click and from the keyboard', async () => {
    await open(gw.url);
    const dialog = page.locator('dialog#provenance');
    const kharkiv = page.locator('svg.strike-map circle.pt[data-place="Kharkiv"]');
    await kharkiv.click();
    await expect.poll(() => isOpen(dialog)).toBe(true);
    expect(await dialog.locator('#prov-title').textContent()).toBe('Strike on Kharkiv · 10 Feb 2026');
    expect(await dialog.locator('.evidence mark').allTextContents()).toEqual(['Kharkiv', 'four', '19']);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(dialog)).toBe(false);
    // the dialog's close event hands focus back to the point that opened it; it comes a task after
    // the open attribute goes, so wait for it before moving focus elsewhere
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('data-place'))).toBe('Kharkiv');
    // every point is a focusable button; Enter opens it, Esc closes and focus returns to it
    const dnipro = page.locator('svg.strike-map circle.pt[data-place="Dnipro"]');
    expect(await dnipro.getAttribute('role')).toBe('button');
    expect(await dnipro.getAttribute('tabindex')).toBe('0');
    // (focus and key in one step: a refresh between the two must not leave the key with another point)
    await dnipro.press('Enter');
    await expect.poll(() => isOpen(dialog)).toBe(true);
    await expect.poll(() => dialog.locator('.evidence mark').allTextContents()).toEqual(['Dnipro', 'five', '22']);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(dialog)).toBe(false);
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('data-place'))).toBe('Dnipro');
    // Tab walks from point to point
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('class'))).toBe('pt');
  });

  it('shows each feed and its health', async () => {
    await open(gw.url);
    const feeds = page.locator('#feeds .feed');
    expect(await feeds.count()).toBe(2);
    expect(await page.locator('.feed-failing').innerText()).toMatch(/Wire B — failing[\s\S]*4 failures in a row[\s\S]*HTTP 503 Service Unavailable/);
    expect(await page.locator('.feed-ok').innerText()).toMatch(/Wire A — healthy[\s\S]*last success \d min ago · 46 articles/);
    expect(await page.locator('.glance-warn').innerText()).toBe('2 feeds, 1 failing');
    expect(await page.locator('.feeds-config-rejected').count()).toBe(0);
  });

  it('says when the feeds file was rejected, why, and what ingest runs on instead', async () => {
    await recordFeedsConfigStatus(db.sql, { ok: true, at: new Date(Date.now() - 3 * 3_600_000) });
    await recordFeedsConfigStatus(db.sql, { ok: false, at: new Date(Date.now() - 5 * 60_000), problems: ['feeds[2].url: Invalid URL', 'feeds[3].id: duplicate id "wire-a"'] });
    try {
      await open(gw.url);
      const box = page.locator('#feeds .feeds-config-rejected');
      expect(await box.locator('.feeds-config-head').textContent()).toMatch(/^The feeds file was changed 5 min ago but rejected: ingest runs on the config loaded 3 h ago\.$/);
      expect(await box.locator('.feeds-config-problems li').allTextContents()).toEqual(['feeds[2].url: Invalid URL', 'feeds[3].id: duplicate id "wire-a"']);
      expect(await page.locator('.glance-warn').textContent()).toBe('2 feeds, 1 failing, feeds file rejected');
    } finally {
      // an applied reload clears it, for the specs after this one
      await recordFeedsConfigStatus(db.sql, { ok: true, at: new Date() });
    }
  });

  it('follows the claims stream: a claim projected while the page is open shows within seconds, without polling', async () => {
    // polling every 10 minutes could not explain the update
    await open(`${gw.url}?refresh=600`);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.body.dataset.live === 'stream');
    const refreshes = Number(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.body.dataset.refreshes));
    const marker = await page.evaluate(() => ((globalThis as unknown as PageGlobals).__marker = 7));
    const v1Requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/v1/')) v1Requests.push(new URL(r.url()).pathname);
    });
    const t0 = Date.now();
    await project(db.sql, [STREAMED_FIGURE]);
    const killed = card(page, 'Ukraine · military killed');
    await expect.poll(() => killed.locator('g.pt[data-value="58200"]').count(), { timeout: 10_000 }).toBe(1);
    expect(Date.now() - t0).toBeLessThan(5000);
    // the same document, refreshed because of the stream: no new stream was opened, lists were re-read
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__marker)).toBe(marker);
    expect(Number(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.body.dataset.refreshes))).toBeGreaterThan(refreshes);
    expect(v1Requests).not.toContain('/v1/stream');
    expect(v1Requests).toContain('/v1/tolls');
    expect(await page.locator('#status-text').innerText()).toMatch(/^Live · updated \d\d:\d\d:\d\d/);
    expect(await page.locator('#status-dot').getAttribute('title')).toMatch(/Following new claims/);
  });

  it('falls back to polling when the stream is refused', async () => {
    page = await browser.context.newPage();
    errors = collectErrors(page);
    // the browser reports the refused stream on the console; nothing else may go wrong
    (page as Page & { expectErrors?: boolean }).expectErrors = true;
    await page.route('**/v1/stream*', (route) =>
      route.fulfill({ status: 503, headers: { 'retry-after': '10' }, contentType: 'application/problem+json', body: JSON.stringify({ type: '/problems/unavailable', title: 'Unavailable', status: 503, detail: '1000 streams are already open' }) }),
    );
    await page.goto(`${gw.url}?refresh=2`);
    await waitForRefresh(page);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.body.dataset.live === 'polling');
    const polled = Number(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.body.dataset.refreshes));
    await waitForRefresh(page, polled + 1);
    expect(await page.locator('#status-dot').getAttribute('title')).toMatch(/Checking every 2 s/);
    expect(await page.locator('#banner').isHidden()).toBe(true);
    expect(errors.filter((e) => !/v1\/stream|EventSource|503/.test(e))).toEqual([]);
  });

  it('refreshes on its own by polling without a reload (no stream) and says when it was updated', async () => {
    await open(`${gw.url}?refresh=2&live=0`);
    const before = await page.locator('#updated-at').getAttribute('datetime');
    const marker = await page.evaluate(() => ((globalThis as unknown as PageGlobals).__marker = 42));
    await project(db.sql, [LATE_FIGURE]);
    const killed = card(page, 'Ukraine · military killed');
    await expect.poll(() => killed.locator('g.pt[data-value="57500"]').count(), { timeout: 15_000 }).toBe(1);
    // the same document (no reload), a newer "updated" time
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__marker)).toBe(marker);
    const after = await page.locator('#updated-at').getAttribute('datetime');
    expect(Date.parse(after!)).toBeGreaterThan(Date.parse(before!));
    expect(await page.locator('#status-text').innerText()).toMatch(/^Live · updated \d\d:\d\d:\d\d/);
    // the polls revalidated with If-None-Match: unchanged documents came back as 304 (the talks list: nothing new was
    // projected into it; feed health words its times when read, so its document changes as time passes)
    const statuses: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/v1/talks?limit=500')) statuses.push(r.status());
    });
    await expect.poll(() => statuses.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(statuses).toContain(304);
  });
});

describe('empty and error states', () => {
  it('says nothing was read yet on a fresh database, never a blank page', async () => {
    const fresh = await createTestDatabase('cwdash_empty');
    const empty = await startGateway(fresh.sql);
    try {
      await open(empty.url);
      expect(await page.locator('#overview .notice-title').innerText()).toBe('Nothing has been read yet.');
      expect(await page.locator('#tolls .notice-title').innerText()).toBe('No toll figures yet.');
      expect(await page.locator('#talks .notice-title').innerText()).toBe('No talks yet.');
      expect(await page.locator('#strikes .notice-title').innerText()).toBe('No strikes yet.');
      expect(await page.locator('#feeds .notice-title').innerText()).toBe('No feeds configured.');
      expect(await page.locator('#status-text').innerText()).toMatch(/^Live · updated/);
      expect(await page.locator('#overview .glances').count()).toBe(0);
      await screenshot(page, 'empty-state');
    } finally {
      await page.close();
      await empty.close();
      await fresh.drop();
    }
  });

  it('shows an error state when the API answers 5xx', async () => {
    page = await browser.context.newPage();
    errors = collectErrors(page);
    (page as Page & { expectErrors?: boolean }).expectErrors = true;
    await page.route('**/v1/**', (route) =>
      route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'database is down' }) }),
    );
    await page.goto(gw.url);
    await waitForRefresh(page);
    expect(await page.locator('#banner').isVisible()).toBe(true);
    expect(await page.locator('#banner').innerText()).toMatch(/answered with an error[\s\S]*HTTP 503 — database is down/);
    for (const id of ['tolls', 'talks', 'strikes', 'feeds']) {
      expect(await page.locator(`#${id} .notice-error .notice-title`).innerText()).toMatch(/could not be loaded\.$/);
    }
    expect(await page.locator('#overview .notice-title').innerText()).toBe('Nothing could be loaded yet.');
    // nothing was ever loaded, so there is no "updated" time to claim
    expect(await page.locator('#status-text').innerText()).toMatch(/^API error · checked \d\d:\d\d:\d\d$/);
    // the only errors are the failed loads the browser itself reports
    expect(errors.every((e) => e.includes('503'))).toBe(true);
    expect(errors.some((e) => e.startsWith('pageerror'))).toBe(false);
    await screenshot(page, 'error-state');
  });

  it('keeps the last figures and says so when the API becomes unreachable', async () => {
    await open(gw.url, true);
    await page.route('**/v1/**', (route) => route.abort('connectionrefused'));
    await page.click('#refresh-now');
    await waitForRefresh(page, 2);
    expect(await page.locator('#banner').innerText()).toMatch(/cannot be reached[\s\S]*Showing what was loaded at/);
    expect(await page.locator('#status-text').innerText()).toMatch(/^Offline · updated/);
    expect(await card(page, 'Ukraine · military killed').locator('g.pt').count()).toBeGreaterThan(0);
    expect(errors.some((e) => e.startsWith('pageerror'))).toBe(false);
    // and recovers on its own once the API is back
    await page.unroute('**/v1/**');
    await page.click('#refresh-now');
    await waitForRefresh(page, 3);
    expect(await page.locator('#banner').isHidden()).toBe(true);
  });
});
