// The keyboard reaches everything quickly: one Tab stop per filter group, keys for details,
// paths and relations, arrows that move by position, Escape that closes every dialog; the
// table sorts by any column and opens a relation's evidence.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { startTestServer } from '../support/app-server.ts';
import { buildClient, launchChromium } from '../support/browser.ts';
import { openSeededDatabase } from '../support/test-database.ts';
import { elementsWithClass, openGraph, textOf, waitForIdle } from './graph-page.ts';

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

const VIEWPORT = { width: 1600, height: 1000 };

describe('the graph browser from the keyboard', () => {
  it('gives each filter group one Tab stop, moving inside it with the arrow keys', async () => {
    const { page, errors } = await openGraph(browser, server.url, VIEWPORT);
    await page.locator('#filters fieldset input').first().waitFor();
    const groups = await page.locator('#filters fieldset').count();
    const boxes = await page.locator('#filters fieldset input').count();
    expect(boxes).toBeGreaterThan(groups);
    const stops = await page
      .locator('#filters fieldset input')
      .evaluateAll((inputs) => inputs.filter((input) => (input as HTMLElement).tabIndex >= 0).length);
    expect(stops).toBe(groups);

    const first = page.locator('#filters fieldset').first().locator('input');
    await first.first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      await first.nth(1).getAttribute('value'),
    );
    await page.keyboard.press('Space');
    await waitForIdle(page);
    expect(await first.nth(1).isChecked()).toBe(true);
    // Tab leaves the group at once, for the next group.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('fieldset') === document.querySelectorAll('#filters fieldset')[1],
      ),
    ).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('closes every dialog with Escape, wherever the focus is inside it', async () => {
    const { page, errors } = await openGraph(browser, server.url, VIEWPORT);
    await page.keyboard.press('?');
    await expect.poll(() => page.locator('#help').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#help').isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Keys' }).click();
    await page.locator('#help button').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#help').isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Add an article' }).click();
    await expect.poll(() => page.locator('#add-article').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#add-article').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves with the arrow keys to the nearest actor on screen in that direction', async () => {
    const { page, errors } = await openGraph(browser, server.url, VIEWPORT);
    await page.locator('#graph').focus();
    await page.keyboard.press('ArrowRight');
    await waitForIdle(page);
    const [start] = await elementsWithClass(page, 'focus');
    expect(start).toBeDefined();
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      const expected = await page.evaluate(
        ([from, direction]) => {
          const cy = (window as any).cy;
          const origin = cy.getElementById(from).renderedPosition();
          const unit: Record<string, [number, number]> = {
            ArrowRight: [1, 0],
            ArrowLeft: [-1, 0],
            ArrowDown: [0, 1],
            ArrowUp: [0, -1],
          };
          const [ux, uy] = unit[direction!]!;
          let best: { id: string; cost: number } | null = null;
          cy.nodes(':visible').forEach((node: any) => {
            if (node.id() === from) return;
            const p = node.renderedPosition();
            const along = (p.x - origin.x) * ux + (p.y - origin.y) * uy;
            const across = Math.abs((p.x - origin.x) * uy - (p.y - origin.y) * ux);
            if (along <= 0 || across > along) return;
            const cost = along + 2 * across;
            if (!best || cost < best.cost || (cost === best.cost && node.id() < best.id))
              best = { id: node.id(), cost };
          });
          return (best as { id: string } | null)?.id ?? from;
        },
        [(await elementsWithClass(page, 'focus'))[0]!, key],
      );
      await page.keyboard.press(key);
      await waitForIdle(page);
      expect(await elementsWithClass(page, 'focus'), key).toEqual([expected]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it(
    'selects the focused actor’s relations with R, goes to the details with D and to the paths with P',
    { timeout: 120_000 },
    async () => {
      const { page, errors } = await openGraph(browser, server.url, VIEWPORT);
      const hub = await page.evaluate(() =>
        (window as any).cy
          .nodes()
          .max((node: any) => node.degree())
          .ele.id(),
      );
      await page.evaluate((id) => (window as any).cy.getElementById(id).emit('tap'), hub);
      await waitForIdle(page);
      await page.locator('#graph').focus();
      await page.keyboard.press('r');
      await waitForIdle(page);
      const relation = new URL(page.url()).searchParams.get('relation');
      expect(relation).not.toBeNull();
      const ends = await page.evaluate((id) => {
        const edge = (window as any).cy.getElementById(id);
        return [edge.source().id(), edge.target().id()];
      }, relation);
      expect(ends).toContain(hub);
      // The selected relation is drawn on its own, even when it belongs to a combined edge.
      expect(await page.evaluate((id) => (window as any).cy.getElementById(id).visible(), relation)).toBe(true);
      await page.keyboard.press('r');
      await waitForIdle(page);
      expect(new URL(page.url()).searchParams.get('relation')).not.toBe(relation);

      await page.keyboard.press('d');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('details');
      await page.locator('#graph').focus();
      await page.keyboard.press('p');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#paths')))).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('sorts the relations table by a column header, both ways, and opens evidence from the evidence column', async () => {
    const { page, errors } = await openGraph(browser, server.url, VIEWPORT);
    await page.getByRole('tab', { name: 'Table' }).click();
    const header = page.locator('#relations-table th', { hasText: 'Confidence' });
    expect(await header.getAttribute('aria-sort')).toBe('none');
    const confidences = () =>
      page
        .locator('#relations-table tbody tr')
        .evaluateAll((rows) => rows.map((row) => parseInt(row.children[5]!.textContent ?? '', 10)));
    await header.locator('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await confidences();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(new Set(ascending).size).toBeGreaterThan(1);
    await page.locator('#relations-table th', { hasText: 'Confidence' }).locator('button').click();
    await expect
      .poll(() => page.locator('#relations-table th', { hasText: 'Confidence' }).getAttribute('aria-sort'))
      .toBe('descending');
    const descending = await confidences();
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));

    const evidence = page.locator('#relations-table tbody tr').first().locator('td').last().locator('button');
    expect(await textOf(evidence)).toMatch(/^\d+ items?$/);
    const id = await page.locator('#relations-table tbody tr').first().getAttribute('data-id');
    await evidence.click();
    await waitForIdle(page);
    expect(new URL(page.url()).searchParams.get('relation')).toBe(id);
    expect(errors).toEqual([]);
    await page.close();
  });
});
