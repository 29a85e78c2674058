import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { ingestDocument, parseKnowledgeDocument } from '../../server/ingest/ingest-document.ts';
import { startTestServer } from '../support/app-server.ts';
import { buildClient, launchChromium, screenshot } from '../support/browser.ts';
import { execute } from '../support/graphql-client.ts';
import { openSeededDatabase } from '../support/test-database.ts';
import {
  chooseSuggestion,
  clickElement,
  edgesBetween,
  elementsWithClass,
  openGraph,
  pointOf,
  slideTo,
  textOf,
  visibleIds,
  waitForIdle,
} from './graph-page.ts';

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

async function api<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await execute<T>(server.app, query, variables);
  if (response.errors) throw new Error(response.errors.map((error) => error.message).join('; '));
  return response.data as T;
}

describe('the graph browser on the seeded graph', () => {
  it('draws every relation of the seed and a legend of the actor kinds in view', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    const seed = await api<{
      relations: { totalCount: number; nodes: { id: string; from: { id: string }; to: { id: string } }[] };
    }>('{ relations(first: 500) { totalCount nodes { id from { id } to { id } } } }');
    const drawn = await visibleIds(page);
    expect(drawn.edges).toEqual(seed.relations.nodes.map((relation) => relation.id).sort());
    const ends = new Set(seed.relations.nodes.flatMap((relation) => [relation.from.id, relation.to.id]));
    expect(drawn.nodes).toEqual([...ends].sort());

    const kinds = await page.evaluate(() =>
      [...new Set((window as any).cy.nodes().map((node: any) => node.data('kind')))].sort(),
    );
    const legend = await page
      .locator('#legend [data-kind]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['kind']).sort());
    expect(legend).toEqual(kinds);
    await expect
      .poll(() => textOf(page.locator('#status')))
      .toContain(`${ends.size} actors, ${seed.relations.totalCount} relations in view`);
    await screenshot(page, 'graph-seed-overview');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds "Suleimani" by an alias, then centres and highlights the choice', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    await page.keyboard.press('/');
    const search = page.locator('#search input');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await search.getAttribute('id'));
    await search.pressSequentially('Suleimani');
    const option = page.locator('#search [role="option"][data-actor-id="qassem-soleimani"]');
    await option.waitFor({ state: 'visible' });
    await expect.poll(() => textOf(option)).toContain('Qassem Soleimani');
    await expect.poll(() => textOf(option)).toContain('Suleimani');
    await screenshot(page, 'graph-search-suggestions');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForIdle(page);

    expect(await elementsWithClass(page, 'focus')).toEqual(['qassem-soleimani']);
    const centre = await page.evaluate(() => {
      const cy = (window as any).cy;
      const position = cy.getElementById('qassem-soleimani').renderedPosition();
      return {
        dx: Math.abs(position.x - cy.width() / 2),
        dy: Math.abs(position.y - cy.height() / 2),
        width: cy.width(),
        height: cy.height(),
      };
    });
    expect(centre.dx).toBeLessThan(centre.width * 0.05);
    expect(centre.dy).toBeLessThan(centre.height * 0.05);
    await expect.poll(() => textOf(page.locator('#details h2'))).toBe('Qassem Soleimani');
    expect(new URL(page.url()).searchParams.get('focus')).toBe('qassem-soleimani');
    await screenshot(page, 'graph-search-focus');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows every quote and source of the United States–Soleimani relation when its edge is clicked', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    const [edgeId] = await edgesBetween(page, 'united-states', 'qassem-soleimani');
    expect(edgeId).toBeDefined();
    const { relation } = await api<{
      relation: {
        evidence: {
          quote: string;
          attribution: string;
          source: { title: string; publisher: string };
          grading: { code: string };
        }[];
      };
    }>(
      'query ($id: ID!) { relation(id: $id) { evidence { quote attribution source { title publisher } grading { code } } } }',
      { id: edgeId },
    );
    expect(relation.evidence.length).toBeGreaterThan(0);

    await clickElement(page, edgeId!);
    const details = page.locator('#details');
    await expect.poll(() => textOf(details.locator('h2'))).toContain('United States');
    await expect.poll(() => textOf(details.locator('h2'))).toContain('Qassem Soleimani');
    const quotes = await details.locator('blockquote.evidence-quote').allTextContents();
    expect(quotes.sort()).toEqual(relation.evidence.map((item) => item.quote).sort());
    for (const item of relation.evidence) {
      await expect.poll(() => textOf(details)).toContain(item.source.title);
      await expect.poll(() => textOf(details)).toContain(item.source.publisher);
      await expect.poll(() => textOf(details)).toContain(item.attribution);
      await expect.poll(() => textOf(details)).toContain(item.grading.code);
    }
    expect(await elementsWithClass(page, 'focus')).toEqual([edgeId]);
    expect(new URL(page.url()).searchParams.get('relation')).toBe(edgeId);
    await screenshot(page, 'graph-relation-evidence');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('set to 2019, the time slider hides the 2020 events and shows what the API says held then', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    await slideTo(page, '2019-12-31');
    const asOf = await page.locator('.time-date input[type="date"]').inputValue();
    expect(asOf).toBe('2019-12-31');
    const { relations } = await api<{ relations: { nodes: { id: string }[] } }>(
      'query ($asOf: Date) { relations(filter: { asOf: $asOf }, first: 500) { nodes { id } } }',
      { asOf },
    );
    const drawn = await visibleIds(page);
    expect(drawn.edges).toEqual(relations.nodes.map((relation) => relation.id).sort());

    const events2020 = await page.evaluate(() =>
      (window as any).cy
        .edges()
        .filter((edge: any) => String(edge.data('validFrom') ?? '').startsWith('2020'))
        .map((edge: any) => ({ id: edge.id(), visible: edge.visible() })),
    );
    expect(events2020.length).toBeGreaterThan(0);
    expect(events2020.filter((edge: { visible: boolean }) => edge.visible)).toEqual([]);
    await expect
      .poll(() => textOf(page.locator('.time-readout')))
      .toContain(`As of 2019-12-31: ${relations.nodes.length} of`);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2019-12-31');
    await screenshot(page, 'graph-as-of-2019');

    await page.getByRole('button', { name: 'All dates' }).click();
    await waitForIdle(page);
    expect((await visibleIds(page)).edges).toEqual(
      expect.arrayContaining(events2020.map((edge: { id: string }) => edge.id)),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('replays the dates with play and stops with pause', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    const play = page.locator('button.play');
    await play.click();
    await expect.poll(() => play.getAttribute('aria-pressed')).toBe('true');
    const first = await page.locator('.time-date input[type="date"]').inputValue();
    await page.waitForTimeout(600);
    await play.click();
    await expect.poll(() => play.getAttribute('aria-pressed')).toBe('false');
    const paused = await page.locator('.time-date input[type="date"]').inputValue();
    expect(paused > first).toBe(true);
    await page.waitForTimeout(400);
    expect(await page.locator('.time-date input[type="date"]').inputValue()).toBe(paused);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(paused);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('highlights the first chain of actors from the Baloch militants to the United States with the evidence of each hop', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    const pickers = page.locator('#paths input[role="combobox"]');
    await chooseSuggestion(page, pickers.nth(0), 'Baloch', 'baloch-militants');
    await chooseSuggestion(page, pickers.nth(1), 'United States', 'united-states');

    const { shortestPaths } = await api<{
      shortestPaths: { actors: { id: string }[]; relations: { id: string; evidence: { quote: string }[] }[] }[];
    }>(
      '{ shortestPaths(fromId: "baloch-militants", toId: "united-states", maxDepth: 4) { actors { id } relations { id evidence { quote } } } }',
    );
    expect(shortestPaths.length).toBeGreaterThan(0);
    // Paths through the same actors are one chain; only the first chain is highlighted.
    const chainOf = (path: (typeof shortestPaths)[number]) => path.actors.map((actor) => actor.id).join('>');
    const firstChain = shortestPaths.filter((path) => chainOf(path) === chainOf(shortestPaths[0]!));
    const onPath = await elementsWithClass(page, 'on-path');
    const expected = new Set(
      firstChain.flatMap((path) => [
        ...path.actors.map((actor) => actor.id),
        ...path.relations.map((relation) => relation.id),
      ]),
    );
    expect(onPath).toEqual([...expected].sort());
    expect(onPath).toEqual(expect.arrayContaining(['baloch-militants', 'united-states']));
    const faded = await elementsWithClass(page, 'faded');
    expect(faded.filter((id) => expected.has(id))).toEqual([]);
    expect(faded.length).toBeGreaterThan(0);

    const details = page.locator('#details');
    await expect.poll(() => textOf(details.locator('h2'))).toBe('Baloch militants to United States');
    expect(await details.locator('ol.paths > li').count()).toBe(new Set(shortestPaths.map(chainOf)).size);
    const firstHops = details.locator('ol.paths > li').first().locator('.hop');
    expect(await firstHops.count()).toBe(shortestPaths[0]!.relations.length);
    for (const path of firstChain) {
      for (const [index, relation] of path.relations.entries()) {
        for (const item of relation.evidence)
          await expect.poll(() => textOf(firstHops.nth(index))).toContain(item.quote);
      }
    }
    expect(new URL(page.url()).searchParams.get('path')).toBe('baloch-militants,united-states');
    await screenshot(page, 'graph-path-baloch-to-us');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reopens the same view from a shared link: actors, filters, date, focus and hidden actors', async () => {
    const first = await openGraph(browser, `${server.url}/?view=empty`);
    const page = first.page;
    await chooseSuggestion(page, page.locator('#search input'), 'Pakistan', 'pakistan');
    await clickElement(page, 'iran', { double: true });
    await page.locator('#filters input[name="polarity"][value="HOSTILE"]').check();
    await waitForIdle(page);
    await page.locator('#filters input[name="polarity"][value="NEUTRAL"]').check();
    await waitForIdle(page);
    await page.locator('.time-date input[type="date"]').fill('2020-01-02');
    await waitForIdle(page);
    await clickElement(page, 'pakistan-army');
    await page.locator('#details').getByRole('button', { name: 'Hide' }).click();
    await waitForIdle(page);
    await clickElement(page, 'iran');
    const link = page.url();
    const before = await visibleIds(page);
    const beforeFocus = await elementsWithClass(page, 'focus');
    expect(before.nodes).not.toContain('pakistan-army');
    expect(beforeFocus).toEqual(['iran']);
    await screenshot(page, 'graph-before-sharing');

    const second = await openGraph(browser, link);
    expect(await visibleIds(second.page)).toEqual(before);
    expect(await elementsWithClass(second.page, 'focus')).toEqual(beforeFocus);
    expect(await second.page.locator('#filters input[name="polarity"][value="HOSTILE"]').isChecked()).toBe(true);
    expect(await second.page.locator('#filters input[name="polarity"][value="COOPERATIVE"]').isChecked()).toBe(false);
    expect(await second.page.locator('.time-date input[type="date"]').inputValue()).toBe('2020-01-02');
    await expect.poll(() => textOf(second.page.locator('#details h2'))).toBe('Iran');
    await expect.poll(() => second.page.getByRole('button', { name: 'Unhide (1)' }).isEnabled()).toBe(true);
    await screenshot(second.page, 'graph-restored-from-link');
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
    await page.close();
    await second.page.close();
  });

  it('grows the view on double-click, collapses it and hides an actor', async () => {
    const { page, errors } = await openGraph(browser, `${server.url}/?view=empty&pin=baloch-militants`);
    expect((await visibleIds(page)).nodes).toEqual(['baloch-militants']);
    await clickElement(page, 'baloch-militants', { double: true });
    const { neighborhood } = await api<{ neighborhood: { actors: { id: string }[]; relations: { id: string }[] } }>(
      '{ neighborhood(actorId: "baloch-militants") { actors { id } relations { id } } }',
    );
    const grown = await visibleIds(page);
    expect(grown.nodes).toEqual(neighborhood.actors.map((actor) => actor.id).sort());
    expect(grown.edges).toEqual(neighborhood.relations.map((relation) => relation.id).sort());

    // An expansion is a step the Back button undoes, and Forward redoes.
    await page.goBack();
    await waitForIdle(page);
    expect((await visibleIds(page)).nodes).toEqual(['baloch-militants']);
    await page.goForward();
    await waitForIdle(page);
    expect(await visibleIds(page)).toEqual(grown);

    await page.locator('#details').getByRole('button', { name: 'Collapse' }).click();
    await waitForIdle(page);
    expect((await visibleIds(page)).nodes).toEqual(['baloch-militants']);

    await page.locator('#details').getByRole('button', { name: 'Hide' }).click();
    await waitForIdle(page);
    expect((await visibleIds(page)).nodes).toEqual([]);
    await expect.poll(() => page.locator('#empty-state').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Unhide (1)' }).click();
    await waitForIdle(page);
    expect((await visibleIds(page)).nodes).toEqual(['baloch-militants']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reaches every control from the keyboard with a visible focus, and lists the graph as tables', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    const seen: { tag: string; outline: string }[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          return {
            tag: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}`,
            outline: `${style.outlineStyle} ${style.outlineWidth}`,
          };
        }),
      );
    }
    expect(seen[0]?.tag).toBe('a');
    expect(seen.some((stop) => stop.tag.startsWith('input'))).toBe(true);
    for (const stop of seen) expect(stop.outline, stop.tag).toMatch(/^solid [23](\.\d+)?px$/);

    await page.locator('#graph').focus();
    await page.keyboard.press('ArrowRight');
    await waitForIdle(page);
    // With nothing focused, the arrows start from the actor nearest the middle of the graph
    // (graph-keyboard.test.ts follows them from there, by position).
    const nearestTheMiddle = await page.evaluate(() => {
      const cy = (window as any).cy;
      const middle = { x: cy.width() / 2, y: cy.height() / 2 };
      return cy
        .nodes(':visible')
        .min((node: any) => Math.hypot(node.renderedPosition().x - middle.x, node.renderedPosition().y - middle.y))
        .ele.id();
    });
    expect(await elementsWithClass(page, 'focus')).toEqual([nearestTheMiddle]);

    await page.getByRole('tab', { name: 'Table' }).click();
    const drawn = await visibleIds(page);
    expect(await page.locator('#actors-table tbody tr').count()).toBe(drawn.nodes.length);
    expect(await page.locator('#relations-table tbody tr').count()).toBe(drawn.edges.length);
    await expect.poll(() => textOf(page.locator('#relations-table'))).toContain('− kill');
    await screenshot(page, 'graph-table-view');
    await page.getByRole('tab', { name: 'Table' }).press('ArrowLeft');
    await expect.poll(() => page.getByRole('tab', { name: 'Graph' }).getAttribute('aria-selected')).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the picture as PNG and the visible subgraph as JSON', async () => {
    const { page, errors } = await openGraph(browser, `${server.url}/?asOf=2019-06-30`);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const exported = JSON.parse(await readFile((await json.path())!, 'utf8'));
    const drawn = await visibleIds(page);
    expect(exported.actors.map((actor: { id: string }) => actor.id).sort()).toEqual(drawn.nodes);
    expect(exported.relations.map((relation: { id: string }) => relation.id).sort()).toEqual(drawn.edges);
    expect(exported.view).toContain('asOf=2019-06-30');

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.suggestedFilename()).toMatch(/^actorgraph-.*\.png$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('colours the blocs analysis over the graph and shows its summary', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    await page.locator('summary', { hasText: 'Analyses' }).click();
    await page.locator('#analysis select').selectOption('blocs');
    const { analysisOverlay } = await api<{
      analysisOverlay: { summary: string; relationIds: string[]; actors: { actorId: string; group: string | null }[] };
    }>('{ analysisOverlay(name: "blocs") { summary relationIds actors { actorId group } } }');
    await expect.poll(() => textOf(page.locator('#analysis .analysis-summary'))).toBe(analysisOverlay.summary);
    await waitForIdle(page);
    const coloured = await page.evaluate(() =>
      (window as any).cy
        .nodes('[overlayColour]')
        .map((node: any) => node.id())
        .sort(),
    );
    expect(coloured).toEqual(
      analysisOverlay.actors
        .filter((score) => score.group)
        .map((score) => score.actorId)
        .sort(),
    );
    expect(await elementsWithClass(page, 'overlay-relation')).toEqual([...analysisOverlay.relationIds].sort());
    expect(new URL(page.url()).searchParams.get('analysis')).toBe('blocs');
    await screenshot(page, 'graph-overlay-blocs');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('competing evidence', () => {
  beforeAll(async () => {
    // Two invented wires: one reports an attack, the other carries a denial. The first quote is
    // written to look like markup, which must come out as text.
    await ingestDocument(
      db,
      parseKnowledgeDocument({
        format: 'actorgraph/v1',
        sources: [
          {
            id: 'invented-wire-a',
            kind: 'ARTICLE',
            title: 'Invented Wire A on the border',
            publisher: 'Invented Wire A',
            published: '2021-03-02',
          },
          {
            id: 'invented-wire-b',
            kind: 'ARTICLE',
            title: 'Invented Wire B on the border',
            publisher: 'Invented Wire B',
            published: '2021-03-04',
          },
        ],
        actors: [
          { id: 'atlantis', name: 'Atlantis', kind: 'STATE' },
          { id: 'lemuria', name: 'Lemuria', kind: 'STATE' },
        ],
        relations: [
          {
            id: 'atlantis-shells-lemuria',
            type: 'ATTACK',
            from: 'atlantis',
            to: 'lemuria',
            when: { date: '2021-03-01' },
            evidence: [
              {
                source: 'invented-wire-a',
                quote: 'Atlantis shelled the <b>Lemurian</b> post <img src=x onerror="window.__injected=1">',
                attribution: 'Invented Wire A, citing border officials',
                stance: 'ASSERTS',
                status: 'REPORTED',
                grading: { reliability: 'B', credibility: 3 },
                confidence: 0.7,
              },
              {
                source: 'invented-wire-b',
                quote: 'Atlantis denied that any shell was fired',
                attribution: 'The Atlantean foreign ministry, quoted by Invented Wire B',
                stance: 'DENIES',
                status: 'DENIED',
                grading: { reliability: 'C', credibility: 4 },
                confidence: 0.6,
              },
            ],
          },
        ],
      }),
    );
  });

  it('sets a denial beside the claim it denies and renders quotes as text, never as HTML', async () => {
    const { page, errors } = await openGraph(browser, `${server.url}/?view=empty&relation=atlantis-shells-lemuria`);
    const details = page.locator('#details');
    await expect.poll(() => details.locator('.contested').isVisible()).toBe(true);
    const columns = details.locator('.evidence-columns > .stance-group');
    expect(
      await columns.evaluateAll((groups) => groups.map((group) => (group as HTMLElement).dataset['stance'])),
    ).toEqual(['ASSERTS', 'DENIES']);
    const [asserts, denies] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
    expect(denies!.x).toBeGreaterThan(asserts!.x + asserts!.width - 1);
    expect(Math.abs(denies!.y - asserts!.y)).toBeLessThan(2);
    await expect
      .poll(() => textOf(columns.nth(1).locator('blockquote')))
      .toBe('Atlantis denied that any shell was fired');
    await expect
      .poll(() => textOf(columns.nth(0).locator('blockquote')))
      .toBe('Atlantis shelled the <b>Lemurian</b> post <img src=x onerror="window.__injected=1">');
    expect(await details.locator('b, img').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__injected)).toBeUndefined();
    expect(await elementsWithClass(page, 'focus')).toEqual(['atlantis-shells-lemuria']);
    const point = await pointOf(page, 'atlantis-shells-lemuria');
    expect(point.x).toBeGreaterThan(0);
    await screenshot(page, 'graph-competing-evidence');
    expect(errors).toEqual([]);
    await page.close();
  });
});
