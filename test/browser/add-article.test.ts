import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { TOKENS, TOKENS_ENV } from '../support/api-app.ts';
import { startTestServer } from '../support/app-server.ts';
import { buildClient, launchChromium, screenshot, watchConsole } from '../support/browser.ts';
import { execute } from '../support/graphql-client.ts';
import { openSeededDatabase } from '../support/test-database.ts';
import { textOf, waitForIdle } from './graph-page.ts';

// "Add an article" with the real extractor: paste a short article, extract, reject a relation,
// load, and find the new actor in the graph with its evidence in the details panel.

const ARTICLE = {
  title: 'Japan and Australia sign a defence agreement',
  publisher: 'Example Wire',
  date: '2022-01-06',
  text:
    'Tokyo, 6 January 2022. Japan signed a defence agreement with Australia on Thursday, officials said. ' +
    'Separately, Iran accused the United States of flying drones over its territory earlier this week.',
};

let db: Database;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  db = await openSeededDatabase();
  await buildClient();
  server = await startTestServer(db, { ACTORGRAPH_TOKENS: TOKENS_ENV });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.app.close();
  await server?.close();
  await db?.close();
});

const SIZES = [
  { name: '1600x1000', width: 1600, height: 1000 },
  { name: '1280x720', width: 1280, height: 720 },
  { name: '900x900', width: 900, height: 900 },
];

async function resizeAndShoot(page: Page, step: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    await screenshot(page, `add-article-${step}-${size.name}`);
  }
  await page.setViewportSize({ width: 1600, height: 1000 });
}

/** Opens the dialog, fills in the article and the token, and extracts (the first time starts the engine). */
async function extractArticle(page: Page, options: { shoot?: boolean } = {}) {
  await page.getByRole('button', { name: 'Add an article' }).click();
  const dialog = page.locator('dialog#add-article');
  await dialog.getByLabel('Title').fill(ARTICLE.title);
  await dialog.getByLabel('Publisher').fill(ARTICLE.publisher);
  await dialog.getByLabel('Date').fill(ARTICLE.date);
  await dialog.getByLabel('Editor token').fill(TOKENS.editor);
  await dialog.getByLabel('Text', { exact: true }).fill(ARTICLE.text);
  if (options.shoot) await resizeAndShoot(page, 'text');
  await dialog.getByRole('button', { name: 'Extract' }).click();
  const draft = dialog.locator('.review-draft');
  await draft.locator('.draft-item').first().waitFor({ state: 'visible', timeout: 180_000 });
  return { dialog, draft };
}

describe('adding an article in the browser', () => {
  it('extracts a draft, loads it without the rejected relation, and shows the new actor with its evidence', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const errors = watchConsole(page);
    await page.goto(server.url);
    await waitForIdle(page);

    const { dialog, draft } = await extractArticle(page, { shoot: true });
    const japan = draft.locator('.draft-item[data-key^="actor:"]', { hasText: 'Japan' });
    expect(await japan.count()).toBe(1);

    // Every mention and quote is marked in the text; pointing at a draft relation lights its quote.
    const relations = draft.locator('.draft-item[data-key^="relation:"]');
    const japanRelation = relations.filter({ hasText: 'Japan' }).first();
    await japanRelation.hover();
    const lit = await dialog.locator('.article-text .lit').allTextContents();
    expect(lit.join('')).toContain('Japan signed');
    expect(await dialog.locator('.article-text .mention-mark', { hasText: 'Japan' }).count()).toBeGreaterThan(0);

    // Reject the other claim (the one not about Japan).
    const others = relations.filter({ hasNotText: 'Japan' });
    expect(await others.count()).toBeGreaterThan(0);
    const rejectedQuote = await textOf(others.first().locator('blockquote'));
    await others.first().getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => others.first().getAttribute('class')).toContain('rejected');
    await resizeAndShoot(page, 'review');

    await dialog.getByRole('button', { name: /^Load / }).click();
    // The dialog closes once loaded (the first write on a fresh database takes seconds); while it
    // is open its status line says why not.
    await expect
      .poll(
        () =>
          dialog.evaluate((element) =>
            (element as HTMLDialogElement).open ? element.querySelector('[role="status"]')?.textContent : 'closed',
          ),
        { timeout: 60_000 },
      )
      .toBe('closed');
    await waitForIdle(page);

    // The new actor is drawn, and the first loaded claim is selected with its evidence.
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as any).cy
            .nodes()
            .filter((node: any) => node.visible() && node.data('label') === 'Japan')
            .map((node: any) => node.id()),
        ),
      )
      .toHaveLength(1);
    const details = page.locator('#details');
    await expect.poll(() => textOf(details.locator('h2'))).toContain('Japan');
    await expect.poll(() => textOf(details.locator('blockquote').first())).toContain('Japan signed');
    await expect.poll(() => textOf(details)).toContain(ARTICLE.publisher);
    await resizeAndShoot(page, 'loaded');

    // The rejected claim was not loaded.
    const loaded = await execute<{ relations: { nodes: { evidence: { quote: string }[] }[] } }>(
      server.app,
      '{ relations(first: 500) { nodes { evidence { quote } } } }',
    );
    const quotes = loaded.data!.relations.nodes.flatMap((relation) => relation.evidence.map((item) => item.quote));
    expect(quotes.some((quote) => quote.includes('Japan signed'))).toBe(true);
    expect(quotes).not.toContain(rejectedQuote);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('links a draft actor to one in the graph by search, its relations follow and can be edited; the token stays out of the URL', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchConsole(page);
    await page.goto(server.url);
    await waitForIdle(page);
    const { draft } = await extractArticle(page);

    const australia = draft.locator('.draft-item[data-key^="actor:"]', { hasText: 'Australia' });
    await australia.getByRole('button', { name: 'Edit' }).click();
    const search = australia.getByRole('combobox', { name: 'Link to an actor in the graph' });
    await search.pressSequentially('Pakistan');
    const option = australia.locator('[role="option"][data-actor-id="pakistan"]');
    await option.waitFor({ state: 'visible' });
    await option.click();

    const linked = draft.locator('.draft-item[data-key^="actor:"]', { hasText: 'in the graph: pakistan' });
    await expect.poll(() => linked.count()).toBe(1);
    await expect.poll(() => textOf(linked.locator('.draft-name'))).toBe('Pakistan');
    const relation = draft.locator('.draft-item[data-key^="relation:"]', { hasText: 'Japan' }).first();
    await expect.poll(() => textOf(relation.locator('.draft-summary'))).toMatch(/Japan .+ Pakistan/);

    // The relation's editor: a new type (with its polarity) and the other direction.
    await relation.getByRole('button', { name: 'Edit' }).click();
    await relation.getByLabel('Type').selectOption('COOPERATE');
    await relation.getByRole('button', { name: 'Reverse direction' }).click();
    await expect.poll(() => textOf(relation.locator('.draft-summary'))).toBe('Pakistan cooperate → Japan');
    await screenshot(page, 'add-article-edited-1280x720');

    expect(page.url()).not.toContain(TOKENS.editor);
    expect(await page.evaluate(() => sessionStorage.getItem('actorgraph.editorToken'))).toBe(TOKENS.editor);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
