import { toSubgraph } from '../graph/elements.ts';
import { trimNeighbourhood } from '../graph/compose-view.ts';
import { toDatedFilter, toLoadFilter } from '../graph/filters.ts';
import type { ViewState } from '../graph/view-state.ts';
import { GraphQLRequestError, type Request } from './graphql.ts';
import {
  type RelationType,
  ActorNodeDocument,
  NeighbourhoodDocument,
  OverviewDocument,
  RelationEdgeDocument,
  RelationsAmongDocument,
  ShortestPathsDocument,
} from './generated/operations.ts';
import type { PathPayload, SubgraphPayload } from './payloads.ts';

/**
 * The whole graph is drawn at first only when it is small enough to read: the API's largest page
 * of relations. A larger graph starts from a search, and grows from what the analyst asks for.
 */
export const OVERVIEW_LIMIT = 500;
/** At most this many neighbours come in with one expansion, the most connected first. */
export const EXPAND_LIMIT = 150;
/** Paths longer than this rarely mean anything to an analyst, and cost the most to find. */
export const PATH_MAX_DEPTH = 4;

export type { Request } from './graphql.ts';

export interface LoadedView {
  parts: SubgraphPayload[];
  paths: PathPayload[] | null;
  /** Sentences for the status line: what was left out and why. */
  notices: string[];
  /** Ids in the state that the API does not know (a stale link); the caller drops them. */
  missing: string[];
  /** How many relations pass the filters in the whole graph, when the overview asked. */
  overviewTotal: number | null;
}

/**
 * Asks the API for every part of the view the state describes, in parallel: the overview,
 * each expanded neighbourhood, pinned and focused actors, the open relation and the path.
 * Relations come filtered by the API except for the date, which the slider replays locally.
 */
export async function loadView(state: ViewState, request: Request): Promise<LoadedView> {
  const filter = toLoadFilter(state);
  const notices: string[] = [];
  const missing: string[] = [];
  let overviewTotal: number | null = null;
  let paths: PathPayload[] | null = null;

  const notFound = (id: string) => (error: unknown) => {
    if (error instanceof GraphQLRequestError && error.codes.includes('ACTOR_NOT_FOUND')) {
      missing.push(id);
      return null;
    }
    throw error;
  };

  const overview = async (): Promise<SubgraphPayload | null> => {
    if (state.base !== 'overview') return null;
    const answer = await request(OverviewDocument, { filter, first: OVERVIEW_LIMIT });
    overviewTotal = answer.relations.totalCount;
    if (answer.relations.totalCount > OVERVIEW_LIMIT) {
      notices.push(
        `The graph holds ${answer.relations.totalCount.toLocaleString('en')} relations, too many to draw at once: search for an actor to start from.`,
      );
      return null;
    }
    return toSubgraph(answer.relations.nodes);
  };

  const neighbourhood = async (id: string): Promise<SubgraphPayload | null> => {
    const answer = await request(NeighbourhoodDocument, {
      actorId: id,
      depth: 1,
      filter,
    }).catch(notFound(id));
    if (!answer) return null;
    const trimmed = trimNeighbourhood(answer.neighborhood, id, EXPAND_LIMIT);
    if (trimmed.omitted > 0) {
      const name = answer.neighborhood.actors.find((actor) => actor.id === id)?.name ?? id;
      notices.push(
        `${name}: showing the ${EXPAND_LIMIT} most connected neighbours; ${trimmed.omitted} more left out (narrow the filters to see others).`,
      );
    }
    return trimmed;
  };

  const single = async (id: string): Promise<SubgraphPayload | null> => {
    const answer = await request(ActorNodeDocument, { id });
    if (!answer.actor) {
      missing.push(id);
      return null;
    }
    return { actors: [answer.actor], relations: [] };
  };

  const relation = async (id: string): Promise<SubgraphPayload | null> => {
    const answer = await request(RelationEdgeDocument, { id });
    if (!answer.relation) {
      missing.push(id);
      return null;
    }
    return toSubgraph([answer.relation]);
  };

  const path = async (): Promise<SubgraphPayload | null> => {
    if (!state.path) return null;
    const { from, to } = state.path;
    const answer = await request(ShortestPathsDocument, {
      fromId: from,
      toId: to,
      maxDepth: PATH_MAX_DEPTH,
      filter: toDatedFilter(state),
      avoidActorIds: state.pathAvoid.length > 0 ? state.pathAvoid : null,
      avoidTypes: state.pathAvoidTypes.length > 0 ? (state.pathAvoidTypes as RelationType[]) : null,
    }).catch((error: unknown) => {
      if (error instanceof GraphQLRequestError && error.codes.includes('ACTOR_NOT_FOUND')) {
        missing.push(from, to);
        return null;
      }
      throw error;
    });
    if (!answer) return null;
    paths = answer.shortestPaths;
    if (paths.length === 0)
      notices.push(`No path of up to ${PATH_MAX_DEPTH} hops links the two actors under the current filters and date.`);
    return { actors: paths.flatMap((p) => p.actors), relations: paths.flatMap((p) => p.relations) };
  };

  /**
   * Actors that came in through different parts (two expansions, a pinned actor) may be related
   * to each other; one more request joins them up. A whole overview already holds every relation.
   */
  const joinUp = async (loaded: SubgraphPayload[], hasOverview: boolean): Promise<SubgraphPayload | null> => {
    const actorIds = [...new Set(loaded.flatMap((part) => part.actors.map((actor) => actor.id)))];
    if (hasOverview || loaded.length < 2 || actorIds.length < 2) return null;
    const answer = await request(RelationsAmongDocument, { actorIds, filter });
    return { actors: [], relations: answer.relationsAmong };
  };

  const singles = [...new Set([...state.pinned, ...(state.focus ? [state.focus] : [])])].filter(
    (id) => !state.expanded.includes(id),
  );
  const [overviewPart, ...otherParts] = await Promise.all([
    overview(),
    ...state.expanded.map((id) => neighbourhood(id)),
    ...singles.map((id) => single(id)),
    state.relation ? relation(state.relation) : Promise.resolve(null),
    path(),
  ]);
  const parts = [overviewPart ?? null, ...otherParts].filter((part): part is SubgraphPayload => part !== null);
  const joined = await joinUp(parts, Boolean(overviewPart));
  return {
    // First, so that the richer payloads of the other parts win for the same relation.
    parts: joined ? [joined, ...parts] : parts,
    paths,
    notices,
    missing: [...new Set(missing)],
    overviewTotal,
  };
}
