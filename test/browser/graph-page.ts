// Helpers for driving the graph browser in Chromium the way an analyst does: through the page,
// with window.cy only to find where things are drawn and to read what is visible.
import type { Browser, Locator, Page } from 'playwright-core';
import { watchConsole } from '../support/browser.ts';

export interface GraphPage {
  page: Page;
  /** Console errors and page errors seen so far. */
  errors: string[];
}

export async function openGraph(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
): Promise<GraphPage> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
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
        !document.querySelector('#details[aria-busy="true"]') &&
        // Labels are placed once a zoom settles (view/place-labels.ts).
        !document.querySelector('#graph[data-labels]')
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

/**
 * Clicks an element as an analyst would. A relation folded into a combined edge (one edge per
 * pair of actors) is reached as in the app: a click on the combined edge opens it first.
 */
export async function clickElement(page: Page, id: string, options: { double?: boolean } = {}): Promise<void> {
  const pair = await page.evaluate(
    (elementId) =>
      (window as any).cy
        .edges('.pair')
        .filter((edge: any) => edge.data('relationIds').includes(elementId))
        .map((edge: any) => edge.id())[0] ?? null,
    id,
  );
  if (pair) await clickElement(page, pair);
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

/**
 * The actors and relations drawn. A relation folded into a combined edge (one edge per pair of
 * actors) counts as drawn when that combined edge is: it is on screen, summed up in it.
 */
export async function visibleIds(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const cy = (window as any).cy;
    const ids = (collection: any) =>
      collection
        .filter((element: any) => element.visible())
        .map((element: any) => element.id())
        .sort();
    const folded = cy
      .edges('.pair')
      .filter((edge: any) => edge.visible())
      .map((edge: any) => edge.data('relationIds'))
      .flat();
    return { nodes: ids(cy.nodes()), edges: [...ids(cy.edges().not('.pair')), ...folded].sort() };
  });
}

/** The edges on screen as Cytoscape draws them: relations on their own and combined edges. */
export async function drawnEdgeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as any).cy
      .edges()
      .filter((edge: any) => edge.visible())
      .map((edge: any) => edge.id())
      .sort(),
  );
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

export interface DrawnLabel {
  id: string;
  text: string;
  isNode: boolean;
  /** On-screen font size in pixels. */
  fontPx: number;
  /** Where the label is drawn, in page pixels (Cytoscape's own label bounds). */
  box: { x1: number; y1: number; x2: number; y2: number };
}

/**
 * Every label Cytoscape draws right now, of actors and of relations: the element is visible,
 * its label is not empty and not too small to be drawn (min-zoomed-font-size), and it is not
 * transparent. Its box is the rendered label bounds.
 */
export async function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  return page.evaluate(() => {
    const cy = (window as any).cy;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const frame = cy.container().getBoundingClientRect();
    const labels: DrawnLabel[] = [];
    cy.elements(':visible').forEach((element: any) => {
      const text = String(element.pstyle('label').strValue ?? '');
      if (!text) return;
      const fontPx = element.pstyle('font-size').pfValue * zoom;
      if (fontPx < element.pstyle('min-zoomed-font-size').pfValue) return;
      if (Number(element.pstyle('text-opacity').value) === 0 || Number(element.pstyle('opacity').value) === 0) return;
      const box = element.boundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeMainLabels: true,
        includeSourceLabels: false,
        includeTargetLabels: false,
        includeOverlays: false,
        includeUnderlays: false,
        useCache: false,
      });
      const x = (value: number) => frame.x + value * zoom + pan.x;
      const y = (value: number) => frame.y + value * zoom + pan.y;
      labels.push({
        id: element.id(),
        text,
        isNode: element.isNode(),
        fontPx,
        box: { x1: x(box.x1), y1: y(box.y1), x2: x(box.x2), y2: y(box.y2) },
      });
    });
    return labels;
  });
}

/** Where every actor is drawn on the page, by id. */
export async function actorPositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const cy = (window as any).cy;
    const frame = cy.container().getBoundingClientRect();
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((node: any) => {
      const point = node.renderedPosition();
      positions[node.id()] = { x: frame.x + point.x, y: frame.y + point.y };
    });
    return positions;
  });
}

/** The combined edges drawn: one per pair of actors with several relations. */
export async function combinedEdges(
  page: Page,
): Promise<{ id: string; label: string; relationIds: string[]; flipped: boolean }[]> {
  return page.evaluate(() =>
    (window as any).cy
      .edges('.pair')
      .filter((edge: any) => edge.visible())
      .map((edge: any) => ({
        id: edge.id(),
        label: edge.data('label'),
        relationIds: edge.data('relationIds'),
        flipped: edge.data('flipped'),
      })),
  );
}
