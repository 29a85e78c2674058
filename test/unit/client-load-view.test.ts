import { describe, expect, it } from 'vitest';
import { anActor } from '../support/client-payloads.ts';
import { GraphQLRequestError } from '../../client/src/api/graphql.ts';
import { EXPAND_LIMIT, loadView, OVERVIEW_LIMIT, type Request } from '../../client/src/api/load-view.ts';
import type { ActorPayload, RelationPayload } from '../../client/src/api/payloads.ts';
import {
  ActorNodeDocument,
  NeighbourhoodDocument,
  OverviewDocument,
  RelationsAmongDocument,
} from '../../client/src/api/generated/operations.ts';
import { composeView } from '../../client/src/graph/compose-view.ts';
import { createViewState } from '../../client/src/graph/view-state.ts';

// The API's answers are played back by query; what is under test is what the client asks for
// and how it puts the answers together.
const actor = (id: string, degree = 1): ActorPayload => anActor({ id, name: id, kind: 'STATE', degree });
const OVERVIEW = String(OverviewDocument);
const NEIGHBOURHOOD = String(NeighbourhoodDocument);
const ACTOR_NODE = String(ActorNodeDocument);
const RELATIONS_AMONG = String(RelationsAmongDocument);
const relation = (id: string, from: string, to: string): RelationPayload => ({
  id,
  type: 'AID',
  polarity: 'COOPERATIVE',
  intensity: 7,
  status: 'REPORTED',
  confidence: 0.9,
  validFrom: null,
  validTo: null,
  datePrecision: null,
  validToPrecision: null,
  isEvent: false,
  evidenceCount: 1,
  singleSource: false,
  anonymousOnly: false,
  from: { id: from },
  to: { id: to },
});

function answering(handlers: Map<string, (variables: Record<string, unknown>) => unknown>): {
  request: Request;
  asked: string[];
} {
  const asked: string[] = [];
  const request = (async (document: unknown, variables: Record<string, unknown> = {}) => {
    const query = String(document);
    const handler = handlers.get(query);
    if (!handler) throw new Error('unexpected query');
    asked.push(`${[...handlers.keys()].indexOf(query)}:${JSON.stringify(variables)}`);
    return handler(variables);
  }) as unknown as Request;
  return { request, asked };
}

describe('loading a view from the API', () => {
  it('draws the whole graph when it fits the overview, with the filters but not the date', async () => {
    const { request, asked } = answering(
      new Map([
        [
          OVERVIEW,
          () => ({
            relations: { totalCount: 1, nodes: [{ ...relation('ab', 'a', 'b'), from: actor('a'), to: actor('b') }] },
          }),
        ],
      ]),
    );
    const loaded = await loadView({ ...createViewState(), types: ['AID'], asOf: '2019-01-01' }, request);
    expect(asked).toEqual([`0:${JSON.stringify({ filter: { types: ['AID'] }, first: OVERVIEW_LIMIT })}`]);
    expect(loaded.parts).toHaveLength(1);
    expect(loaded.parts[0]?.actors.map((a) => a.id)).toEqual(['a', 'b']);
    expect(loaded.overviewTotal).toBe(1);
  });

  it('starts from nothing, and says so, when the graph is too large to draw whole', async () => {
    const { request } = answering(new Map([[OVERVIEW, () => ({ relations: { totalCount: 12_345, nodes: [] } })]]));
    const loaded = await loadView(createViewState(), request);
    expect(loaded.parts).toEqual([]);
    expect(loaded.notices).toEqual([
      'The graph holds 12,345 relations, too many to draw at once: search for an actor to start from.',
    ]);
  });

  it('keeps the most connected neighbours of a crowded actor and reports the rest', async () => {
    const neighbours = Array.from({ length: EXPAND_LIMIT + 3 }, (_, i) => actor(`n${i}`, i));
    const { request } = answering(
      new Map([
        [
          NEIGHBOURHOOD,
          () => ({
            neighborhood: {
              actors: [actor('hub', 500), ...neighbours],
              relations: neighbours.map((n) => relation(`r-${n.id}`, 'hub', n.id)),
            },
          }),
        ],
      ]),
    );
    const loaded = await loadView({ ...createViewState(), base: 'empty', expanded: ['hub'] }, request);
    expect(loaded.parts[0]?.actors).toHaveLength(EXPAND_LIMIT + 1);
    expect(loaded.parts[0]?.actors.some((a) => a.id === 'n0')).toBe(false);
    expect(loaded.notices).toEqual([
      `hub: showing the ${EXPAND_LIMIT} most connected neighbours; 3 more left out (narrow the filters to see others).`,
    ]);
  });

  it('reports the ids a stale link names that the graph does not have', async () => {
    const { request } = answering(
      new Map<string, (variables: Record<string, unknown>) => unknown>([
        [
          NEIGHBOURHOOD,
          () => {
            throw new GraphQLRequestError('actorId: no actor with id "gone"', ['ACTOR_NOT_FOUND']);
          },
        ],
        [ACTOR_NODE, (variables) => ({ actor: variables['id'] === 'here' ? actor('here') : null })],
      ]),
    );
    const loaded = await loadView(
      { ...createViewState(), base: 'empty', expanded: ['gone'], pinned: ['here', 'lost'] },
      request,
    );
    expect(loaded.missing.sort()).toEqual(['gone', 'lost']);
    expect(loaded.parts.map((part) => part.actors.map((a) => a.id))).toEqual([['here']]);
  });

  it('joins up actors that came in through different expansions with the relations among them', async () => {
    const { request, asked } = answering(
      new Map<string, (variables: Record<string, unknown>) => unknown>([
        [
          NEIGHBOURHOOD,
          (variables) =>
            variables['actorId'] === 'a'
              ? { neighborhood: { actors: [actor('a'), actor('b')], relations: [relation('ab', 'a', 'b')] } }
              : { neighborhood: { actors: [actor('c'), actor('d')], relations: [relation('cd', 'c', 'd')] } },
        ],
        [RELATIONS_AMONG, () => ({ relationsAmong: [relation('ab', 'a', 'b'), relation('bd', 'b', 'd')] })],
      ]),
    );
    const loaded = await loadView(
      { ...createViewState(), base: 'empty', expanded: ['a', 'c'], types: ['AID'] },
      request,
    );
    expect(asked.at(-1)).toBe(`1:${JSON.stringify({ actorIds: ['a', 'b', 'c', 'd'], filter: { types: ['AID'] } })}`);
    const edges = composeView(loaded.parts)
      .filter((element) => element.group === 'edges')
      .map((edge) => edge.data.id)
      .sort();
    expect(edges).toEqual(['ab', 'bd', 'cd']);
  });

  it('asks nothing more when the view is a single part', async () => {
    const { request, asked } = answering(
      new Map([
        [
          NEIGHBOURHOOD,
          () => ({ neighborhood: { actors: [actor('a'), actor('b')], relations: [relation('ab', 'a', 'b')] } }),
        ],
      ]),
    );
    await loadView({ ...createViewState(), base: 'empty', expanded: ['a'] }, request);
    expect(asked).toHaveLength(1);
  });
});
