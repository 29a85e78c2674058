import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { App } from '../../server/app.ts';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import type { Database } from '../../server/db/database.ts';
import { toSearchQuery } from '../../server/graphql/search-query.ts';
import { MAX_NEIGHBOURHOOD_ACTORS } from '../../server/graphql/resolvers/traversal.ts';
import { figure, quantile, type Figure } from '../figures.ts';
import type { Progress } from '../progress.ts';
import { actorId, actorName, type ScaleShape } from '../scale-graph.ts';

/**
 * The API figures: each case once through GraphQL (the whole app in-process: yoga, resolvers,
 * loaders, Neo4j) and once as the same work in one Cypher query through the driver (the floor),
 * in turn, so that load on the shared machine hits both alike. The figure is the GraphQL median;
 * the baseline the floor's median.
 */
interface ApiCase {
  readonly name: string;
  readonly graphql: string;
  readonly floor: { readonly query: string; readonly params: Record<string, unknown> };
  readonly about: string;
}

/** Time one case may take before it stops with the runs it has. */
const CASE_BUDGET_MS = 30_000;

const floorQuery = (name: string) => cypherQuery(`bench/${name}`).text;
const neighborhoodQuery = cypherQuery('read/neighborhood').text;

/** The filter parameters every relation query takes, all unset (see cypher/fragments/relation-filter). */
const NO_FILTER = {
  types: null,
  polarity: null,
  minConfidence: null,
  statuses: null,
  includeRetracted: false,
  asOf: null,
  asOfLast: null,
  asOfPossible: false,
  from: null,
  to: null,
  sourceIds: null,
};

/** Actors the cases start from: hubs have low numbers (scale-graph.ts), the tail high ones. */
export function benchActors(shape: ScaleShape) {
  return {
    busy: actorId(Math.floor(shape.actors * 0.01)),
    tail: actorId(Math.floor(shape.actors * 0.5)),
    farTail: actorId(Math.floor(shape.actors * 0.9)),
    searchWord: actorName(Math.floor(shape.actors * 0.3)).split(' ')[0]!,
  };
}

function casesFor(shape: ScaleShape): ApiCase[] {
  const { busy, tail, farTail, searchWord } = benchActors(shape);
  const neighborhood = (depth: number): ApiCase => ({
    name: `api.neighborhood${depth}`,
    about: `${tail}, depth ${depth}`,
    graphql: `{ neighborhood(actorId: "${tail}", depth: ${depth}) {
      actors { id name kind }
      relations { id type polarity confidence status validFrom validTo from { id } to { id } } } }`,
    floor: {
      query: neighborhoodQuery,
      params: { ...NO_FILTER, actorId: tail, depth: neo4j.int(depth), maxActors: neo4j.int(MAX_NEIGHBOURHOOD_ACTORS) },
    },
  });
  return [
    {
      name: 'api.search',
      about: `"${searchWord}", first 20`,
      graphql: `{ actors(search: "${searchWord}", first: 20) { totalCount edges { score node { id name kind aliases } } } }`,
      floor: {
        query: floorQuery('floor-search'),
        params: { search: toSearchQuery(searchWord)!.lucene, limit: neo4j.int(20) },
      },
    },
    {
      name: 'api.actorWithRelations',
      about: `${busy}, first 20 relations`,
      graphql: `{ actor(id: "${busy}") { id name kind aliases degree relations(first: 20) { totalCount
        edges { node { id type polarity confidence validFrom from { id name } to { id name } } } } } }`,
      floor: { query: floorQuery('floor-actor-with-relations'), params: { id: busy, limit: neo4j.int(20) } },
    },
    neighborhood(1),
    neighborhood(2),
    {
      name: 'api.shortestPaths',
      about: `${tail} to ${farTail}`,
      graphql: `{ shortestPaths(fromId: "${tail}", toId: "${farTail}") {
        length actors { id name } relations { id type polarity } } }`,
      floor: {
        query: floorQuery('floor-shortest-paths'),
        params: { fromId: tail, toId: farTail, limit: neo4j.int(50) },
      },
    },
    {
      name: 'api.relationsAsOf',
      about: 'as of 2020-06-30, first 50',
      graphql: `{ relations(filter: { asOf: "2020-06-30" }, first: 50) { totalCount
        edges { node { id type polarity confidence validFrom from { id name } to { id name } } } } }`,
      floor: { query: floorQuery('floor-relations-as-of'), params: { asOf: '2020-06-30', limit: neo4j.int(50) } },
    },
  ];
}

export async function runGraphql(app: App, query: string): Promise<unknown> {
  const response = await app.yoga.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`bench: GraphQL failed: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body;
}

/** The floor: one query in a read transaction, every record turned into plain data and JSON, as a server would. */
async function runFloor(driver: Driver, query: string, params: Record<string, unknown>): Promise<string> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(query, params));
    return JSON.stringify(
      result.records.map((record) => record.toObject()),
      (_, value: unknown) => (typeof value === 'bigint' ? Number(value) : value),
    );
  } finally {
    await session.close();
  }
}

export async function measureApi(
  app: App,
  db: Database,
  driver: Driver,
  shape: ScaleShape,
  scale: string,
  runs: number,
  progress: Progress,
): Promise<Figure[]> {
  const cases = casesFor(shape);
  progress.stage('API: GraphQL against the driver floor', cases.length);
  const figures: Figure[] = [];
  for (const [index, item] of cases.entries()) {
    progress.tick(index, item.name);
    const graphqlMs: number[] = [];
    const floorMs: number[] = [];
    let roundTrips = 0;
    const warmup = Math.min(3, runs);
    const caseStarted = performance.now();
    let failure: string | null = null;
    for (let run = 0; run < warmup + runs; run++) {
      // A slow case stops early (at least five timed runs): the median of fewer runs still says it is slow.
      if (graphqlMs.length >= 5 && performance.now() - caseStarted > CASE_BUDGET_MS) break;
      const before = db.queryCount;
      let started = performance.now();
      try {
        await runGraphql(app, item.graphql);
      } catch (error) {
        failure = (error as Error).message.slice(0, 200);
        break;
      }
      const graphql = performance.now() - started;
      roundTrips = db.queryCount - before;
      started = performance.now();
      await runFloor(driver, item.floor.query, item.floor.params);
      const floor = performance.now() - started;
      if (run >= warmup) {
        graphqlMs.push(graphql);
        floorMs.push(floor);
      }
    }
    if (failure) console.error(`\nbench: ${item.name} failed: ${failure}`);
    figures.push(
      figure(
        item.name,
        scale,
        quantile(graphqlMs, 0.5),
        'ms p50 (time: ratio = GraphQL / driver floor, above 1 is slower)',
        { name: 'one Cypher query through neo4j-driver, p50', value: quantile(floorMs, 0.5) },
        failure
          ? `${item.about}; failed: ${failure}`
          : `${item.about}; ${roundTrips} database queries per request; p95 ${quantile(graphqlMs, 0.95).toFixed(1)} ms; ${graphqlMs.length} runs`,
      ),
    );
  }
  progress.done();
  return figures;
}
