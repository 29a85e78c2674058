/**
 * Everything that makes a view: what was asked for (overview, expanded, pinned and hidden
 * actors, a path), how it is filtered (types, polarity, status, confidence, sources, a date),
 * what is in focus, and how it is drawn. It lives in the URL's query string, so a link reopens
 * the same view. Parsing never trusts the URL: unknown or malformed values are dropped.
 */
export const LAYOUT_NAMES = ['fcose', 'cose', 'concentric', 'breadthfirst', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** How the toolbar names each layout. */
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Organic',
  cose: 'Organic (classic)',
  concentric: 'Rings by degree',
  breadthfirst: 'Tree from focus',
  circle: 'Circle',
  grid: 'Grid',
};

export const EDGE_WIDTH_MODES = ['evidence', 'intensity'] as const;
export type EdgeWidthMode = (typeof EDGE_WIDTH_MODES)[number];

export interface ViewState {
  /** `overview` starts from the whole graph when it is small enough to read; `empty` from nothing. */
  base: 'overview' | 'empty';
  /** The actor centred and highlighted, whose details are open. */
  focus: string | null;
  /** The relation whose evidence is open. */
  relation: string | null;
  /** Actors whose neighbours are shown. */
  expanded: string[];
  /** Actors shown on their own (added from a search, or kept after a collapse). */
  pinned: string[];
  /** Actors the analyst removed from the view. */
  hidden: string[];
  /** Actors pinned in place: layouts do not move them (client/src/workbench/pins.ts). */
  locked: string[];
  types: string[];
  polarity: string[];
  statuses: string[];
  minConfidence: number | null;
  sourceIds: string[];
  /** The graph as it stood on this day (YYYY-MM-DD), or every date when null. */
  asOf: string | null;
  /** Events fade this many months after they happened (as of the slider's date); never when null. */
  fadeAfter: number | null;
  path: { from: string; to: string } | null;
  /** Which chain of actors among the paths is highlighted (its index in the grouped list); null: the first. */
  pathChain: number | null;
  /** Actors a path may not pass through. */
  pathAvoid: string[];
  /** Relation types a path may not use. */
  pathAvoidTypes: string[];
  analysis: string | null;
  layout: LayoutName;
  edgeWidth: EdgeWidthMode;
}

export function createViewState(): ViewState {
  return {
    base: 'overview',
    focus: null,
    relation: null,
    expanded: [],
    pinned: [],
    hidden: [],
    locked: [],
    types: [],
    polarity: [],
    statuses: [],
    minConfidence: null,
    sourceIds: [],
    asOf: null,
    fadeAfter: null,
    path: null,
    pathChain: null,
    pathAvoid: [],
    pathAvoidTypes: [],
    analysis: null,
    layout: 'fcose',
    edgeWidth: 'evidence',
  };
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOKEN = /^[A-Z][A-Z0-9_]*$/;
const ANALYSIS = /^[a-z]+(?:-[a-z]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The query string for a state; defaults are left out so links stay short. */
export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const list = (key: string, values: readonly string[]) => {
    if (values.length > 0) params.set(key, values.join(','));
  };
  if (state.base === 'empty') params.set('view', 'empty');
  if (state.focus) params.set('focus', state.focus);
  if (state.relation) params.set('relation', state.relation);
  list('expand', state.expanded);
  list('pin', state.pinned);
  list('hide', state.hidden);
  list('lock', state.locked);
  list('types', state.types);
  list('polarity', state.polarity);
  list('status', state.statuses);
  if (state.minConfidence !== null) params.set('minConfidence', String(state.minConfidence));
  list('sources', state.sourceIds);
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.fadeAfter !== null) params.set('fade', String(state.fadeAfter));
  if (state.path) params.set('path', `${state.path.from},${state.path.to}`);
  if (state.pathChain !== null) params.set('chain', String(state.pathChain));
  list('avoid', state.pathAvoid);
  list('avoidTypes', state.pathAvoidTypes);
  if (state.analysis) params.set('analysis', state.analysis);
  if (state.layout !== 'fcose') params.set('layout', state.layout);
  if (state.edgeWidth !== 'evidence') params.set('width', state.edgeWidth);
  return params.toString();
}

export function parseViewState(query: string): ViewState {
  const params = new URLSearchParams(query);
  const state = createViewState();
  const one = (key: string, pattern: RegExp) => {
    const value = params.get(key)?.trim();
    return value && pattern.test(value) ? value : null;
  };
  const list = (key: string, pattern: RegExp) =>
    unique(
      (params.get(key) ?? '')
        .split(',')
        .map((value) => value.trim())
        .filter((value) => pattern.test(value)),
    );

  if (params.get('view') === 'empty') state.base = 'empty';
  state.focus = one('focus', ID);
  state.relation = one('relation', ID);
  state.expanded = list('expand', ID);
  state.pinned = list('pin', ID);
  state.hidden = list('hide', ID);
  state.locked = list('lock', ID);
  state.types = list('types', TOKEN);
  state.polarity = list('polarity', TOKEN);
  state.statuses = list('status', TOKEN);
  const confidence = Number(params.get('minConfidence'));
  if (params.has('minConfidence') && Number.isFinite(confidence) && confidence >= 0 && confidence <= 1)
    state.minConfidence = confidence;
  state.sourceIds = list('sources', ID);
  state.asOf = normaliseDay(params.get('asOf'));
  const fade = Number(params.get('fade'));
  if (params.has('fade') && Number.isInteger(fade) && fade >= 0 && fade <= 1200) state.fadeAfter = fade;
  const [from, to, ...rest] = (params.get('path') ?? '').split(',');
  if (from && to && rest.length === 0 && ID.test(from) && ID.test(to) && from !== to) state.path = { from, to };
  const chain = Number(params.get('chain'));
  if (params.has('chain') && Number.isInteger(chain) && chain >= 0) state.pathChain = chain;
  state.pathAvoid = list('avoid', ID);
  state.pathAvoidTypes = list('avoidTypes', TOKEN);
  state.analysis = one('analysis', ANALYSIS);
  const layout = params.get('layout');
  if ((LAYOUT_NAMES as readonly string[]).includes(layout ?? '')) state.layout = layout as LayoutName;
  const width = params.get('width');
  if ((EDGE_WIDTH_MODES as readonly string[]).includes(width ?? '')) state.edgeWidth = width as EdgeWidthMode;
  return state;
}

/**
 * A link may say `asOf=2019` or `asOf=2019-06` as the API does; the view works in days, so a
 * partial date becomes the first day of its period (the API would ask about every day of it).
 */
export function normaliseDay(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text || !PARTIAL_DATE.test(text)) return null;
  const [year, month = '01', day = '01'] = text.split('-');
  const candidate = `${year}-${month}-${day}`;
  if (!DAY.test(candidate)) return null;
  const parsed = new Date(`${candidate}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== candidate ? null : candidate;
}

/**
 * Which changes recompose the view from the API's answers, and which only redraw what is loaded
 * (the date, the layout, the focus of something already drawn).
 */
export function needsReload(before: ViewState, after: ViewState): boolean {
  const keys: (keyof ViewState)[] = [
    'base',
    'expanded',
    'pinned',
    'hidden',
    'types',
    'polarity',
    'statuses',
    'minConfidence',
    'sourceIds',
    'path',
    'pathAvoid',
    'pathAvoidTypes',
  ];
  // A path is searched as of the slider's date, so moving the date moves the path.
  if (after.path && before.asOf !== after.asOf) return true;
  return keys.some((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
