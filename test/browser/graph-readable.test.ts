// The seed must be readable at the sizes analysts use: no two labels drawn over each other, no
// text under 11 px, one edge per pair of actors that opens into its relations.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collidingPairs } from '../../client/src/graph/label-placement.ts';
import type { Database } from '../../server/db/database.ts';
import { startTestServer } from '../support/app-server.ts';
import { buildClient, launchChromium } from '../support/browser.ts';
import { openSeededDatabase } from '../support/test-database.ts';
import { combinedEdges, drawnEdgeIds, drawnLabels, openGraph, pointOf, visibleIds, waitForIdle } from './graph-page.ts';

const SIZES = [
  { width: 1600, height: 1000 },
  { width: 1280, height: 720 },
  { width: 900, height: 1000 },
];
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

describe('the seed, readable at every window size', () => {
  for (const size of SIZES) {
    it(`at ${size.width}×${size.height}: no two drawn labels overlap, none is under 11 px, and most actors are named`, async () => {
      const { page, errors } = await openGraph(browser, server.url, size);
      const labels = await drawnLabels(page);
      const overlaps = collidingPairs(labels).map(([one, other]) => `${one.text} / ${other.text}`);
      expect(overlaps).toEqual([]);
      for (const label of labels) expect(label.fontPx, label.text).toBeGreaterThanOrEqual(11);
      // Hiding every label would also avoid collisions: the actors must still be read.
      const actors = (await visibleIds(page)).nodes;
      const named = labels.filter((label) => label.isNode);
      expect(named.length / actors.length).toBeGreaterThanOrEqual(0.6);
      expect(labels.some((label) => !label.isNode)).toBe(true);
      await page.screenshot({ path: `${SHOTS}/seed-${size.width}x${size.height}.png` });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('draws one edge per pair of actors, with its count and net sign, that opens into its relations on click', async () => {
    const { page, errors } = await openGraph(browser, server.url, { width: 1600, height: 1000 });
    const pairs = await combinedEdges(page);
    expect(pairs.length).toBeGreaterThan(0);
    const relationsInPairs = pairs.flatMap((pair) => pair.relationIds);
    // A relation is drawn on its own or stands inside exactly one combined edge, never both.
    const edges = await drawnEdgeIds(page);
    for (const id of relationsInPairs) expect(edges).not.toContain(id);
    expect(new Set(relationsInPairs).size).toBe(relationsInPairs.length);
    const largest = [...pairs].sort((a, b) => b.relationIds.length - a.relationIds.length)[0]!;
    expect(largest.label).toMatch(new RegExp(`^${largest.relationIds.length} relations, net [+−±]`));

    const { x, y } = await pointOf(page, largest.id);
    await page.mouse.click(x, y);
    await waitForIdle(page);
    const opened = await drawnEdgeIds(page);
    expect(opened).not.toContain(largest.id);
    for (const id of largest.relationIds) expect(opened).toContain(id);
    await page.screenshot({ path: `${SHOTS}/pair-opened-1600x1000.png` });
    // Opened relations are labelled without collisions too.
    expect(collidingPairs(await drawnLabels(page))).toEqual([]);

    // A click on the background folds it back.
    const frame = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(frame.x + 5, frame.y + 5);
    await waitForIdle(page);
    expect(await drawnEdgeIds(page)).toContain(largest.id);
    expect(errors).toEqual([]);
    await page.close();
  });
});
