import { describe, expect, it } from 'vitest';
import { countGraph } from '../../server/ingest/seed.ts';
import { useTestbed } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';

const testbed = useTestbed();

async function run(query: string, variables: Record<string, unknown> = {}) {
  const result = await execute(testbed.app, query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** Follows endCursor page by page until hasNextPage is false; returns the ids in order and the counts seen. */
async function walkPages(field: string, args: string, pageSize: number) {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const data: Record<string, any> = await run(
      `query ($first: Int, $after: String) { ${field}(${args ? `${args}, ` : ''}first: $first, after: $after) {
         totalCount nodes { id } edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      { first: pageSize, after },
    );
    const page = data[field];
    pages++;
    totals.add(page.totalCount);
    expect(page.nodes.length).toBeLessThanOrEqual(pageSize);
    expect(page.edges.map((edge: any) => edge.node.id)).toEqual(page.nodes.map((node: any) => node.id));
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    ids.push(...page.nodes.map((node: { id: string }) => node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
    if (pages > 100) throw new Error(`${field}: more than 100 pages; the cursor does not advance`);
  }
  return { ids, totals: [...totals], pages };
}

describe('actor and actors', () => {
  it('serves an actor with its names, identity and degree', async () => {
    const data = await run(
      '{ actor(id: "united-states") { id name kind aliases country wikidata description degree } }',
    );
    expect(data['actor']).toMatchObject({
      id: 'united-states',
      name: 'United States',
      kind: 'STATE',
      country: 'US',
      wikidata: 'Q30',
    });
    expect(data['actor'].aliases).toEqual(expect.arrayContaining(['Washington', 'USA']));
    expect(data['actor'].degree).toBeGreaterThanOrEqual(7);
  });

  it('lists the seeded actors, from states to militant groups, with a count that matches the list', async () => {
    const data = await run('{ actors(first: 500) { totalCount nodes { id } } }');
    const ids = data['actors'].nodes.map((actor: { id: string }) => actor.id);
    expect(ids).toEqual(
      expect.arrayContaining(['united-states', 'pakistan', 'iran', 'irgc', 'qassem-soleimani', 'baloch-militants']),
    );
    expect(data['actors'].totalCount).toBe(ids.length);
  });

  it('lists actors of some kinds only', async () => {
    const data = await run('{ actors(kinds: [MILITARY, PERSON], first: 50) { totalCount nodes { id kind } } }');
    expect(data['actors'].nodes.map((actor: { id: string }) => actor.id).sort()).toEqual([
      'irgc',
      'mike-pompeo',
      'pakistan-army',
      'qamar-javed-bajwa',
      'qassem-soleimani',
    ]);
    expect(data['actors'].totalCount).toBe(5);
  });

  it.each([
    ['Suleimani', 'qassem-soleimani'],
    ['Washington', 'united-states'],
    ['Revolutionary Guard', 'irgc'],
    ['Islamabad', 'pakistan'],
    ['Foggy Bottom', 'us-state-department'],
    ['soleimany', 'qassem-soleimani'],
  ])('finds the right actor first when searching "%s"', async (search, id) => {
    const data = await run(
      'query ($search: String) { actors(search: $search) { totalCount edges { score node { id } } } }',
      { search },
    );
    const [first, second] = data['actors'].edges;
    expect(first.node.id).toBe(id);
    expect(first.score).toBeGreaterThan(0);
    if (second) expect(first.score).toBeGreaterThanOrEqual(second.score);
  });

  it('ranks results by relevance, best first', async () => {
    const data = await run('{ actors(search: "Pakistan") { edges { score node { id } } } }');
    const scores = data['actors'].edges.map((edge: { score: number }) => edge.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(data['actors'].edges[0].node.id).toBe('pakistan');
  });

  it('combines a search with kinds', async () => {
    const data = await run('{ actors(search: "Pakistan", kinds: [MILITARY]) { nodes { id } } }');
    expect(data['actors'].nodes).toEqual([{ id: 'pakistan-army' }]);
  });

  it('takes search input literally, Lucene syntax included', async () => {
    const data = await run('{ actors(search: "Washington)~ OR *:*") { nodes { id } } }');
    expect(data['actors'].nodes.map((actor: { id: string }) => actor.id)).toEqual(['united-states']);
  });

  it('pages through every actor once by following endCursor', async () => {
    const all = await run('{ actors(first: 500) { totalCount nodes { id } } }');
    const walk = await walkPages('actors', '', 5);
    expect(walk.ids).toEqual(all['actors'].nodes.map((node: { id: string }) => node.id));
    expect(new Set(walk.ids).size).toBe(walk.ids.length);
    expect(walk.totals).toEqual([(await countGraph(testbed.db)).actors]);
    expect(walk.pages).toBe(Math.ceil(walk.ids.length / 5));
  });

  it('pages through search results the same way', async () => {
    const all = await run('{ actors(search: "Pakistan", first: 500) { nodes { id } } }');
    const walk = await walkPages('actors', 'search: "Pakistan"', 2);
    expect(walk.ids).toEqual(all['actors'].nodes.map((node: { id: string }) => node.id));
    expect(walk.ids.length).toBeGreaterThan(2);
  });

  it('answers null for an unknown actor', async () => {
    expect(await run('{ actor(id: "nobody-at-all") { id } }')).toEqual({ actor: null });
  });
});

describe('relation and relations', () => {
  it('serves a relation with its evidence trail: quote, source, attribution, relayed source, grading', async () => {
    const data = await run(`{ relation(id: "pakistan-supports-us-strike-on-iran") {
      id type polarity intensity quad mode status confidence validFrom datePrecision isEvent dateAsWritten evidenceCount
      from { id } to { id }
      evidence { quote attribution anonymous stance status confidence retracted grading { reliability credibility code }
                 source { id publisher } citedSource { id publisher } attributedTo { id } relation { id } }
      linkedRelations { kind direction relation { id } }
    } }`);
    const relation = data['relation'];
    expect(relation).toMatchObject({
      type: 'SUPPORT',
      polarity: 'COOPERATIVE',
      quad: 'VERBAL_COOPERATION',
      mode: 'tacit',
      // Only the relayed Asian Lite report asserts it (alleged); the article's own hedge adds nothing.
      status: 'ALLEGED',
      validFrom: '2020-01-01',
      datePrecision: 'MONTH',
      isEvent: true,
      dateAsWritten: 'earlier this week',
      evidenceCount: 2,
      from: { id: 'pakistan' },
      to: { id: 'united-states' },
    });
    // The assertion of 0.5 alone: a hedge (0.4, from another source) never raises confidence.
    expect(relation.confidence).toBeCloseTo(0.5, 3);
    const relayed = relation.evidence.find((item: any) => item.citedSource);
    expect(relayed).toMatchObject({
      anonymous: true,
      stance: 'ASSERTS',
      status: 'ALLEGED',
      grading: { reliability: 'F', credibility: 3, code: 'F3' },
      source: { id: 'seed-article' },
      citedSource: { id: 'asian-lite-report', publisher: 'Asian Lite' },
      attributedTo: { id: 'asian-lite' },
      relation: { id: 'pakistan-supports-us-strike-on-iran' },
      retracted: false,
    });
    expect(relation.linkedRelations).toEqual([
      { kind: 'IN_EXCHANGE_FOR', direction: 'OUTGOING', relation: { id: 'us-resumes-imet-for-pakistan' } },
    ]);
  });

  it('gives every piece of evidence a quote, an attribution and a source with its title and publisher', async () => {
    const data = await run(`{ relation(id: "us-kills-soleimani") {
      type polarity from { id } to { id }
      evidence { quote attribution source { title publisher } }
    } }`);
    const relation = data['relation'];
    expect(relation).toMatchObject({
      type: 'KILL',
      polarity: 'HOSTILE',
      from: { id: 'united-states' },
      to: { id: 'qassem-soleimani' },
    });
    expect(relation.evidence.length).toBeGreaterThan(0);
    for (const evidence of relation.evidence) {
      expect(evidence.quote.trim()).not.toBe('');
      expect(evidence.attribution.trim()).not.toBe('');
      expect(evidence.source.title.trim()).not.toBe('');
      expect(evidence.source.publisher.trim()).not.toBe('');
    }
  });

  it('shows links from the other side as INCOMING, and where an event took place', async () => {
    const data = await run(`{
      resumed: relation(id: "us-resumes-imet-for-pakistan") { linkedRelations { kind direction relation { id } } }
      killed: relation(id: "us-kills-soleimani") { location { id kind } }
    }`);
    expect(data['resumed'].linkedRelations).toEqual(
      expect.arrayContaining([
        { kind: 'IN_EXCHANGE_FOR', direction: 'INCOMING', relation: { id: 'pakistan-supports-us-strike-on-iran' } },
        { kind: 'CAUSED', direction: 'INCOMING', relation: { id: 'pompeo-calls-bajwa' } },
      ]),
    );
    expect(data['killed'].location).toEqual({ id: 'baghdad-international-airport', kind: 'LOCATION' });
  });

  it('pages through every relation once by following endCursor', async () => {
    const walk = await walkPages('relations', '', 4);
    const size = await countGraph(testbed.db);
    expect(walk.ids.length).toBe(size.relations);
    expect(new Set(walk.ids).size).toBe(walk.ids.length);
    expect(walk.totals).toEqual([size.relations]);
  });

  it("pages through a filtered list with the filter's own count", async () => {
    const walk = await walkPages('relations', 'filter: { polarity: [HOSTILE] }', 3);
    const all = await run('{ relations(filter: { polarity: [HOSTILE] }, first: 500) { nodes { id polarity } } }');
    expect(walk.ids).toEqual(all['relations'].nodes.map((node: { id: string }) => node.id));
    expect(all['relations'].nodes.every((node: { polarity: string }) => node.polarity === 'HOSTILE')).toBe(true);
    expect(walk.totals).toEqual([walk.ids.length]);
  });

  it("pages an actor's relations by cursor", async () => {
    const first = await run(
      '{ actor(id: "pakistan") { relations(first: 3) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }',
    );
    const page1 = first['actor'].relations;
    expect(page1.nodes).toHaveLength(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const rest = await run(
      'query ($after: String) { actor(id: "pakistan") { relations(first: 500, after: $after) { nodes { id } pageInfo { hasNextPage } } } }',
      {
        after: page1.pageInfo.endCursor,
      },
    );
    const ids = [...page1.nodes, ...rest['actor'].relations.nodes].map((node: { id: string }) => node.id);
    expect(ids).toHaveLength(page1.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rest['actor'].relations.pageInfo.hasNextPage).toBe(false);
  });
});

describe('time travel on the seed', () => {
  const IMET = `query ($asOf: Date) { relations(filter: { asOf: $asOf, types: [SANCTION, AID] }) { nodes { id from { id } to { id } } } }`;
  const idsAsOf = async (asOf: string) =>
    (await run(IMET, { asOf }))['relations'].nodes
      .filter((node: any) => node.from.id === 'united-states' && node.to.id === 'pakistan')
      .map((node: { id: string }) => node.id);

  it('has the 2018 suspension of IMET in force in 2019', async () => {
    expect(await idsAsOf('2019')).toEqual(['us-suspends-imet-for-pakistan']);
    expect(await idsAsOf('2019-12-31')).toEqual(['us-suspends-imet-for-pakistan']);
  });

  it('has it replaced by the resumption in 2020', async () => {
    expect(await idsAsOf('2020-06-01')).toEqual(['us-resumes-imet-for-pakistan']);
  });

  it('has neither before the suspension began', async () => {
    expect(await idsAsOf('2017')).toEqual([]);
  });

  it('keeps the suspension in the 2019 window and both in the 2020 one', async () => {
    const window = async (from: string, to: string) =>
      (
        await run(
          'query ($from: Date, $to: Date) { relations(filter: { from: $from, to: $to, types: [SANCTION, AID] }) { nodes { id } } }',
          { from, to },
        )
      )['relations'].nodes
        .map((node: { id: string }) => node.id)
        .sort();
    expect(await window('2019', '2019')).toEqual(['us-suspends-imet-for-pakistan']);
    expect(await window('2020', '2020')).toEqual(['us-resumes-imet-for-pakistan', 'us-suspends-imet-for-pakistan']);
  });
});

describe('sources', () => {
  it('pages through every source once, with what each relays', async () => {
    const walk = await walkPages('sources', '', 2);
    expect(walk.ids.length).toBe((await countGraph(testbed.db)).sources);
    expect(new Set(walk.ids).size).toBe(walk.ids.length);
    const data = await run(
      '{ sources(first: 100) { nodes { id kind published publishedPrecision evidenceCount cites { id } } } }',
    );
    const article = data['sources'].nodes.find((source: { id: string }) => source.id === 'seed-article');
    expect(article).toMatchObject({ kind: 'ARTICLE', published: '2020-01-01', publishedPrecision: 'MONTH' });
    expect(article.evidenceCount).toBeGreaterThan(20);
    expect(article.cites.map((source: { id: string }) => source.id).sort()).toEqual([
      'asian-lite-report',
      'pompeo-tweet-2020-01-03',
      'the-news-international-report',
      'us-imet-announcement',
    ]);
  });
});

describe('neighborhood, shortestPaths and timeline on the seed', () => {
  it("gathers Soleimani's neighbourhood with the relations among it", async () => {
    const data = await run(
      '{ neighborhood(actorId: "qassem-soleimani", depth: 1) { actors { id } relations { id from { id } to { id } } } }',
    );
    const actors = data['neighborhood'].actors.map((actor: { id: string }) => actor.id);
    expect(actors[0]).toBe('qassem-soleimani');
    expect([...actors].sort()).toEqual(['baloch-militants', 'irgc', 'pakistan', 'qassem-soleimani', 'united-states']);
    for (const relation of data['neighborhood'].relations) {
      expect(actors).toContain(relation.from.id);
      expect(actors).toContain(relation.to.id);
    }
  });

  it('connects Pakistan to Soleimani only through hostile hops when asked', async () => {
    const data =
      await run(`{ shortestPaths(fromId: "pakistan", toId: "qassem-soleimani", filter: { polarity: [HOSTILE] }) {
      length relations { id polarity evidence { quote } } } }`);
    const paths = data['shortestPaths'];
    expect(paths.map((path: any) => path.relations.map((relation: { id: string }) => relation.id).join('>'))).toEqual([
      'pakistan-blames-soleimani-for-baloch-attacks',
    ]);
    expect(paths[0].relations[0].evidence[0].quote).toContain('blamed the commander');
  });

  it('finds the confirmed chain from Bajwa to Soleimani through Pompeo, the State Department and the US', async () => {
    const data =
      await run(`{ shortestPaths(fromId: "qamar-javed-bajwa", toId: "qassem-soleimani", filter: { statuses: [CONFIRMED] }) {
      length actors { id } relations { id status } } }`);
    expect(data['shortestPaths'].map((path: any) => path.actors.map((actor: { id: string }) => actor.id))).toEqual([
      ['qamar-javed-bajwa', 'mike-pompeo', 'us-state-department', 'united-states', 'qassem-soleimani'],
    ]);
    expect(data['shortestPaths'][0].relations.map((relation: any) => relation.status)).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'CONFIRMED',
      'CONFIRMED',
    ]);
  });

  it("lists Pakistan's timeline oldest first", async () => {
    const data = await run('{ timeline(actorId: "pakistan") { date kind relation { id } } }');
    const dates = data['timeline'].map((entry: { date: string }) => entry.date);
    expect(dates).toEqual([...dates].sort());
    const entries = data['timeline'].map((entry: any) => `${entry.date} ${entry.kind} ${entry.relation.id}`);
    expect(entries).toContain('2018-01-01 STARTED us-suspends-imet-for-pakistan');
    expect(entries).toContain('2020-01-01 ENDED us-suspends-imet-for-pakistan');
    expect(entries).toContain('2020-01-01 STARTED us-resumes-imet-for-pakistan');
  });
});
