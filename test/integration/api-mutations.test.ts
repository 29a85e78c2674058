import { describe, expect, it } from 'vitest';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import { countGraph } from '../../server/ingest/seed.ts';
import { bearer, useTestbed } from '../support/api-app.ts';
import { execute, type GraphQLResponse } from '../support/graphql-client.ts';

const graphSnapshot = cypherQuery('test/graph-snapshot');
const relatesOutOfStep = cypherQuery('test/relates-out-of-step');

const testbed = useTestbed();

const snapshot = () => testbed.db.read(graphSnapshot);

/** Runs a mutation with the given role's token (or none) and returns the whole response. */
function mutate(
  query: string,
  variables: Record<string, unknown>,
  role: 'reader' | 'editor' | 'admin' | null,
): Promise<GraphQLResponse> {
  return execute(testbed.app, query, variables, role ? bearer(role) : {});
}

async function succeed(query: string, variables: Record<string, unknown>, role: 'editor' | 'admin' = 'editor') {
  const result = await mutate(query, variables, role);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** Asserts the request failed with `code` (and `field`), and that the graph is exactly as before. */
async function expectRefused(
  run: () => Promise<GraphQLResponse>,
  expected: { code: string; field?: string; message?: string | RegExp },
) {
  const before = await snapshot();
  const result = await run();
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors!;
  expect(error!.extensions?.code).toBe(expected.code);
  if (expected.field !== undefined) expect(error!.extensions?.['field']).toBe(expected.field);
  if (typeof expected.message === 'string') expect(error!.message).toBe(expected.message);
  else if (expected.message) expect(error!.message).toMatch(expected.message);
  expect(await snapshot()).toEqual(before);
  return error!;
}

const CREATE_ACTOR =
  'mutation ($input: CreateActorInput!) { createActor(input: $input) { id name kind aliases country description wikidata degree } }';
const UPDATE_ACTOR =
  'mutation ($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { id name kind aliases country description } }';
const CREATE_SOURCE =
  'mutation ($input: CreateSourceInput!) { createSource(input: $input) { id kind title publisher published publishedPrecision cites { id } } }';
const ADD_RELATION = `mutation ($input: AddRelationInput!) { addRelation(input: $input) {
  id type polarity intensity status confidence validFrom validTo datePrecision isEvent evidenceCount
  from { id } to { id } location { id } evidence { quote source { id } attributedTo { id } } linkedRelations { kind relation { id } } } }`;
const ADD_EVIDENCE =
  'mutation ($relationId: ID!, $input: EvidenceInput!) { addEvidence(relationId: $relationId, input: $input) { id quote stance relation { id status confidence evidenceCount } } }';
const RETRACT =
  'mutation ($id: ID!, $reason: String) { retractEvidence(id: $id, reason: $reason) { id retracted retractedAt retractionReason relation { id status confidence evidenceCount } } }';
const MERGE =
  'mutation ($keepId: ID!, $mergeId: ID!) { mergeActors(keepId: $keepId, mergeId: $mergeId) { id name aliases country description relations(first: 500) { nodes { id } } } }';

const evidenceInput = (quote: string, extra: Record<string, unknown> = {}) => ({
  source: 'seed-article',
  quote,
  attribution: 'An invented test attribution',
  status: 'REPORTED',
  confidence: 0.6,
  ...extra,
});

/** One valid call of each mutation, for the authorisation table below. */
const EVERY_MUTATION: { name: string; query: string; variables: Record<string, unknown>; role: 'editor' | 'admin' }[] =
  [
    {
      name: 'createActor',
      query: CREATE_ACTOR,
      variables: { input: { id: 'auth-probe', name: 'Auth Probe', kind: 'OTHER' } },
      role: 'editor',
    },
    {
      name: 'updateActor',
      query: UPDATE_ACTOR,
      variables: { id: 'iran', input: { description: 'changed' } },
      role: 'editor',
    },
    {
      name: 'createSource',
      query: CREATE_SOURCE,
      variables: { input: { id: 'auth-probe-source', title: 'T', publisher: 'P' } },
      role: 'editor',
    },
    {
      name: 'addRelation',
      query: ADD_RELATION,
      variables: {
        input: { type: 'CONSULT', from: 'iran', to: 'pakistan', evidence: [evidenceInput('auth probe quote')] },
      },
      role: 'editor',
    },
    {
      name: 'addEvidence',
      query: ADD_EVIDENCE,
      variables: { relationId: 'us-strikes-iran', input: evidenceInput('auth probe evidence') },
      role: 'editor',
    },
    { name: 'retractEvidence', query: RETRACT, variables: { id: 'no-evidence-needed-to-be-refused' }, role: 'editor' },
    { name: 'mergeActors', query: MERGE, variables: { keepId: 'iran', mergeId: 'irgc' }, role: 'admin' },
  ];

describe('who may write', () => {
  it.each(EVERY_MUTATION)(
    'refuses $name without a token (UNAUTHENTICATED) and writes nothing',
    async ({ name, query, variables }) => {
      await expectRefused(() => mutate(query, variables, null), {
        code: 'UNAUTHENTICATED',
        message: `${name} needs a token: send a token from ACTORGRAPH_TOKENS as "Authorization: Bearer <token>".`,
      });
    },
  );

  it.each(EVERY_MUTATION)(
    'refuses $name with an unknown token (UNAUTHENTICATED) and writes nothing',
    async ({ query, variables }) => {
      await expectRefused(
        () => execute(testbed.app, query, variables, { authorization: 'Bearer not-a-token-this-server-knows' }),
        {
          code: 'UNAUTHENTICATED',
          message: 'The token is not valid: send a token from ACTORGRAPH_TOKENS as "Authorization: Bearer <token>".',
        },
      );
    },
  );

  it.each(EVERY_MUTATION)(
    'refuses $name to a reader (FORBIDDEN) and writes nothing',
    async ({ name, query, variables, role }) => {
      await expectRefused(() => mutate(query, variables, 'reader'), {
        code: 'FORBIDDEN',
        message: `${name} needs the role ${role === 'admin' ? 'admin' : 'editor or admin'}; this token has the role reader.`,
      });
    },
  );

  it('refuses mergeActors to an editor (FORBIDDEN), because a merge deletes an actor', async () => {
    await expectRefused(() => mutate(MERGE, { keepId: 'iran', mergeId: 'irgc' }, 'editor'), { code: 'FORBIDDEN' });
  });

  it('lets an admin do what an editor may', async () => {
    const data = await succeed(
      CREATE_ACTOR,
      { input: { id: 'admin-made-actor', name: 'Admin Made Actor', kind: 'OTHER' } },
      'admin',
    );
    expect(data['createActor'].id).toBe('admin-made-actor');
  });

  it('checks the token before the input, so a caller without one learns nothing from validation', async () => {
    const result = await mutate(CREATE_ACTOR, { input: { id: 'Not A Slug', name: '', kind: 'OTHER' } }, null);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('createActor', () => {
  it('creates an actor that search then finds by its alias', async () => {
    const data = await succeed(CREATE_ACTOR, {
      input: {
        id: 'quds-force',
        name: 'Quds Force',
        kind: 'MILITARY',
        aliases: ['IRGC-QF', 'Sepah-e Qods'],
        country: 'IR',
        wikidata: 'Q1415919',
      },
    });
    expect(data['createActor']).toEqual({
      id: 'quds-force',
      name: 'Quds Force',
      kind: 'MILITARY',
      aliases: ['IRGC-QF', 'Sepah-e Qods'],
      country: 'IR',
      description: null,
      wikidata: 'Q1415919',
      degree: 0,
    });
    const search = await execute(testbed.app, '{ actors(search: "Qods") { nodes { id } } }');
    expect(search.data!['actors'].nodes[0]).toEqual({ id: 'quds-force' });
  });

  it('derives the id from the name when none is given', async () => {
    const data = await succeed(CREATE_ACTOR, { input: { name: 'Artesh Ground Forces', kind: 'MILITARY' } });
    expect(data['createActor'].id).toBe('artesh-ground-forces');
  });

  it('refuses an id that is taken and writes nothing', async () => {
    await expectRefused(
      () => mutate(CREATE_ACTOR, { input: { id: 'iran', name: 'Another Iran', kind: 'STATE' } }, 'editor'),
      {
        code: 'BAD_USER_INPUT',
        field: 'input.id',
        message:
          'input.id: an actor with id "iran" already exists; change that actor with updateActor, or choose another id',
      },
    );
  });

  it('names every bad field and writes nothing', async () => {
    const error = await expectRefused(
      () =>
        mutate(
          CREATE_ACTOR,
          { input: { id: 'Bad Id', name: '  ', kind: 'STATE', country: 'Iran', wikidata: 'wd:1' } },
          'editor',
        ),
      { code: 'BAD_USER_INPUT', field: 'input.id' },
    );
    expect((error.extensions!['problems'] as { field: string }[]).map((problem) => problem.field)).toEqual([
      'input.id',
      'input.name',
      'input.country',
      'input.wikidata',
    ]);
  });
});

describe('updateActor', () => {
  it('changes the given fields, clears a field given as null, and replaces the aliases', async () => {
    await succeed(CREATE_ACTOR, {
      input: { id: 'iranian-navy', name: 'Iranian Navy', kind: 'MILITARY', aliases: ['NEDAJA'], country: 'IR' },
    });
    const data = await succeed(UPDATE_ACTOR, {
      id: 'iranian-navy',
      input: {
        name: 'Islamic Republic of Iran Navy',
        description: 'The regular navy',
        country: null,
        aliases: ['IRIN', 'Iranian Navy'],
      },
    });
    expect(data['updateActor']).toEqual({
      id: 'iranian-navy',
      name: 'Islamic Republic of Iran Navy',
      kind: 'MILITARY',
      aliases: ['IRIN', 'Iranian Navy'],
      country: null,
      description: 'The regular navy',
    });
    const byOld = await execute(testbed.app, '{ actors(search: "NEDAJA") { nodes { id } } }');
    const byNew = await execute(testbed.app, '{ actors(search: "IRIN") { nodes { id } } }');
    expect(byOld.data!['actors'].nodes).toEqual([]);
    expect(byNew.data!['actors'].nodes[0]).toEqual({ id: 'iranian-navy' });
  });

  it('refuses to clear the name and writes nothing', async () => {
    await expectRefused(() => mutate(UPDATE_ACTOR, { id: 'iran', input: { name: null } }, 'editor'), {
      code: 'BAD_USER_INPUT',
      field: 'input.name',
      message: 'input.name: cannot be cleared; give a new value or leave it out',
    });
  });

  it('answers ACTOR_NOT_FOUND for an unknown actor', async () => {
    await expectRefused(() => mutate(UPDATE_ACTOR, { id: 'no-such-actor', input: { description: 'x' } }, 'editor'), {
      code: 'ACTOR_NOT_FOUND',
      field: 'id',
      message: 'id: no actor with id "no-such-actor"',
    });
  });
});

describe('createSource and addRelation', () => {
  it('adds a relation with its evidence, derives its standing, and keeps the RELATES edge in step', async () => {
    await succeed(CREATE_SOURCE, {
      input: {
        id: 'invented-wire-report',
        kind: 'REPORT',
        title: 'An invented wire report',
        publisher: 'Invented Wire',
        published: '2020-01-10',
        cites: ['seed-article'],
      },
    });
    const data = await succeed(ADD_RELATION, {
      input: {
        id: 'iran-threatens-united-states-test',
        type: 'THREATEN',
        from: 'iran',
        to: 'united-states',
        when: { date: '2020-01-05', asWritten: 'on Sunday' },
        location: 'baghdad-international-airport',
        evidence: [
          evidenceInput('Tehran vowed a harsh revenge', {
            source: 'invented-wire-report',
            attributedTo: 'iran',
            status: 'CONFIRMED',
            confidence: 0.9,
          }),
          evidenceInput('Iran promised retaliation', { confidence: 0.5 }),
        ],
        links: [{ kind: 'RESPONDS_TO', relation: 'us-kills-soleimani' }],
      },
    });
    expect(data['addRelation']).toMatchObject({
      id: 'iran-threatens-united-states-test',
      type: 'THREATEN',
      polarity: 'HOSTILE',
      intensity: -6,
      status: 'CONFIRMED',
      validFrom: '2020-01-05',
      datePrecision: 'DAY',
      isEvent: true,
      evidenceCount: 2,
      from: { id: 'iran' },
      to: { id: 'united-states' },
      location: { id: 'baghdad-international-airport' },
      linkedRelations: [{ kind: 'RESPONDS_TO', relation: { id: 'us-kills-soleimani' } }],
    });
    expect(data['addRelation'].confidence).toBeCloseTo(1 - 0.1 * 0.5, 3);
    expect(await testbed.db.read(relatesOutOfStep)).toEqual([]);
    // The traversal edge carries the new relation: the neighbourhood walks it.
    const around = await execute(
      testbed.app,
      '{ neighborhood(actorId: "iran", filter: { types: [THREATEN] }) { actors { id } relations { id } } }',
    );
    expect(around.data!['neighborhood']).toEqual({
      actors: [{ id: 'iran' }, { id: 'united-states' }],
      relations: [{ id: 'iran-threatens-united-states-test' }],
    });
  });

  it('derives the relation id from its ends, type and date when none is given', async () => {
    const data = await succeed(ADD_RELATION, {
      input: {
        type: 'CONSULT',
        from: 'pakistan',
        to: 'iran',
        when: { date: '2020-01' },
        evidence: [evidenceInput('Islamabad called Tehran')],
      },
    });
    expect(data['addRelation'].id).toBe('pakistan-consult-iran-2020-01');
  });

  it('refuses a relation to an unknown actor with ACTOR_NOT_FOUND and writes nothing', async () => {
    await expectRefused(
      () =>
        mutate(
          ADD_RELATION,
          { input: { type: 'AID', from: 'iran', to: 'atlantis', evidence: [evidenceInput('a quote')] } },
          'editor',
        ),
      { code: 'ACTOR_NOT_FOUND', field: 'input.to', message: 'input.to: no actor with id "atlantis"' },
    );
  });

  it('lists every unknown reference at once: actors, sources and linked relations', async () => {
    const error = await expectRefused(
      () =>
        mutate(
          ADD_RELATION,
          {
            input: {
              type: 'AID',
              from: 'iran',
              to: 'pakistan',
              location: 'nowhere',
              evidence: [evidenceInput('a quote', { source: 'no-source', attributedTo: 'nobody' })],
              links: [{ kind: 'CAUSED', relation: 'no-relation' }],
            },
          },
          'editor',
        ),
      { code: 'ACTOR_NOT_FOUND', field: 'input.location' },
    );
    expect(error.extensions!['problems']).toEqual([
      { field: 'input.location', message: 'no actor with id "nowhere"', code: 'ACTOR_NOT_FOUND' },
      { field: 'input.evidence[0].source', message: 'no source with id "no-source"', code: 'SOURCE_NOT_FOUND' },
      { field: 'input.evidence[0].attributedTo', message: 'no actor with id "nobody"', code: 'ACTOR_NOT_FOUND' },
      { field: 'input.links[0].relation', message: 'no relation with id "no-relation"', code: 'RELATION_NOT_FOUND' },
    ]);
  });

  it('refuses invalid values field by field and writes nothing', async () => {
    const error = await expectRefused(
      () =>
        mutate(
          ADD_RELATION,
          {
            input: {
              type: 'AID',
              from: 'iran',
              to: 'pakistan',
              intensity: 42,
              when: { date: '2020-01', to: '2021' },
              evidence: [evidenceInput('', { confidence: 1.5, grading: { reliability: 'Z', credibility: 9 } })],
            },
          },
          'editor',
        ),
      { code: 'BAD_USER_INPUT', field: 'input.intensity' },
    );
    expect((error.extensions!['problems'] as { field: string }[]).map((problem) => problem.field)).toEqual([
      'input.intensity',
      'input.when',
      'input.evidence[0].quote',
      'input.evidence[0].grading.reliability',
      'input.evidence[0].grading.credibility',
      'input.evidence[0].confidence',
    ]);
  });

  it('refuses a relation without evidence and writes nothing', async () => {
    await expectRefused(
      () => mutate(ADD_RELATION, { input: { type: 'AID', from: 'iran', to: 'pakistan', evidence: [] } }, 'editor'),
      {
        code: 'BAD_USER_INPUT',
        field: 'input.evidence',
        message: 'input.evidence: a relation needs at least one piece of evidence',
      },
    );
  });

  it('refuses an id that is taken and writes nothing', async () => {
    await expectRefused(
      () =>
        mutate(
          ADD_RELATION,
          {
            input: {
              id: 'us-kills-soleimani',
              type: 'AID',
              from: 'iran',
              to: 'pakistan',
              evidence: [evidenceInput('q')],
            },
          },
          'editor',
        ),
      { code: 'BAD_USER_INPUT', field: 'input.id' },
    );
  });

  it('refuses a source citing an unknown source and writes nothing', async () => {
    await expectRefused(
      () =>
        mutate(
          CREATE_SOURCE,
          { input: { id: 'orphan-report', title: 'T', publisher: 'P', cites: ['no-such-source'] } },
          'editor',
        ),
      {
        code: 'SOURCE_NOT_FOUND',
        field: 'input.cites[0]',
      },
    );
  });
});

describe('addEvidence', () => {
  it('adds a denial that turns the relation DISPUTED and discounts its confidence, on the traversal edge too', async () => {
    const data = await succeed(ADD_EVIDENCE, {
      relationId: 'us-iran-tensions-escalate',
      input: evidenceInput('An invented denial that tensions rose', { stance: 'DENIES', confidence: 0.5 }),
    });
    expect(data['addEvidence'].relation).toEqual({
      id: 'us-iran-tensions-escalate',
      status: 'DISPUTED',
      confidence: 0.4,
      evidenceCount: 2,
    });
    const disputed = await execute(testbed.app, '{ relations(filter: { statuses: [DISPUTED] }) { nodes { id } } }');
    expect(disputed.data!['relations'].nodes).toContainEqual({ id: 'us-iran-tensions-escalate' });
    expect(await testbed.db.read(relatesOutOfStep)).toEqual([]);
  });

  it('answers RELATION_NOT_FOUND for an unknown relation and writes nothing', async () => {
    await expectRefused(
      () => mutate(ADD_EVIDENCE, { relationId: 'no-such-relation', input: evidenceInput('q') }, 'editor'),
      {
        code: 'RELATION_NOT_FOUND',
        field: 'relationId',
        message: 'relationId: no relation with id "no-such-relation"',
      },
    );
  });

  it('refuses the same quote from the same source twice and writes nothing', async () => {
    await expectRefused(
      () =>
        mutate(
          ADD_EVIDENCE,
          {
            relationId: 'us-strikes-iran',
            input: evidenceInput('the United States on its action against Iran earlier this week'),
          },
          'editor',
        ),
      { code: 'BAD_USER_INPUT', field: 'input.quote' },
    );
  });
});

describe('retractEvidence', () => {
  it('retracts the only evidence of a relation: RETRACTED, out of default queries, still on record', async () => {
    const before = await execute(
      testbed.app,
      '{ relation(id: "us-accuses-pakistan-of-inaction-on-terror-groups") { evidence { id } } }',
    );
    const [evidence] = before.data!['relation'].evidence;
    const data = await succeed(RETRACT, { id: evidence.id, reason: 'The report misread its source' });
    expect(data['retractEvidence']).toMatchObject({
      id: evidence.id,
      retracted: true,
      retractionReason: 'The report misread its source',
      relation: {
        id: 'us-accuses-pakistan-of-inaction-on-terror-groups',
        status: 'RETRACTED',
        confidence: 0,
        evidenceCount: 0,
      },
    });
    expect(Date.parse(data['retractEvidence'].retractedAt)).toBeGreaterThan(Date.now() - 60_000);

    const listed = async (filter: Record<string, unknown>) =>
      (
        await execute(
          testbed.app,
          'query ($filter: RelationFilter) { relations(filter: $filter, first: 500) { nodes { id } } }',
          { filter },
        )
      ).data!['relations'].nodes.map((node: { id: string }) => node.id);
    expect(await listed({})).not.toContain('us-accuses-pakistan-of-inaction-on-terror-groups');
    expect(await listed({ includeRetracted: true })).toContain('us-accuses-pakistan-of-inaction-on-terror-groups');
    expect(await listed({ statuses: ['RETRACTED'], includeRetracted: true })).toEqual([
      'us-accuses-pakistan-of-inaction-on-terror-groups',
    ]);
    expect(await testbed.db.read(relatesOutOfStep)).toEqual([]);

    // Retracting again changes nothing, not even the time.
    const again = await succeed(RETRACT, { id: evidence.id, reason: 'another reason' });
    expect(again['retractEvidence'].retractedAt).toBe(data['retractEvidence'].retractedAt);
    expect(again['retractEvidence'].retractionReason).toBe('The report misread its source');
  });

  it('answers EVIDENCE_NOT_FOUND for unknown evidence and writes nothing', async () => {
    await expectRefused(() => mutate(RETRACT, { id: 'ev-nothing' }, 'editor'), {
      code: 'EVIDENCE_NOT_FOUND',
      field: 'id',
      message: 'id: no evidence with id "ev-nothing"',
    });
  });
});

describe('mergeActors', () => {
  it('moves every relation, place and attribution to the kept actor, keeps all names, deletes the other, in step', async () => {
    await succeed(CREATE_ACTOR, {
      input: {
        id: 'tehran-government',
        name: 'Tehran government',
        kind: 'GOVERNMENT',
        aliases: ['Iranian leadership'],
        wikidata: 'Q794',
      },
    });
    await succeed(CREATE_ACTOR, {
      input: { id: 'baghdad-airport-duplicate', name: 'Baghdad Airport (duplicate)', kind: 'LOCATION' },
    });
    await succeed(ADD_RELATION, {
      input: {
        id: 'tehran-government-accuses-us-test',
        type: 'ACCUSE',
        from: 'tehran-government',
        to: 'united-states',
        when: { date: '2020-01-04' },
        location: 'baghdad-airport-duplicate',
        evidence: [evidenceInput('Tehran called the strike an act of terror', { attributedTo: 'tehran-government' })],
      },
    });
    await succeed(ADD_RELATION, {
      input: {
        id: 'pakistan-consults-tehran-government-test',
        type: 'CONSULT',
        from: 'pakistan',
        to: 'tehran-government',
        evidence: [evidenceInput('Islamabad spoke with the Iranian leadership', { attributedTo: 'tehran-government' })],
      },
    });
    const iranBefore = await execute(testbed.app, '{ actor(id: "iran") { relations(first: 500) { totalCount } } }');
    const countsBefore = await countGraph(testbed.db);

    const data = await succeed(MERGE, { keepId: 'iran', mergeId: 'tehran-government' }, 'admin');
    const kept = data['mergeActors'];
    expect(kept.id).toBe('iran');
    expect(kept.name).toBe('Iran');
    expect(kept.aliases).toEqual(expect.arrayContaining(['Tehran', 'Tehran government', 'Iranian leadership']));
    expect(kept.relations.nodes.map((node: { id: string }) => node.id)).toEqual(
      expect.arrayContaining(['tehran-government-accuses-us-test', 'pakistan-consults-tehran-government-test']),
    );
    expect(kept.relations.nodes).toHaveLength(iranBefore.data!['actor'].relations.totalCount + 2);

    const moved = await execute(
      testbed.app,
      `{
      accuses: relation(id: "tehran-government-accuses-us-test") { from { id } to { id } evidence { attributedTo { id } } }
      consults: relation(id: "pakistan-consults-tehran-government-test") { from { id } to { id } evidence { attributedTo { id } } }
      gone: actor(id: "tehran-government") { id }
      search: actors(search: "Iranian leadership") { nodes { id } }
    }`,
    );
    expect(moved.data).toEqual({
      accuses: { from: { id: 'iran' }, to: { id: 'united-states' }, evidence: [{ attributedTo: { id: 'iran' } }] },
      consults: { from: { id: 'pakistan' }, to: { id: 'iran' }, evidence: [{ attributedTo: { id: 'iran' } }] },
      gone: { id: 'iran' },
      search: { nodes: [{ id: 'iran' }] },
    });
    expect(await countGraph(testbed.db)).toEqual({ ...countsBefore, actors: countsBefore.actors - 1 });
    expect(await testbed.db.read(relatesOutOfStep)).toEqual([]);

    // The place of an event moves the same way.
    await succeed(MERGE, { keepId: 'baghdad-international-airport', mergeId: 'baghdad-airport-duplicate' }, 'admin');
    const place = await execute(
      testbed.app,
      '{ relation(id: "tehran-government-accuses-us-test") { location { id } } }',
    );
    expect(place.data!['relation'].location).toEqual({ id: 'baghdad-international-airport' });
  });

  it('takes over the fields the kept actor lacks', async () => {
    await succeed(CREATE_ACTOR, { input: { id: 'merge-keep-test', name: 'Keep Test', kind: 'ORGANISATION' } });
    await succeed(CREATE_ACTOR, {
      input: {
        id: 'merge-gone-test',
        name: 'Gone Test',
        kind: 'ORGANISATION',
        country: 'FR',
        description: 'From the duplicate',
      },
    });
    const data = await succeed(MERGE, { keepId: 'merge-keep-test', mergeId: 'merge-gone-test' }, 'admin');
    expect(data['mergeActors']).toMatchObject({
      country: 'FR',
      description: 'From the duplicate',
      aliases: ['Gone Test'],
    });
  });

  it('refuses to merge an actor into itself and writes nothing', async () => {
    await expectRefused(() => mutate(MERGE, { keepId: 'iran', mergeId: 'iran' }, 'admin'), {
      code: 'BAD_USER_INPUT',
      field: 'mergeId',
      message: 'mergeId: must differ from keepId',
    });
  });

  it('answers ACTOR_NOT_FOUND for an unknown actor and writes nothing', async () => {
    await expectRefused(() => mutate(MERGE, { keepId: 'iran', mergeId: 'no-such-actor' }, 'admin'), {
      code: 'ACTOR_NOT_FOUND',
      field: 'mergeId',
      message: 'mergeId: no actor with id "no-such-actor"',
    });
  });
});
