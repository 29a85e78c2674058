// Narrow windows keep a usable graph and time bar: the side panels fold away and slide over the
// graph when asked for, and no text is smaller than 11 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { startTestServer } from '../support/app-server.ts';
import { buildClient, launchChromium } from '../support/browser.ts';
import { openSeededDatabase } from '../support/test-database.ts';
import { clickElement, openGraph, waitForIdle } from './graph-page.ts';

const SHOTS = process.env['SHOTS_DIR'] ?? '/tmp/shots-canvas';

let db: Database;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  db = await openSeededDatabase();
  await buildClient();
  server = await startTestServer(db);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

async function widthOf(page: Page, selector: string): Promise<number> {
  return (await page.locator(selector).boundingBox())?.width ?? 0;
}

/** Visible text smaller than 11 px anywhere on the page: element, text and size. */
async function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent) continue;
      const box = parent.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || !parent.checkVisibility({ visibilityProperty: true })) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 11) small.push(`${parent.tagName.toLowerCase()}.${parent.className} "${text.slice(0, 30)}" ${size}px`);
    }
    return small;
  });
}

describe('the graph browser on narrow windows', () => {
  for (const size of [
    { width: 900, height: 1000 },
    { width: 1280, height: 720 },
  ]) {
    it(`at ${size.width}×${size.height} the graph and the time bar keep a usable size and no text is under 11 px`, async () => {
      const { page, errors } = await openGraph(browser, server.url, size);
      expect(await widthOf(page, '#graph')).toBeGreaterThanOrEqual(size.width * 0.55);
      expect((await page.locator('#graph').boundingBox())!.height).toBeGreaterThanOrEqual(300);
      expect(await widthOf(page, '#timeline input.time-range')).toBeGreaterThanOrEqual(200);
      expect(await smallText(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('at 900×1000 the panels fold away, open over the graph one at a time and close again', async () => {
    const { page, errors } = await openGraph(browser, server.url, { width: 900, height: 1000 });
    expect(await widthOf(page, '#graph')).toBeGreaterThanOrEqual(900 * 0.6);
    await expect.poll(() => page.locator('#controls').isVisible()).toBe(false);
    await expect.poll(() => page.locator('#details').isVisible()).toBe(false);

    const filters = page.locator('.panel-toggle', { hasText: 'Filters' });
    await filters.click();
    await expect.poll(() => page.locator('#controls').isVisible()).toBe(true);
    expect(await filters.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: `${SHOTS}/narrow-filters-open-900x1000.png` });
    // The graph keeps its width under the overlay: it is not squeezed.
    expect(await widthOf(page, '#graph')).toBeGreaterThanOrEqual(900 * 0.6);
    await page.locator('#controls .panel-close').click();
    await expect.poll(() => page.locator('#controls').isVisible()).toBe(false);

    // Selecting an actor opens its details over the graph, and leaves part of the graph in view.
    const actor = await page.evaluate(() =>
      (window as any).cy
        .nodes()
        .max((node: any) => node.degree())
        .ele.id(),
    );
    await clickElement(page, actor);
    await expect.poll(() => page.locator('#details').isVisible()).toBe(true);
    const details = (await page.locator('#details').boundingBox())!;
    expect(details.x).toBeGreaterThanOrEqual(900 * 0.5);
    await page.screenshot({ path: `${SHOTS}/narrow-details-open-900x1000.png` });
    await page.keyboard.press('Escape');
    await waitForIdle(page);
    await expect.poll(() => page.locator('#details').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
