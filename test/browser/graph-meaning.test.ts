import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { startTestServer } from '../support/app-server.ts';
import { buildClient, launchChromium } from '../support/browser.ts';
import { execute } from '../support/graphql-client.ts';
import { openSeededDatabase } from '../support/test-database.ts';
import { chooseSuggestion, elementsWithClass, openGraph, textOf, waitForIdle } from './graph-page.ts';

// How sure, paths and overlays as an analyst reads them, on the seed. Screenshots go to
// /tmp/shots-meaning/ to be looked at.

const SHOTS = '/tmp/shots-meaning';

let db: Database;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  db = await openSeededDatabase();
  await buildClient();
  server = await startTestServer(db);
  browser = await launchChromium();
  // The first page of a run compiles Neo4j's query plans and warms the JIT; on a busy machine that
  // alone can outlast a test's wait, which is not what these tests are about.
  const warm = await browser.newPage();
  await warm.goto(server.url);
  await warm.waitForFunction(() => Boolean((window as any).cy), undefined, { timeout: 120_000 });
  await warm.close();
}, 300_000);

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
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

describe('how sure a relation is, explained in its panel', () => {
  it('lists the steps of the derivation the API returns, with the sourcing flags and no dispute note for a hedge', async () => {
    const id = 'pakistan-supports-us-strike-on-iran';
    const { relation } = await api<{
      relation: {
        confidence: number;
        singleSource: boolean;
        anonymousOnly: boolean;
        assessment: { disputed: boolean; steps: { text: string }[] };
      };
    }>(
      'query ($id: ID!) { relation(id: $id) { confidence singleSource anonymousOnly assessment { disputed steps { text } } } }',
      { id },
    );
    // A hedge never raises it: the one assertion (50%) stands.
    expect(relation.confidence).toBe(0.5);
    expect(relation.assessment.disputed).toBe(false);

    const { page, errors } = await openGraph(browser, `${server.url}/?relation=${id}`);
    const details = page.locator('#details');
    const steps = details.locator('.assessment-steps li');
    await expect.poll(() => steps.count()).toBe(relation.assessment.steps.length);
    expect(await steps.allTextContents()).toEqual(relation.assessment.steps.map((step) => step.text));
    await expect.poll(() => textOf(details.locator('.assessment summary'))).toContain('alleged, 50%');
    expect(await details.locator('.flag-single-source').count()).toBe(relation.singleSource ? 1 : 0);
    expect(await details.locator('.flag-anonymous-only').count()).toBe(relation.anonymousOnly ? 1 : 0);
    // Asserting and hedging sources are side by side, but a hedge is no dispute.
    expect(await details.locator('.evidence-columns').count()).toBe(1);
    expect(await details.locator('.contested').count()).toBe(0);
    await shot(page, 'relation-assessment');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('paths, one chain of actors at a time', () => {
  it('groups parallel relations into chains, highlights the chosen chain only, and avoids an actor on request', async () => {
    const { page, errors } = await openGraph(browser, server.url);
    const pickers = page.locator('#paths input[role="combobox"]');
    await chooseSuggestion(page, pickers.nth(0), 'Baloch', 'baloch-militants');
    await chooseSuggestion(page, pickers.nth(1), 'United States', 'united-states');
    const { shortestPaths } = await api<{ shortestPaths: { actors: { id: string }[]; relations: { id: string }[] }[] }>(
      '{ shortestPaths(fromId: "baloch-militants", toId: "united-states", maxDepth: 4) { actors { id } relations { id } } }',
    );
    const chainOf = (path: (typeof shortestPaths)[number]) => path.actors.map((actor) => actor.id).join('>');
    const chains = [...new Set(shortestPaths.map(chainOf))];
    const details = page.locator('#details');
    await expect.poll(() => details.locator('ol.paths > li.chain').count()).toBe(chains.length);
    await shot(page, 'paths-first-chain');

    if (chains.length > 1) {
      await details.locator('ol.paths > li.chain').nth(1).locator('.chain-choice').click();
      await waitForIdle(page);
      const second = shortestPaths.filter((path) => chainOf(path) === chains[1]);
      const expected = new Set(
        second.flatMap((path) => [...path.actors.map((a) => a.id), ...path.relations.map((r) => r.id)]),
      );
      await expect.poll(() => elementsWithClass(page, 'on-path')).toEqual([...expected].sort());
      expect(new URL(page.url()).searchParams.get('chain')).toBe('1');
      await shot(page, 'paths-second-chain');
    }

    // Hop footers date their sources as precisely as they are known (never a made-up first day).
    const footers = await details.locator('.hop-quote footer').allTextContents();
    expect(footers.length).toBeGreaterThan(0);

    const avoid = details.locator('.avoid-actor').first();
    if ((await avoid.count()) > 0) {
      const avoided = (await avoid.getAttribute('data-actor'))!;
      await avoid.click();
      await waitForIdle(page);
      await expect.poll(() => new URL(page.url()).searchParams.get('avoid')).toBe(avoided);
      await expect.poll(() => textOf(details.locator('.path-avoided'))).toContain(avoided);
      expect(await elementsWithClass(page, 'on-path')).not.toContain(avoided);
      await shot(page, 'paths-avoiding-actor');
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('overlays that answer their question', () => {
  const OVERLAYS = ['influence', 'blocs', 'balance', 'sign-changes', 'evidence-quality', 'changes', 'changes-recorded'];

  for (const name of OVERLAYS) {
    it(`shows the ${name} summary with actors named, not by id`, async () => {
      const { page, errors } = await openGraph(browser, `${server.url}/?analysis=${name}`);
      const summary = page.locator('#analysis .analysis-summary');
      await expect.poll(() => textOf(summary), { timeout: 60_000 }).not.toBe('');
      const text = await textOf(summary);
      const { actors } = await api<{ actors: { nodes: { id: string; name: string }[] } }>(
        '{ actors(first: 500) { nodes { id name } } }',
      );
      // No actor id that differs from its name appears in the summary.
      for (const actor of actors.nodes.filter((a) => a.id !== a.name.toLowerCase())) {
        expect(text, `${name} names ${actor.id}`).not.toMatch(new RegExp(`\\b${actor.id}\\b`));
      }
      if (name === 'blocs') {
        const legend = await page
          .locator('#legend .overlay-legend li')
          .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['colour']));
        const drawn = await page.evaluate(() => [
          ...new Set((window as any).cy.nodes('[overlayColour]').map((node: any) => node.data('overlayColour'))),
        ]);
        expect([...drawn].sort()).toEqual([...legend].sort());
        expect(text).not.toMatch(/bloc-\d/);
      }
      await page.locator('#analysis').scrollIntoViewIfNeeded();
      await shot(page, `overlay-${name}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('asks for an actor before running reach, then runs it on the one chosen', async () => {
    const { page, errors } = await openGraph(browser, `${server.url}/?analysis=reach`);
    const prompt = page.locator('#analysis .analysis-prompt');
    await expect.poll(() => textOf(prompt)).toContain('Reach needs an actor');
    expect(await page.locator('#analysis .error').count()).toBe(0);
    await prompt.scrollIntoViewIfNeeded();
    await shot(page, 'overlay-reach-asks');
    await prompt.locator('select').selectOption('pakistan');
    await expect
      .poll(() => textOf(page.locator('#analysis .analysis-summary')), { timeout: 60_000 })
      .toContain('within reach');
    await shot(page, 'overlay-reach-pakistan');
    expect(errors).toEqual([]);
    await page.close();
  });
});
