import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { TOKENS, TOKENS_ENV } from '../support/api-app.ts';
import { startTestServer } from '../support/app-server.ts';
import { buildClient, launchChromium, SCREENSHOT_DIR } from '../support/browser.ts';
import { execute } from '../support/graphql-client.ts';
import { openSeededDatabase } from '../support/test-database.ts';
import { clickElement, openGraph, pointOf, textOf, visibleIds, waitForIdle } from './graph-page.ts';

let db: Database;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

/** Screenshots of the workbench go beside the others, or where WORKBENCH_SHOTS says. */
const SHOTS = process.env['WORKBENCH_SHOTS'] ?? SCREENSHOT_DIR;

beforeAll(async () => {
  db = await openSeededDatabase();
  await buildClient();
  server = await startTestServer(db, { ACTORGRAPH_TOKENS: TOKENS_ENV });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

async function api<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await execute<T>(server.app, query, variables);
  if (response.errors) throw new Error(response.errors.map((error) => error.message).join('; '));
  return response.data as T;
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `workbench-${name}.png`) });
}

/** The query string of the page's address, as a map. */
async function urlParams(page: Page): Promise<URLSearchParams> {
  return new URL(page.url()).searchParams;
}

async function isLocked(page: Page, id: string): Promise<boolean> {
  return page.evaluate((nodeId) => (window as any).cy.getElementById(nodeId).locked(), id);
}

async function positionOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => ({ ...(window as any).cy.getElementById(nodeId).position() }), id);
}

/** An actor in view with at least one relation in view, to act on. */
async function someActor(page: Page): Promise<string> {
  return page.evaluate(() => {
    const cy = (window as any).cy;
    return cy
      .nodes(':visible')
      .filter((node: any) => node.connectedEdges(':visible').length > 0)
      .sort((a: any, b: any) => b.connectedEdges().length - a.connectedEdges().length)[0]
      .id();
  });
}

describe('the workbench of the graph browser', () => {
  it('finds a word of a quote and opens the relation that quote backs', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    const expected = await api<{ searchEvidence: { quotes: { evidence: { relation: { id: string } } }[] } }>(
      '{ searchEvidence(text: "tacit") { quotes { evidence { relation { id } } } } }',
    );
    const relationId = expected.searchEvidence.quotes[0]!.evidence.relation.id;
    const search = page.locator('#search input');
    await search.fill('tacit');
    const quote = page.locator('#search [role="option"][data-result-kind="quote"]').first();
    await quote.waitFor({ state: 'visible' });
    expect((await textOf(quote)).toLowerCase()).toContain('tacit');
    await expect
      .poll(() => page.locator('#search .suggestion-group').allTextContents())
      .toEqual(expect.arrayContaining(['Quotes', 'Sources']));
    await shot(page, 'search-quote');
    // The keyboard reaches the quotes too: down past the actors, Enter on the first quote.
    const options = await page
      .locator('#search [role="option"]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['resultKind'] ?? 'actor'));
    for (let i = 0; i <= options.indexOf('quote'); i += 1) await search.press('ArrowDown');
    await search.press('Enter');
    await waitForIdle(page);
    expect((await urlParams(page)).get('relation')).toBe(relationId);
    await expect.poll(async () => (await textOf(page.locator('#details'))).toLowerCase()).toContain('tacit');

    await search.fill('Quds');
    const summary = page.locator('#search [role="option"][data-result-kind="relation"]').first();
    await summary.waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a hover card for an actor and for a relation', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    const actor = await someActor(page);
    const name = await page.evaluate((id) => (window as any).cy.getElementById(id).data('label'), actor);
    const at = await pointOf(page, actor);
    await page.mouse.move(at.x, at.y);
    const card = page.locator('.hover-card');
    await card.waitFor({ state: 'visible' });
    const actorText = await textOf(card);
    expect(actorText).toContain(name);
    expect(actorText).toMatch(/\d+ relations?/);
    await shot(page, 'hover-actor');

    const edge = await page.evaluate((id) => {
      // An edge between two actors with nothing else between them: the one with the longest span.
      const cy = (window as any).cy;
      return cy
        .getElementById(id)
        .connectedEdges(':visible')
        .sort((a: any, b: any) => {
          const span = (e: any) =>
            Math.hypot(
              e.source().position().x - e.target().position().x,
              e.source().position().y - e.target().position().y,
            );
          return span(b) - span(a);
        })[0]
        .id();
    }, actor);
    await page.mouse.move(5, 5);
    await expect.poll(() => card.isHidden()).toBe(true);
    const mid = await pointOf(page, edge);
    await page.mouse.move(mid.x, mid.y);
    await expect.poll(() => textOf(card)).toMatch(/confidence \d+%/);
    expect(await textOf(card)).toMatch(/\d+ pieces? of evidence/);
    await shot(page, 'hover-relation');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('pins an actor from the context menu: marked, locked against a re-layout, kept after a reload', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    const actor = await someActor(page);
    const at = await pointOf(page, actor);
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const menu = page.locator('.context-menu');
    await menu.waitFor({ state: 'visible' });
    expect(await menu.locator('[role="menuitem"]').allTextContents()).toEqual([
      'Details',
      'Expand neighbours',
      'Hide',
      'Pin in place',
      'Annotate…',
      'Find paths from here',
    ]);
    await shot(page, 'context-menu-actor');
    await menu.locator('[role="menuitem"]', { hasText: 'Pin in place' }).click();
    await waitForIdle(page);
    expect((await urlParams(page)).get('lock')).toBe(actor);
    expect(await isLocked(page, actor)).toBe(true);
    expect(await page.evaluate((id) => (window as any).cy.getElementById(id).hasClass('pinned-place'), actor)).toBe(
      true,
    );

    const before = await positionOf(page, actor);
    const others = await page.evaluate(
      (id) =>
        (window as any).cy
          .nodes()
          .filter((node: any) => node.id() !== id)
          .map((node: any) => ({ id: node.id(), ...node.position() })),
      actor,
    );
    await page.getByRole('button', { name: 'Re-layout' }).click();
    await waitForIdle(page);
    const after = await positionOf(page, actor);
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(0.5);
    const movedOthers = await page.evaluate(
      (list) =>
        list.filter((node: any) => {
          const now = (window as any).cy.getElementById(node.id).position();
          return Math.hypot(now.x - node.x, now.y - node.y) > 1;
        }).length,
      others,
    );
    expect(movedOthers).toBeGreaterThan(0);
    await shot(page, 'pinned');

    await page.reload();
    await waitForIdle(page);
    expect(await isLocked(page, actor)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the context menu from the keyboard, moves with the arrows, closes with Escape, hides with Enter; Ctrl+Z and Ctrl+Shift+Z undo and redo', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    const actor = await someActor(page);
    await clickElement(page, actor);
    await page.locator('#graph').focus();
    await page.keyboard.press('Shift+F10');
    const menu = page.locator('.context-menu');
    await menu.waitFor({ state: 'visible' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Details');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Hide');
    await shot(page, 'context-menu-keyboard');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph');
    // Escape closed the menu only: the actor is still in focus.
    expect((await urlParams(page)).get('focus')).toBe(actor);

    await page.keyboard.press('ContextMenu');
    await menu.waitFor({ state: 'visible' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForIdle(page);
    expect((await urlParams(page)).get('hide')).toBe(actor);
    expect((await visibleIds(page)).nodes).not.toContain(actor);

    await page.keyboard.press('Control+z');
    await waitForIdle(page);
    expect((await urlParams(page)).get('hide')).toBeNull();
    expect((await visibleIds(page)).nodes).toContain(actor);
    await page.keyboard.press('Control+Shift+z');
    await waitForIdle(page);
    expect((await urlParams(page)).get('hide')).toBe(actor);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    await waitForIdle(page);
    expect((await urlParams(page)).get('hide')).toBe(actor);
    await expect.poll(() => page.getByRole('button', { name: 'Redo' }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('undoes a drag of an actor', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    const actor = await someActor(page);
    const start = await positionOf(page, actor);
    const at = await pointOf(page, actor);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 60, at.y + 40, { steps: 8 });
    await page.mouse.up();
    await waitForIdle(page);
    const dropped = await positionOf(page, actor);
    expect(Math.hypot(dropped.x - start.x, dropped.y - start.y)).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Undo' }).click();
    // The click on the actor before the drag focused it: one undo for the move, then the focus.
    const back = await positionOf(page, actor);
    expect(Math.hypot(back.x - start.x, back.y - start.y)).toBeLessThan(0.5);
    await page.getByRole('button', { name: 'Redo' }).click();
    const again = await positionOf(page, actor);
    expect(Math.hypot(again.x - dropped.x, again.y - dropped.y)).toBeLessThan(0.5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('selects the actors in a box with shift-drag and pins them all at once', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    // A box around an actor and the actor drawn nearest to it.
    const actor = await someActor(page);
    const box = await page.evaluate((id) => {
      const cy = (window as any).cy;
      const frame = cy.container().getBoundingClientRect();
      const first = cy.getElementById(id);
      const distance = (node: any) =>
        Math.hypot(node.position().x - first.position().x, node.position().y - first.position().y);
      const nearest = cy
        .nodes(':visible')
        .filter((node: any) => node.id() !== id)
        .sort((a: any, b: any) => distance(a) - distance(b))[0];
      const boxes = [first, nearest].map((node: any) => node.renderedBoundingBox({ includeLabels: false }));
      return {
        ids: [id, nearest.id()].sort(),
        left: frame.x + Math.min(...boxes.map((b: any) => b.x1)) - 6,
        right: frame.x + Math.max(...boxes.map((b: any) => b.x2)) + 6,
        top: frame.y + Math.min(...boxes.map((b: any) => b.y1)) - 6,
        bottom: frame.y + Math.max(...boxes.map((b: any) => b.y2)) + 6,
      };
    }, actor);
    await page.keyboard.down('Shift');
    await page.mouse.move(box.left, box.top);
    await page.mouse.down();
    await page.mouse.move(box.right, box.bottom, { steps: 10 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const selected = await page.evaluate(() =>
      (window as any).cy
        .nodes(':selected')
        .map((node: any) => node.id())
        .sort(),
    );
    expect(selected).toEqual(expect.arrayContaining(box.ids));
    const bar = page.locator('.selection-bar');
    await bar.waitFor({ state: 'visible' });
    expect(await textOf(bar)).toContain(`${selected.length} actors selected`);
    await shot(page, 'box-select');
    await bar.getByRole('button', { name: 'Pin' }).click();
    await waitForIdle(page);
    expect((await urlParams(page)).get('lock')?.split(',').sort()).toEqual(selected);
    for (const id of selected) expect(await isLocked(page, id)).toBe(true);
    await page.keyboard.press('Control+z');
    await waitForIdle(page);
    expect((await urlParams(page)).get('lock')).toBeNull();
    for (const id of selected) expect(await isLocked(page, id)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('adds a note to an actor from the context menu, shows it with its author, and exports every note as JSON', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    const actor = await someActor(page);
    const at = await pointOf(page, actor);
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await page.locator('.context-menu [role="menuitem"]', { hasText: 'Annotate…' }).click();
    const section = page.locator(`#details [data-annotation-target="${actor}"]`);
    await section.waitFor({ state: 'visible' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('Two items of one report: count once.');
    await section.getByLabel('Your name').fill('Ada Analyst');
    await section.getByLabel('Editor token').fill(TOKENS.editor);
    await section.getByRole('button', { name: 'Add note' }).click();
    const note = section.locator('.annotation').first();
    await note.waitFor({ state: 'visible' });
    expect(await textOf(note)).toContain('Two items of one report: count once.');
    expect(await textOf(note)).toContain('Ada Analyst');
    await expect.poll(() => textOf(section.locator('h3'))).toBe('Notes (1)');
    await shot(page, 'annotation');
    const stored = await api<{ annotations: { targetId: string; author: string }[] }>(
      'query ($id: ID) { annotations(targetId: $id) { targetId author } }',
      { id: actor },
    );
    expect(stored.annotations).toEqual([{ targetId: actor, author: 'Ada Analyst' }]);

    // A blank note is refused with a message, and nothing is added.
    await section.getByLabel('New note').fill('   ');
    await section.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => textOf(section.locator('[role="alert"]'))).toContain('must not be empty');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export notes' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported.annotations.map((a: { targetId: string }) => a.targetId)).toContain(actor);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves a named view with its actors where they stand, and a colleague opens it in a new page', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    const actor = await someActor(page);
    await clickElement(page, actor);
    const at = await pointOf(page, actor);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x - 80, at.y + 50, { steps: 8 });
    await page.mouse.up();
    await waitForIdle(page);
    const savedQuery = new URL(page.url()).search.slice(1);
    const positions = await page.evaluate(() =>
      Object.fromEntries((window as any).cy.nodes().map((node: any) => [node.id(), { ...node.position() }])),
    );
    await page.getByRole('button', { name: 'Views' }).click();
    const dialog = page.locator('dialog.saved-views');
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByLabel('Save this view as').fill('Moved by hand');
    await dialog.getByLabel('Your name').fill('Ada Analyst');
    await dialog.getByLabel('Editor token').fill(TOKENS.editor);
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await dialog.locator('[data-view-id="moved-by-hand"]').waitFor({ state: 'visible' });
    await shot(page, 'saved-views');
    await page.close();

    const colleague = await openGraph(browser, server.url);
    await colleague.page.getByRole('button', { name: 'Views' }).click();
    const list = colleague.page.locator('dialog.saved-views [data-view-id="moved-by-hand"]');
    await list.waitFor({ state: 'visible' });
    expect(await textOf(list)).toContain('Ada Analyst');
    await list.getByRole('button', { name: 'Open' }).click();
    await waitForIdle(colleague.page);
    await expect.poll(() => new URL(colleague.page.url()).search.slice(1)).toBe(savedQuery);
    await expect
      .poll(async () => {
        const now = await colleague.page.evaluate(() =>
          Object.fromEntries((window as any).cy.nodes().map((node: any) => [node.id(), { ...node.position() }])),
        );
        return Object.entries(positions).every(([id, p]: [string, any]) => {
          const q = now[id] as { x: number; y: number } | undefined;
          return q !== undefined && Math.hypot(q.x - p.x, q.y - p.y) < 1;
        });
      })
      .toBe(true);
    expect(errors).toEqual([]);
    expect(colleague.errors).toEqual([]);
    await colleague.page.close();
  });
});
