import { afterAll, describe, expect, it } from 'vitest';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import { draftSchema } from '../../server/extraction/draft.ts';
import { bearer, useTestbed } from '../support/api-app.ts';
import { ARTICLE, reviewedDraft } from '../support/draft-fixture.ts';
import { execute, type GraphQLResponse } from '../support/graphql-client.ts';

// Articles in through the API: extractDraft proposes a draft with the real extractor, loadDraft
// loads a reviewed one through the knowledge-file ingest, against the real Neo4j with the seed.

const graphSnapshot = cypherQuery('test/graph-snapshot');
const testbed = useTestbed();
afterAll(() => testbed.app?.close());

const snapshot = () => testbed.db.read(graphSnapshot);

const LOAD_DRAFT = `mutation ($draft: DraftInput!, $article: ArticleInput!) {
  loadDraft(draft: $draft, article: $article) { sourceId actorIds relationIds sources actors relations evidence }
}`;
const EXTRACT_DRAFT = `query ($text: String!, $date: Date, $publisher: String, $title: String) {
  extractDraft(text: $text, date: $date, publisher: $publisher, title: $title) {
    actors { id name kind country aliases existing mentions { start end text } }
    relations { from to type polarity quote start end attribution stance status date datePrecision confidence }
  }
}`;
const RELATION = `query ($id: ID!) {
  relation(id: $id) { id type polarity status validFrom datePrecision from { id name } to { id name }
    evidence { quote attribution stance status confidence source { id title publisher published } } }
}`;

function loadDraft(draft: unknown, article: unknown, role: 'reader' | 'editor' | null = 'editor') {
  return execute(testbed.app, LOAD_DRAFT, { draft, article }, role ? bearer(role) : {});
}

/** Asserts the request failed with `code` (and `field`) and that the graph is exactly as before. */
async function expectRefused(run: () => Promise<GraphQLResponse>, expected: { code: string; field?: string }) {
  const before = await snapshot();
  const result = await run();
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.[0]?.extensions?.code).toBe(expected.code);
  if (expected.field) expect(result.errors?.[0]?.extensions?.['field']).toBe(expected.field);
  expect(await snapshot()).toEqual(before);
  return result.errors![0]!;
}

describe('loadDraft', () => {
  it('loads a reviewed draft: the new actors, the relations and their evidence citing the article', async () => {
    const result = await loadDraft(reviewedDraft(), ARTICLE);
    expect(result.errors).toBeUndefined();
    expect(result.data!['loadDraft']).toEqual({
      sourceId: 'northport-courier-veloria-signs-fisheries-pact-with-pakistan-2021-03-12',
      actorIds: ['veloria', 'pakistan', 'coral-coast-front'],
      relationIds: [
        'veloria-agree-pakistan-2021-03-08',
        'veloria-agree-pakistan-2021-03-08-2',
        'coral-coast-front-attack-veloria-2021-02',
      ],
      sources: 1,
      actors: 3,
      relations: 3,
      evidence: 3,
    });
    const attack = await execute(testbed.app, RELATION, { id: 'coral-coast-front-attack-veloria-2021-02' });
    expect(attack.data!['relation']).toEqual({
      id: 'coral-coast-front-attack-veloria-2021-02',
      type: 'ATTACK',
      polarity: 'HOSTILE',
      status: 'ALLEGED',
      validFrom: '2021-02-01',
      datePrecision: 'MONTH',
      from: { id: 'coral-coast-front', name: 'Coral Coast Front' },
      to: { id: 'veloria', name: 'Veloria' },
      evidence: [
        {
          quote: reviewedDraft().relations[2]!.quote,
          attribution: 'Northport Courier',
          stance: 'HEDGES',
          status: 'ALLEGED',
          confidence: 0.4,
          source: {
            id: 'northport-courier-veloria-signs-fisheries-pact-with-pakistan-2021-03-12',
            title: ARTICLE.title,
            publisher: ARTICLE.publisher,
            published: '2021-03-12',
          },
        },
      ],
    });
  });

  it('keeps what the graph knows of an existing actor it restates, and adds the article’s names', async () => {
    const pakistan = await execute(testbed.app, '{ actor(id: "pakistan") { name kind country wikidata aliases } }');
    expect(pakistan.data!['actor']).toMatchObject({ name: 'Pakistan', kind: 'STATE', country: 'PK', wikidata: 'Q843' });
    expect(pakistan.data!['actor'].aliases).toContain('Islamabad');
  });

  it('changes nothing when the same reviewed draft is loaded again', async () => {
    const before = await snapshot();
    const again = await loadDraft(reviewedDraft(), ARTICLE);
    expect(again.errors).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a relation to an actor neither in the draft nor in the graph, naming the draft field', async () => {
    const draft = reviewedDraft();
    draft.relations[2] = { ...draft.relations[2]!, from: 'an-actor-nobody-defined' };
    const error = await expectRefused(() => loadDraft(draft, { ...ARTICLE, title: 'Another title' }), {
      code: 'BAD_USER_INPUT',
      field: 'draft.relations[2].from',
    });
    expect(error.message).toContain('unknown actor "an-actor-nobody-defined"');
  });

  it('refuses a draft that breaks its shape (a bad country code), writing nothing', async () => {
    const draft = reviewedDraft();
    draft.actors[0] = { ...draft.actors[0]!, id: 'new-veloria', country: 'Veloria' };
    await expectRefused(() => loadDraft(draft, ARTICLE), { code: 'BAD_USER_INPUT', field: 'draft.actors[0].country' });
  });

  it('refuses an over-long quote at the draft relation it belongs to, writing nothing', async () => {
    const draft = reviewedDraft();
    draft.relations[1] = { ...draft.relations[1]!, quote: 'x'.repeat(2001) };
    await expectRefused(() => loadDraft(draft, { ...ARTICLE, title: 'A third title' }), {
      code: 'BAD_USER_INPUT',
      field: 'draft.relations[1].quote',
    });
  });

  it('refuses an over-long article text', async () => {
    await expectRefused(() => loadDraft(reviewedDraft(), { ...ARTICLE, text: 'a'.repeat(100_001) }), {
      code: 'BAD_USER_INPUT',
      field: 'article.text',
    });
  });

  it('needs an editor token', async () => {
    await expectRefused(() => loadDraft(reviewedDraft(), ARTICLE, null), { code: 'UNAUTHENTICATED' });
    await expectRefused(() => loadDraft(reviewedDraft(), ARTICLE, 'reader'), { code: 'FORBIDDEN' });
  });
});

describe('extractDraft', () => {
  const text =
    'Islamabad, 7 January 2020. Pakistan signed a trade agreement with Japan on Monday, officials said. ' +
    'Japan also agreed to fund a port in Pakistan.';

  it('needs an editor token, and checks the text before anything runs', async () => {
    const variables = { text };
    const anonymous = await execute(testbed.app, EXTRACT_DRAFT, variables);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await execute(testbed.app, EXTRACT_DRAFT, variables, bearer('reader'));
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooLong = await execute(testbed.app, EXTRACT_DRAFT, { text: 'a '.repeat(50_001) }, bearer('editor'));
    expect(tooLong.errors?.[0]).toMatchObject({
      message: 'text: must be at most 100000 characters',
      extensions: { code: 'BAD_USER_INPUT', field: 'text' },
    });
    const empty = await execute(testbed.app, EXTRACT_DRAFT, { text: '  ' }, bearer('editor'));
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    const month = await execute(testbed.app, EXTRACT_DRAFT, { text, date: '2020-01' }, bearer('editor'));
    expect(month.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
  });

  it(
    'returns a draft of the fixed shape whose offsets point into the text, resolving a known actor, and writes nothing',
    async () => {
      const before = await snapshot();
      const result = await execute(
        testbed.app,
        EXTRACT_DRAFT,
        { text, date: '2020-01-07', publisher: 'Example Wire', title: 'Pakistan and Japan sign a trade agreement' },
        bearer('editor'),
      );
      expect(result.errors).toBeUndefined();
      const draft = draftSchema.parse(result.data!['extractDraft']);
      const pakistan = draft.actors.find((actor) => actor.id === 'pakistan');
      expect(pakistan).toMatchObject({ existing: true, kind: 'STATE', country: 'PK' });
      for (const actor of draft.actors)
        for (const mention of actor.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      for (const relation of draft.relations) expect(text.slice(relation.start, relation.end)).toBe(relation.quote);
      expect(draft.relations.length).toBeGreaterThan(0);
      expect(await snapshot()).toEqual(before);
    },
    // The first extraction starts the NLP engine (tens of seconds on two cores).
    240_000,
  );
});
