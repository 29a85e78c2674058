import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { ingestDocument, parseKnowledgeDocument } from '../../server/ingest/ingest-document.ts';
import { startTestServer } from '../support/app-server.ts';
import { buildClient, launchChromium, screenshot, watchConsole } from '../support/browser.ts';
import { openSeededDatabase } from '../support/test-database.ts';
import { clickElement, openGraph, waitForIdle } from './graph-page.ts';

// The pages under their Content-Security-Policy, on a machine with no internet, and knowledge
// written by an attacker: every name, quote and address renders as text, and no script runs.

const HOSTILE = {
  actor: '<img src=x onerror=alert(1)>',
  other: '"><svg onload=alert(2)>',
  quote: '<script>alert(3)</script> said the source',
  url: 'javascript:alert(4)',
};

let db: Database;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  db = await openSeededDatabase();
  const document = parseKnowledgeDocument({
    format: 'actorgraph/v1',
    sources: [{ id: 'hostile-source', title: HOSTILE.other, publisher: HOSTILE.actor }],
    actors: [{ id: 'hostile-actor', name: HOSTILE.actor, kind: 'ORGANISATION', description: HOSTILE.url }],
    relations: [
      {
        id: 'hostile-relation',
        type: 'SUPPORT',
        from: 'hostile-actor',
        to: 'pakistan',
        evidence: [
          {
            source: 'hostile-source',
            quote: HOSTILE.quote,
            attribution: HOSTILE.other,
            status: 'REPORTED',
            confidence: 0.5,
          },
        ],
      },
    ],
  });
  await ingestDocument(db, document);
  await buildClient();
  server = await startTestServer(db, { ACTORGRAPH_OPEN_CYPHER: 'true' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

describe('under the Content-Security-Policy', () => {
  it('runs the graph browser with no policy violation and no request to another origin', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchConsole(page);
    const outside: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== server.url) {
        outside.push(url.href);
        return route.abort();
      }
      return route.continue();
    });
    await page.goto(server.url);
    await waitForIdle(page);
    expect(errors.filter((error) => /Content Security Policy|Refused to/i.test(error))).toEqual([]);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('serves a working GraphiQL offline: the editor loads and a query runs', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchConsole(page);
    const outside: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol.startsWith('http') && url.origin !== server.url) {
        outside.push(url.href);
        return route.abort();
      }
      return route.continue();
    });
    await page.goto(`${server.url}/graphql?query=${encodeURIComponent('{ actor(id: "pakistan") { name } }')}`);
    const answered = page.waitForResponse(
      (response) =>
        response.url().includes('/graphql') &&
        response.request().method() === 'POST' &&
        (response.request().postData() ?? '').includes('actor('),
      { timeout: 30_000 },
    );
    await page.locator('.graphiql-execute-button').click({ timeout: 30_000 });
    expect(await (await answered).json()).toEqual({ data: { actor: { name: 'Pakistan' } } });
    // The answer shows in the response pane (case matters: the query itself says "pakistan";
    // the editor draws spaces as no-break spaces).
    await page.waitForFunction(
      () => document.body.innerText.replace(/[\s\u00a0]/g, '').includes('"name":"Pakistan"'),
      null,
      { timeout: 30_000 },
    );
    await screenshot(page, 'security-graphiql-offline');
    expect(errors.filter((error) => /Content Security Policy|Refused to/i.test(error))).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });
});

describe('hostile text in the graph', () => {
  it('renders names, quotes and attributions as literal text and opens no dialog', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await clickElement(page, 'hostile-actor');
    const actorPanel = await page.locator('#details').innerText();
    expect(actorPanel).toContain(HOSTILE.actor);
    await clickElement(page, 'hostile-relation');
    const text = await page.locator('#details').innerText();
    expect(text).toContain(HOSTILE.quote);
    expect(text).toContain(HOSTILE.other);
    // No element the hostile strings describe was created, anywhere in the page.
    expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
    await screenshot(page, 'security-hostile-text');

    // The table of what is visible, and a Cypher result that returns the names.
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(() => page.locator('body').innerText()).toContain(HOSTILE.actor);
    await page.getByRole('tab', { name: 'Cypher' }).click();
    const editor = page.getByRole('textbox', { name: 'Cypher query' });
    await editor.fill("MATCH (a:Actor {id: 'hostile-actor'}) RETURN a.name AS name, a.description AS description");
    await editor.press('Control+Enter');
    await expect.poll(() => page.locator('body').innerText(), { timeout: 20_000 }).toContain(HOSTILE.url);
    expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await screenshot(page, 'security-hostile-cypher');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
