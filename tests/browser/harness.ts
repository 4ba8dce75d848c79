import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from '@claimwire/gateway';
import { silentLogger } from '@claimwire/logging';
import type { Sql } from '@claimwire/sql';

/** Debian's chromium (installed by .ci/run), or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const SCREENSHOTS = join(REPO_ROOT, 'test-artifacts/screenshots');

export interface Gateway {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** The real gateway app on a free loopback port. */
export async function startGateway(sql: Sql): Promise<Gateway> {
  const app = await build({ sql, logger: silentLogger(), schemaTtlMs: 0 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  if (!addr || typeof addr === 'string') throw new Error('gateway did not bind a TCP port');
  return { app, url: `http://127.0.0.1:${addr.port}/`, close: () => app.close() };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless chromium with a fresh profile of its own, nothing phoning home. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install -y chromium (as .ci/run does), or set CHROMIUM_PATH`);
  const profile = mkdtempSync(join(tmpdir(), 'cw-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Every console error and uncaught exception of a page, for the specs to assert none happened. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/**
 * The page's globals, for functions that run in the browser (they are sent as source text,
 * so they name globalThis themselves and no helper of this module): the specs are compiled without
 * the DOM types, and string expressions would need 'unsafe-eval', which the page's CSP refuses.
 */
export interface PageGlobals {
  document: { body: { dataset: Record<string, string | undefined> }; documentElement: { scrollWidth: number }; activeElement: { className: string; getAttribute(name: string): string | null } | null };
  __marker?: number;
}

/** Waits until the dashboard finished a refresh (its body says how many it did). */
export async function waitForRefresh(page: Page, atLeast = 1): Promise<void> {
  await page.waitForFunction((n) => {
    const data = (globalThis as unknown as PageGlobals).document.body.dataset;
    return Number(data.refreshes ?? 0) >= n && data.loading === 'false';
  }, atLeast);
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
