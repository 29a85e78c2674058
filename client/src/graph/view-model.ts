import type { PathPayload } from '../api/payloads.ts';
import type { ActorNodeData, RelationEdgeData } from './elements.ts';
import type { AnalysisResult } from './overlay.ts';
import { createViewState, type ViewState } from './view-state.ts';
import { computeVisibility, type Visibility } from './visibility.ts';

/**
 * What the explorer publishes to the panels: the view state, the actors and relations loaded (as
 * typed data, the same that is drawn), what holds as of the date, the paths and the overlay. It
 * is read-only and rebuilt on every change, so a panel can keep a reference to compare with the
 * next one, and never needs the drawing to know what is in view.
 */
export interface ViewModel {
  readonly state: ViewState;
  readonly actors: readonly ActorNodeData[];
  readonly relations: readonly RelationEdgeData[];
  readonly visibility: Visibility;
  /** The shortest paths of state.path, once found. */
  readonly paths: readonly PathPayload[] | null;
  readonly analysis: AnalysisResult | null;
  readonly analysisError: string | null;
  /** Sentences for the status line: what was left out and why. */
  readonly notices: readonly string[];
  readonly error: string | null;
  readonly busy: boolean;
  /** How many relations pass the filters in the whole graph, when the overview asked. */
  readonly overviewTotal: number | null;
  /** What a Cypher result brought onto the graph: it stands out until the selection is cleared. */
  readonly highlight: Highlight | null;
}

export interface Highlight {
  readonly actorIds: ReadonlySet<string>;
  readonly relationIds: ReadonlySet<string>;
}

export interface GraphData {
  actors: readonly ActorNodeData[];
  relations: readonly RelationEdgeData[];
}

export function createViewModel(state: ViewState = createViewState()): ViewModel {
  return {
    state,
    actors: [],
    relations: [],
    visibility: computeVisibility([], state.asOf, state.fadeAfter),
    paths: null,
    analysis: null,
    analysisError: null,
    notices: [],
    error: null,
    busy: false,
    overviewTotal: null,
    highlight: null,
  };
}

/** Ids of what is loaded, per list of actors and relations: panels ask "is it in view?" per score. */
const loadedIds = new WeakMap<object, ReadonlySet<string>>();

/** True when the actor or relation is loaded (drawn, though the date may hide a relation). */
export function isInView(model: Pick<ViewModel, 'actors' | 'relations'>, id: string): boolean {
  const idsOf = (elements: readonly { id: string }[]) => {
    let ids = loadedIds.get(elements);
    if (!ids) loadedIds.set(elements, (ids = new Set(elements.map((element) => element.id))));
    return ids;
  };
  return idsOf(model.actors).has(id) || idsOf(model.relations).has(id);
}

/** The relations drawn right now: loaded, and holding as of the date. */
export function visibleRelations(model: Pick<ViewModel, 'relations' | 'visibility'>): RelationEdgeData[] {
  return model.relations.filter((relation) => model.visibility.activeRelationIds.has(relation.id));
}

/** Names by actor id, for panels that list ids (scores, table rows). */
export function actorNames(model: Pick<ViewModel, 'actors'>): Map<string, string> {
  return new Map(model.actors.map((actor) => [actor.id, actor.label]));
}
