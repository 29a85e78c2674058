// Sharing a view reproduces it: a link reopens with every actor where it was, the PNG carries a
// legend and a caption, the JSON and CSV exports carry the evidence and its sources.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { startTestServer } from '../support/app-server.ts';
import { buildClient, launchChromium } from '../support/browser.ts';
import { openSeededDatabase } from '../support/test-database.ts';
import { actorPositions, clickElement, elementsWithClass, openGraph, waitForIdle } from './graph-page.ts';

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

const VIEWPORT = { width: 1280, height: 720 };
const TOLERANCE_PX = 3;

async function copyLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  // Headless Chromium may refuse the clipboard; the address bar holds the same link.
  await expect.poll(() => page.url()).toContain('camera=');
  return page.url();
}

function farthestMove(
  before: Record<string, { x: number; y: number }>,
  after: Record<string, { x: number; y: number }>,
): number {
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  return Math.max(
    ...Object.entries(before).map(([id, point]) => Math.hypot(point.x - after[id]!.x, point.y - after[id]!.y)),
  );
}

/** Width and height of a PNG, from its header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('sharing a view', () => {
  it('reopens a link in a new page with every actor within a few pixels of where it was, after a zoom and a pan', async () => {
    const { page, errors } = await openGraph(browser, server.url, VIEWPORT);
    // The sender looked somewhere of their own: zoomed in and moved.
    await page.evaluate(() => {
      const cy = (window as any).cy;
      cy.zoom({ level: cy.zoom() * 1.4, renderedPosition: { x: 300, y: 200 } });
      cy.panBy({ x: -60, y: 35 });
    });
    await waitForIdle(page);
    const link = await copyLink(page);
    const before = await actorPositions(page);

    const reopened = await openGraph(browser, link, VIEWPORT);
    expect(farthestMove(before, await actorPositions(reopened.page))).toBeLessThanOrEqual(TOLERANCE_PX);
    expect(reopened.errors).toEqual([]);
    expect(errors).toEqual([]);
    await reopened.page.close();
    await page.close();
  });

  it('lays out the same view the same way every time it is opened, so even a link without the camera reproduces it', async () => {
    const first = await openGraph(browser, `${server.url}/?asOf=2020-06-30`, VIEWPORT);
    const second = await openGraph(browser, `${server.url}/?asOf=2020-06-30`, VIEWPORT);
    expect(farthestMove(await actorPositions(first.page), await actorPositions(second.page))).toBeLessThanOrEqual(
      TOLERANCE_PX,
    );
    await first.page.close();
    await second.page.close();
  });

  it('exports a PNG with a legend and a caption under the graph, without the dimming of the selection', async () => {
    const { page, errors } = await openGraph(browser, server.url, VIEWPORT);
    const actor = await page.evaluate(() =>
      (window as any).cy
        .nodes()
        .max((node: any) => node.degree())
        .ele.id(),
    );
    await clickElement(page, actor);
    const mutedBefore = await elementsWithClass(page, 'muted');
    expect(mutedBefore.length).toBeGreaterThan(0);
    const plain = await page.evaluate(() => {
      const cy = (window as any).cy;
      const image = new Image();
      image.src = cy.png({ full: true, scale: 2 });
      return new Promise<{ width: number; height: number }>((resolve) => {
        image.onload = () => resolve({ width: image.width, height: image.height });
      });
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const size = pngSize(bytes);
    // The legend and the caption add rows under the graph.
    expect(size.height).toBeGreaterThan(plain.height + 100);
    // The picture's dimming was lifted for the export only: the page still shows the selection.
    expect(await elementsWithClass(page, 'muted')).toEqual(mutedBefore);
    expect(await elementsWithClass(page, 'focus')).toEqual([actor]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the visible subgraph as JSON and CSV with the evidence and the sources of each relation', async () => {
    const { page, errors } = await openGraph(browser, `${server.url}/?asOf=2020-06-30`, VIEWPORT);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const exported = JSON.parse(await readFile((await json.path())!, 'utf8'));
    expect(exported.relations.length).toBeGreaterThan(0);
    const sourceIds = new Set(exported.sources.map((source: { id: string }) => source.id));
    for (const relation of exported.relations) {
      expect(relation.evidence.length, relation.id).toBeGreaterThan(0);
      for (const item of relation.evidence) {
        expect(item.quote.length).toBeGreaterThan(0);
        expect(sourceIds.has(item.sourceId)).toBe(true);
      }
    }
    for (const source of exported.sources) expect(source.publisher.length).toBeGreaterThan(0);
    expect(exported.view).toContain('asOf=2020-06-30');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const text = await readFile((await csv.path())!, 'utf8');
    const [header] = text.split('\r\n');
    expect(header).toBe(
      'relation_id,from,relation,to,polarity,status,confidence,valid_from,valid_to,evidence_id,stance,evidence_status,quote,attribution,source_id,source_title,source_publisher,source_published,source_url',
    );
    const evidenceCount = exported.relations.reduce(
      (sum: number, relation: { evidence: unknown[] }) => sum + relation.evidence.length,
      0,
    );
    // One row per piece of evidence; quotes may hold line breaks, so rows are counted by id.
    for (const relation of exported.relations)
      for (const item of relation.evidence) expect(text).toContain(`,${item.id},`);
    expect(evidenceCount).toBeGreaterThanOrEqual(exported.relations.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});
