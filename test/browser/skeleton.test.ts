import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { countGraph } from '../../server/ingest/seed.ts';
import { startTestServer } from '../support/app-server.ts';
import { buildClient, launchChromium, screenshot, watchConsole } from '../support/browser.ts';
import { openSeededDatabase } from '../support/test-database.ts';

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

describe('the walking skeleton in a real browser', () => {
  it('draws the seeded graph at / from the GraphQL API, without console errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchConsole(page);
    await page.goto(server.url);
    await page.waitForFunction(() => ((window as any).cy?.edges().length ?? 0) > 0);
    const drawn = await page.evaluate(() => ({ nodes: (window as any).cy.nodes().length, edges: (window as any).cy.edges().length }));
    const size = await countGraph(db);
    expect(drawn.nodes).toBeGreaterThan(0);
    expect(drawn.nodes).toBeLessThanOrEqual(size.actors);
    expect(drawn.edges).toBe(size.relations);
    await screenshot(page, 'skeleton-seed-graph');
    expect(errors).toEqual([]);
  });
});
