import { describe, expect, it } from 'vitest';
import { bearer, useTestbed } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';

const testbed = useTestbed();

const ANNOTATION = 'id targetId targetKind text author createdAt';
const VIEW = 'id name state layout author savedAt';

async function run(query: string, variables: Record<string, unknown> = {}, role: 'editor' | 'reader' = 'editor') {
  const result = await execute(testbed.app, query, variables, bearer(role));
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function failure(query: string, variables: Record<string, unknown> = {}, role: 'editor' | 'reader' = 'editor') {
  const result = await execute(testbed.app, query, variables, bearer(role));
  expect(result.errors?.length).toBeGreaterThan(0);
  return result.errors![0]!;
}

const addNote = `mutation ($input: AddAnnotationInput!) { addAnnotation(input: $input) { ${ANNOTATION} } }`;
const notesOf = `query ($targetId: ID) { annotations(targetId: $targetId) { ${ANNOTATION} } }`;

async function notes(targetId: string | null = null) {
  return (await run(notesOf, { targetId }))['annotations'] as { id: string; text: string; targetId: string }[];
}

describe('annotations', () => {
  it('keeps a note on an actor with its author and time, and lists it for that actor', async () => {
    const before = Date.now();
    const data = await run(addNote, {
      input: { targetId: 'pakistan', text: '  Check the ISPR statement.  ', author: 'Ada' },
    });
    const note = data['addAnnotation'];
    expect(note).toMatchObject({
      targetId: 'pakistan',
      targetKind: 'ACTOR',
      text: 'Check the ISPR statement.',
      author: 'Ada',
    });
    expect(Date.parse(note.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    expect((await notes('pakistan')).map((n) => n.id)).toEqual([note.id]);
    expect(await notes('united-states')).toEqual([]);
  });

  it('keeps a note on a relation, and lists every note when no target is given (the export)', async () => {
    const relationId = 'pakistan-supports-us-strike-on-iran';
    const data = await run(addNote, { input: { targetId: relationId, text: 'One report only.', author: 'Bo' } });
    expect(data['addAnnotation'].targetKind).toBe('RELATION');
    const all = await notes();
    expect(all.map((n) => n.targetId)).toEqual(expect.arrayContaining(['pakistan', relationId]));
  });

  it('refuses an empty or too long note, a missing author and an unknown target, and writes nothing', async () => {
    const count = (await notes()).length;
    const cases: [Record<string, unknown>, string][] = [
      [{ targetId: 'pakistan', text: '   ', author: 'Ada' }, 'input.text'],
      [{ targetId: 'pakistan', text: 'x'.repeat(2001), author: 'Ada' }, 'input.text'],
      [{ targetId: 'pakistan', text: 'fine', author: '' }, 'input.author'],
      [{ targetId: 'no-such-thing', text: 'fine', author: 'Ada' }, 'input.targetId'],
      [{ id: 'Not A Slug', targetId: 'pakistan', text: 'fine', author: 'Ada' }, 'input.id'],
    ];
    for (const [input, field] of cases) {
      const error = await failure(addNote, { input });
      expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(error.extensions?.['field']).toBe(field);
    }
    expect((await notes()).length).toBe(count);
  });

  it('adds a note given an id once, however often the request is repeated, and refuses the id for another note', async () => {
    const input = { id: 'note-retry-test', targetId: 'united-states', text: 'Retried.', author: 'Ada' };
    const first = (await run(addNote, { input }))['addAnnotation'];
    const second = (await run(addNote, { input }))['addAnnotation'];
    expect(second).toEqual(first);
    expect((await notes('united-states')).filter((n) => n.id === 'note-retry-test')).toHaveLength(1);
    const clash = await failure(addNote, { input: { ...input, text: 'Something else.' } });
    expect(clash.extensions?.['field']).toBe('input.id');
    expect((await notes('united-states')).find((n) => n.id === 'note-retry-test')?.text).toBe('Retried.');
  });

  it('removes a note once; removing it again changes nothing', async () => {
    const removeNote = 'mutation ($id: ID!) { removeAnnotation(id: $id) }';
    expect((await run(removeNote, { id: 'note-retry-test' }))['removeAnnotation']).toBe(true);
    expect((await run(removeNote, { id: 'note-retry-test' }))['removeAnnotation']).toBe(false);
    expect((await notes('united-states')).map((n) => n.id)).not.toContain('note-retry-test');
  });

  it('lets anyone read notes but only editors write them', async () => {
    const forbidden = await failure(addNote, { input: { targetId: 'pakistan', text: 'x', author: 'R' } }, 'reader');
    expect(forbidden.extensions?.['code']).toBe('FORBIDDEN');
    const anonymous = await execute(testbed.app, 'mutation { removeAnnotation(id: "x") }', {});
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const read = await execute(testbed.app, notesOf, { targetId: 'pakistan' });
    expect(read.errors).toBeUndefined();
    expect(read.data!['annotations'].length).toBeGreaterThan(0);
  });
});

describe('saved views', () => {
  const saveView = `mutation ($input: SaveViewInput!) { saveView(input: $input) { ${VIEW} } }`;
  const savedViews = `{ savedViews { ${VIEW} } }`;
  const layout = { zoom: 1.25, pan: { x: 10, y: -20 }, positions: { pakistan: { x: 1, y: 2 } } };

  it('saves a view under its name with its state and layout, for everyone to list', async () => {
    const data = await run(saveView, {
      input: { name: 'Strike week', state: '?focus=pakistan&asOf=2020-01-05', layout, author: 'Ada' },
    });
    expect(data['saveView']).toMatchObject({
      id: 'strike-week',
      name: 'Strike week',
      state: 'focus=pakistan&asOf=2020-01-05',
      layout,
      author: 'Ada',
    });
    const listed = await execute(testbed.app, savedViews, {});
    expect(listed.data!['savedViews'].map((view: { id: string }) => view.id)).toEqual(['strike-week']);
  });

  it('replaces a view saved again under the same name instead of adding another', async () => {
    await run(saveView, { input: { name: 'strike  WEEK', state: 'focus=united-states' } });
    const views = (await run(savedViews))['savedViews'];
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ id: 'strike-week', state: 'focus=united-states', layout: null });
  });

  it('refuses an empty name, a malformed layout or an oversized state, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '  ', state: '' }, 'input.name'],
      [{ name: '…', state: '' }, 'input.name'],
      [{ name: 'Bad layout', state: '', layout: { zoom: 'near' } }, 'input.layout'],
      [{ name: 'Bad layout', state: '', layout: { positions: { a: { x: 1 } } } }, 'input.layout'],
      [{ name: 'Long', state: 'x'.repeat(8001) }, 'input.state'],
    ];
    for (const [input, field] of cases) {
      const error = await failure(saveView, { input });
      expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(error.extensions?.['field']).toBe(field);
    }
    expect((await run(savedViews))['savedViews'].map((view: { id: string }) => view.id)).toEqual(['strike-week']);
  });

  it('deletes a view once, for editors only', async () => {
    const deleteView = 'mutation ($id: ID!) { deleteView(id: $id) }';
    expect((await failure(deleteView, { id: 'strike-week' }, 'reader')).extensions?.['code']).toBe('FORBIDDEN');
    expect((await run(deleteView, { id: 'strike-week' }))['deleteView']).toBe(true);
    expect((await run(deleteView, { id: 'strike-week' }))['deleteView']).toBe(false);
    expect((await run(savedViews))['savedViews']).toEqual([]);
  });
});

describe('search over quotes, sources and summaries', () => {
  const search = `query ($text: String!, $first: Int) { searchEvidence(text: $text, first: $first) {
    quotes { score evidence { id quote relation { id } } }
    sources { id title }
    relations { id summary }
  } }`;

  async function searchFor(text: string, first?: number) {
    return (await run(search, { text, first }))['searchEvidence'] as {
      quotes: { score: number; evidence: { quote: string; relation: { id: string } } }[];
      sources: { id: string; title: string }[];
      relations: { id: string; summary: string }[];
    };
  }

  it('finds a word inside a quote and names the relation it backs', async () => {
    const found = await searchFor('tacit');
    expect(found.quotes.length).toBeGreaterThan(0);
    for (const hit of found.quotes) expect(hit.evidence.quote.toLowerCase()).toContain('tacit');
    expect(found.quotes.map((hit) => hit.evidence.relation.id)).toContain('pakistan-supports-us-strike-on-iran');
    expect(found.sources.map((source) => source.title.toLowerCase()).some((title) => title.includes('tacit'))).toBe(
      true,
    );
  });

  it('finds a word of a relation summary, folded and by prefix', async () => {
    const found = await searchFor('QUDS');
    expect(found.relations.length).toBeGreaterThan(0);
    for (const relation of found.relations) expect(relation.summary.toLowerCase()).toContain('quds');
    expect((await searchFor('tacitl')).relations.map((r) => r.id)).toContain('pakistan-supports-us-strike-on-iran');
  });

  it('finds new evidence as soon as it is written', async () => {
    await run(`mutation { addEvidence(relationId: "pakistan-supports-us-strike-on-iran", input: {
      source: "seed-article", quote: "An entirely zanzibarish remark", attribution: "A test", status: REPORTED, confidence: 0.4
    }) { id } }`);
    const found = await searchFor('zanzibarish');
    expect(found.quotes.map((hit) => hit.evidence.quote)).toEqual(['An entirely zanzibarish remark']);
  });

  it('answers nothing for stop words only, and refuses a page size out of range', async () => {
    expect(await searchFor('the of')).toEqual({ quotes: [], sources: [], relations: [] });
    expect((await failure(search, { text: 'tacit', first: 0 })).extensions?.['field']).toBe('first');
  });
});
