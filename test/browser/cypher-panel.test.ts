import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYPHER_EXAMPLES } from '../../client/src/graph/cypher-examples.ts';
import type { Database } from '../../server/db/database.ts';
import { startTestServer } from '../support/app-server.ts';
import { buildClient, launchChromium, screenshot } from '../support/browser.ts';
import { execute } from '../support/graphql-client.ts';
import { openSeededDatabase } from '../support/test-database.ts';
import { elementsWithClass, openGraph, textOf, visibleIds, waitForIdle } from './graph-page.ts';

// The Cypher tab against a real server and Neo4j: the API's contract is schema.graphql
// (cypher, savedAnalyses, runSavedAnalysis, saveAnalysis). Expected values come from the API's
// ordinary queries (actors, actor), never from the panel itself.

const EDITOR_TOKEN = 'cypher-panel-editor-token-0001';

let db: Database;
let savedFolder: string;
let open: Awaited<ReturnType<typeof startTestServer>>;
let closed: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  db = await openSeededDatabase();
  await buildClient();
  savedFolder = await mkdtemp(join(tmpdir(), 'actorgraph-saved-analyses-'));
  const env = { ACTORGRAPH_TOKENS: `${EDITOR_TOKEN}:editor`, ACTORGRAPH_SAVED_ANALYSES: savedFolder };
  open = await startTestServer(db, { ...env, ACTORGRAPH_OPEN_CYPHER: 'true' });
  closed = await startTestServer(db, env);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await open?.close();
  await closed?.close();
  await db?.close();
  if (savedFolder) await rm(savedFolder, { recursive: true, force: true });
});

async function api<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const response = await execute<T>(open.app, query, variables, headers);
  if (response.errors) throw new Error(response.errors.map((error) => error.message).join('; '));
  return response.data as T;
}

async function seedActors(): Promise<{ id: string; name: string; kind: string }[]> {
  const answer = await api<{ actors: { nodes: { id: string; name: string; kind: string }[] } }>(
    '{ actors(first: 500) { nodes { id name kind } } }',
  );
  return answer.actors.nodes;
}

async function openCypherTab(url: string, path = '/', viewport = { width: 1280, height: 800 }): Promise<Page> {
  const { page } = await openGraph(browser, `${url}${path}`);
  await page.setViewportSize(viewport);
  await page.getByRole('tab', { name: 'Cypher' }).click();
  await page.getByRole('textbox', { name: 'Cypher query' }).waitFor({ state: 'visible' });
  return page;
}

/** Replaces the editor's text, as a paste would, so that completion does not step in. */
async function setQuery(page: Page, query: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Cypher query' }).fill(query);
}

async function runWithKeys(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Cypher query' }).press('Control+Enter');
  await waitForRun(page);
}

async function waitForRun(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('#cypher-panel[data-running]'), null, { timeout: 20_000 });
}

async function tableRows(page: Page): Promise<string[][]> {
  return page
    .locator('#cypher-panel .cypher-table tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
}

async function tableColumns(page: Page): Promise<string[]> {
  return page.locator('#cypher-panel .cypher-table thead th').allTextContents();
}

describe('the Cypher panel', () => {
  it('runs a query with Ctrl+Enter and shows every row in a table', async () => {
    const page = await openCypherTab(open.url);
    await setQuery(page, 'MATCH (a:Actor)\nRETURN a.name AS name, a.kind AS kind\nORDER BY name');
    await runWithKeys(page);
    const expected = (await seedActors())
      .map((actor) => [actor.name, actor.kind])
      .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0));
    expect(await tableColumns(page)).toEqual(['name', 'kind']);
    expect(await tableRows(page)).toEqual(expected);
    await expect.poll(() => textOf(page.locator('.cypher-summary'))).toContain(`${expected.length} rows`);
    await page.close();
  });

  it('shows nodes by their names and offers labels from the live schema as one types', async () => {
    const page = await openCypherTab(open.url);
    const editor = page.getByRole('textbox', { name: 'Cypher query' });
    await editor.pressSequentially('MATCH (a:Act');
    const option = page.getByRole('option', { name: /^Actor/ });
    await option.waitFor({ state: 'visible' });
    expect(await editor.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await screenshot(page, 'cypher-completion');
    await editor.press('Enter');
    await expect.poll(() => editor.inputValue()).toBe('MATCH (a:Actor');
    await editor.pressSequentially(') RETURN a ORDER BY a.name LIMIT 3');
    await runWithKeys(page);
    const names = (await seedActors()).map((actor) => actor.name).sort();
    expect((await tableRows(page)).map(([cell]) => cell)).toEqual(names.slice(0, 3));
    await page.close();
  });

  it.each([
    "CREATE (n:Actor {id: 'written-from-the-panel', name: 'Written'}) RETURN n",
    'CREATE (n) RETURN n',
    "MERGE (n:Actor {id: 'written-from-the-panel'}) RETURN n",
    "MATCH (a:Actor) SET a.name = 'Renamed' RETURN a",
    'MATCH (a:Actor) DETACH DELETE a',
    "CALL db.createLabel('WrittenFromThePanel')",
    "LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line",
  ])('refuses %j with CYPHER_NOT_READ_ONLY, and the graph keeps its actors', async (write) => {
    const before = await seedActors();
    const page = await openCypherTab(open.url);
    await setQuery(page, write);
    await runWithKeys(page);
    await expect.poll(() => page.locator('.cypher-error').getAttribute('data-code')).toBe('CYPHER_NOT_READ_ONLY');
    expect(await page.locator('#cypher-panel .cypher-table').count()).toBe(0);
    expect(await seedActors()).toEqual(before);
    expect((await api('{ actor(id: "written-from-the-panel") { id } }')).actor).toBeNull();
    await page.close();
  });

  it("marks a syntax error at Neo4j's line and column", async () => {
    const page = await openCypherTab(open.url);
    await setQuery(page, 'MATCH (a:Actor)\nRETURN a.name AS');
    await runWithKeys(page);
    await expect.poll(() => page.locator('.cypher-error').getAttribute('data-code')).toBe('CYPHER_SYNTAX_ERROR');
    expect(await page.locator('.cypher-editor').getAttribute('data-error-line')).toBe('2');
    expect(await page.locator('.cypher-error-mark').count()).toBe(1);
    await screenshot(page, 'cypher-syntax-error');
    await page.close();
  });

  it('draws the actors of a result onto the graph', async () => {
    const page = await openCypherTab(open.url, '/?view=empty');
    expect((await visibleIds(page)).nodes).toEqual([]);
    const query = "MATCH (a:Actor)-[x:RELATES]->(b:Actor) WHERE x.polarity = 'HOSTILE' RETURN a, x, b LIMIT 3";
    const expected = await api<{ cypher: { actorIds: string[]; relationIds: string[] } }>(
      'query ($query: String!) { cypher(query: $query) { actorIds relationIds } }',
      { query },
    );
    expect(expected.cypher.actorIds.length).toBeGreaterThan(0);
    await setQuery(page, query);
    await runWithKeys(page);
    await page.getByRole('button', { name: 'Draw on graph' }).click();
    // Drawing asks the API for each relation's ends, then loads the view: give it time on a busy machine.
    await expect.poll(() => textOf(page.locator('.cypher-draw-status')), { timeout: 20_000 }).toMatch(/^Drew/);
    await expect.poll(() => page.getByRole('tab', { name: 'Graph' }).getAttribute('aria-selected')).toBe('true');
    await waitForIdle(page);
    const drawn = await visibleIds(page);
    expect(drawn.nodes).toEqual(expect.arrayContaining(expected.cypher.actorIds));
    expect(drawn.edges).toEqual(expect.arrayContaining(expected.cypher.relationIds));
    // What the result touches stands out until the selection is cleared.
    expect(await elementsWithClass(page, 'on-result')).toEqual(
      [...new Set([...expected.cypher.actorIds, ...expected.cypher.relationIds])].sort(),
    );
    await screenshot(page, 'cypher-drawn');
    await page.locator('#graph').press('Escape');
    await expect.poll(() => elementsWithClass(page, 'on-result')).toEqual([]);
    await page.close();
  });

  it('lists a saved analysis with its question and runs it with the parameter typed in its form', async () => {
    const actors = await seedActors();
    const kinds = [...new Set(actors.map((actor) => actor.kind))].sort();
    const [first, second] = kinds;
    expect(second).toBeDefined();
    await api(
      `mutation ($query: String!, $kind: JSON) {
        saveAnalysis(name: "actors-of-kind", title: "Actors of a kind", question: "Which actors are of this kind?",
          query: $query, params: [{ name: "kind", type: "String", default: $kind }], replace: true) { name }
      }`,
      { query: 'MATCH (a:Actor) WHERE a.kind = $kind RETURN a.name AS name ORDER BY name', kind: first },
      EDITOR_TOKEN,
    );
    const page = await openCypherTab(open.url);
    const item = page.locator('.saved-analysis[data-name="actors-of-kind"]');
    await item.waitFor({ state: 'visible' });
    expect(await textOf(item.locator('h4'))).toBe('Actors of a kind');
    expect(await textOf(item.locator('.saved-question'))).toBe('Which actors are of this kind?');
    const namesOf = (kind: string) =>
      actors
        .filter((actor) => actor.kind === kind)
        .map((actor) => [actor.name])
        .sort();

    await item.getByRole('button', { name: 'Run' }).click();
    await waitForRun(page);
    expect(await tableRows(page)).toEqual(namesOf(first!));
    await screenshot(page, 'cypher-saved-analysis');

    await item.getByLabel(/kind/).fill(second!);
    await item.getByRole('button', { name: 'Run' }).click();
    await waitForRun(page);
    expect(await tableRows(page)).toEqual(namesOf(second!));
    await page.close();
  });

  it('shows a saved analysis file added to the folder after Reload, with a form from its header', async () => {
    const page = await openCypherTab(open.url);
    await page.locator('.saved-analyses h3').waitFor({ state: 'visible' });
    await writeFile(
      join(savedFolder, 'first-actors.cypher'),
      [
        '// title: The first actors',
        '// question: Which actors come first by name?',
        '// param: howMany Integer = 2 -- how many actors',
        'MATCH (a:Actor) RETURN a.name AS name ORDER BY name LIMIT $howMany',
        '',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Reload' }).click();
    const item = page.locator('.saved-analysis[data-name="first-actors"]');
    await item.waitFor({ state: 'visible' });
    expect(await item.getByLabel(/howMany/).inputValue()).toBe('2');
    expect(await textOf(item.locator('.hint'))).toBe('how many actors');
    const names = (await seedActors()).map((actor) => [actor.name]).sort();

    await item.getByLabel(/howMany/).fill('4');
    await item.getByRole('button', { name: 'Run' }).click();
    await waitForRun(page);
    expect(await tableRows(page)).toEqual(names.slice(0, 4));

    await item.getByLabel(/howMany/).fill('four');
    await item.getByRole('button', { name: 'Run' }).click();
    expect(await textOf(item.locator('.error'))).toBe('howMany must be a whole number');
    await page.close();
  });

  it('saves the query in the editor as an analysis once an editor token is typed', async () => {
    const page = await openCypherTab(open.url);
    await setQuery(page, 'MATCH (a:Actor) RETURN count(a) AS actors');
    await page.locator('.save-analysis summary').click();
    const form = page.locator('.save-analysis form');
    await form.getByLabel(/^Name/).fill('count-actors');
    await form.getByLabel('Title').fill('How many actors');
    await form.getByLabel('Question it answers').fill('How many actors does the graph hold?');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => textOf(form.locator('[aria-live]'))).toContain('Not saved');
    await expect.poll(() => page.locator('.token-field').getAttribute('open')).not.toBeNull();

    await page.getByLabel('Token for Cypher and saving analyses').fill(EDITOR_TOKEN);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => textOf(form.locator('[aria-live]'))).toContain('Saved as count-actors');
    await page.locator('.saved-analysis[data-name="count-actors"]').waitFor({ state: 'visible' });
    const listed = await api<{ savedAnalyses: { name: string; title: string }[] }>('{ savedAnalyses { name title } }');
    expect(listed.savedAnalyses).toContainEqual({ name: 'count-actors', title: 'How many actors' });
    // The token lives in this tab's sessionStorage, never in the address.
    expect(page.url()).not.toContain(EDITOR_TOKEN);
    await page.close();
  });

  it('asks for a token when the server keeps Cypher closed, and runs once one is typed', async () => {
    const page = await openCypherTab(closed.url);
    await setQuery(page, 'MATCH (a:Actor) RETURN count(a) AS actors');
    await runWithKeys(page);
    await expect.poll(() => page.locator('.cypher-error').getAttribute('data-code')).toBe('UNAUTHENTICATED');
    const tokenInput = page.getByLabel('Token for Cypher and saving analyses');
    await expect.poll(() => tokenInput.evaluate((input) => input === document.activeElement)).toBe(true);
    await tokenInput.fill(EDITOR_TOKEN);
    await page.getByRole('button', { name: 'Run query' }).click();
    await waitForRun(page);
    expect(await tableRows(page)).toEqual([[String((await seedActors()).length)]]);
    await page.close();
  });

  it.each(CYPHER_EXAMPLES.map((example) => [example.key, example] as const))(
    'loads the worked example "%s" into the editor, and it runs',
    async (_key, example) => {
      const page = await openCypherTab(open.url);
      await page.getByLabel('Worked examples').selectOption(example.key);
      expect(await page.getByRole('textbox', { name: 'Cypher query' }).inputValue()).toBe(example.query);
      await runWithKeys(page);
      expect(await page.locator('.cypher-error').getAttribute('data-code')).toBeNull();
      await expect.poll(() => textOf(page.locator('.cypher-summary'))).toMatch(/\d+ rows? in/);
      await page.close();
    },
  );

  it.each([
    { width: 1600, height: 1000 },
    { width: 1280, height: 720 },
    { width: 900, height: 900 },
  ])('keeps the Run button uncovered at $width×$height', async (viewport) => {
    const page = await openCypherTab(open.url, '/', viewport);
    await page.getByLabel('Worked examples').selectOption(CYPHER_EXAMPLES[0]!.key);
    await runWithKeys(page);
    const run = page.getByRole('button', { name: 'Run query' });
    await run.scrollIntoViewIfNeeded();
    const uncovered = await run.evaluate((button) => {
      const box = button.getBoundingClientRect();
      const atCentre = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return box.width > 0 && (atCentre === button || button.contains(atCentre));
    });
    expect(uncovered).toBe(true);
    await screenshot(page, `cypher-panel-${viewport.width}x${viewport.height}`);
    await page.close();
  });
});
