// Helpers for driving the graph browser in Chromium the way an analyst does: through the page,
// with window.cy only to find where things are drawn and to read what is visible.
import type { Browser, Locator, Page } from 'playwright-core';
import { watchConsole } from '../support/browser.ts';

export interface GraphPage {
  page: Page;
  /** Console errors and page errors seen so far. */
  errors: string[];
}

export async function openGraph(browser: Browser, url: string): Promise<GraphPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const errors = watchConsole(page);
  await page.goto(url);
  await waitForIdle(page);
  return { page, errors };
}

/** Waits until nothing is loading, laying out, animating or fetching details. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const cy = (window as any).cy;
      return (
        cy &&
        !document.body.hasAttribute('data-busy') &&
        !cy.animated() &&
        !document.querySelector('#details[aria-busy="true"]')
      );
    },
    null,
    { timeout: 20_000 },
  );
  // One more frame, so the canvas shows what the state says.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

/** Where an element is drawn, in page coordinates: a node's centre or an edge's midpoint. */
export async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((elementId) => {
    const cy = (window as any).cy;
    const element = cy.getElementById(elementId);
    if (element.empty()) throw new Error(`${elementId} is not drawn`);
    const point = element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
    const box = cy.container().getBoundingClientRect();
    return { x: box.x + point.x, y: box.y + point.y };
  }, id);
}

export async function clickElement(page: Page, id: string, options: { double?: boolean } = {}): Promise<void> {
  const { x, y } = await pointOf(page, id);
  if (options.double) await page.mouse.dblclick(x, y);
  else await page.mouse.click(x, y);
  await waitForIdle(page);
}

/** The ids of the edges whose ends are the given actors, in that direction. */
export async function edgesBetween(page: Page, from: string, to: string): Promise<string[]> {
  return page.evaluate(
    ([source, target]) =>
      (window as any).cy
        .edges()
        .filter((edge: any) => edge.source().id() === source && edge.target().id() === target)
        .map((edge: any) => edge.id()),
    [from, to],
  );
}

export async function visibleIds(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const cy = (window as any).cy;
    const ids = (collection: any) =>
      collection
        .filter((element: any) => element.visible())
        .map((element: any) => element.id())
        .sort();
    return { nodes: ids(cy.nodes()), edges: ids(cy.edges()) };
  });
}

export async function elementsWithClass(page: Page, className: string): Promise<string[]> {
  return page.evaluate(
    (name) =>
      (window as any).cy
        .elements(`.${name}`)
        .map((element: any) => element.id())
        .sort(),
    className,
  );
}

/** Types into a search field and picks the suggestion for one actor. */
export async function chooseSuggestion(page: Page, input: Locator, text: string, actorId: string): Promise<void> {
  await input.fill(text);
  const option = page.locator(`[role="option"][data-actor-id="${actorId}"]`);
  await option.waitFor({ state: 'visible' });
  await option.dispatchEvent('mousedown');
  await waitForIdle(page);
}

/** Moves the time slider as a drag would: value, then input and change events. */
export async function slideTo(page: Page, day: string): Promise<void> {
  await page.evaluate((target) => {
    const slider = document.querySelector<HTMLInputElement>('input.time-range');
    if (!slider) throw new Error('no time slider');
    const dayNumber = (text: string) => Math.floor(Date.parse(`${text}T00:00:00Z`) / 86_400_000);
    const first = dayNumber(document.querySelector<HTMLInputElement>('.time-date input[type="date"]')!.min);
    slider.value = String(dayNumber(target) - first);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    slider.dispatchEvent(new Event('change', { bubbles: true }));
  }, day);
  await waitForIdle(page);
}

/** The text of an element, for polling until it shows what is expected. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.first().textContent({ timeout: 10_000 })) ?? '';
}
