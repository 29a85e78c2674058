import type { Core, NodeSingular } from 'cytoscape';
import type { Request } from './api/load-view.ts';
import { loadView } from './api/load-view.ts';
import type { AnalysisOverlayPayload, PathPayload } from './api/payloads.ts';
import { ANALYSIS_OVERLAY } from './api/queries.ts';
import { applyElements } from './graph/apply-elements.ts';
import { composeView } from './graph/compose-view.ts';
import { applyAsOf, toDatedFilter, type AsOfCounts } from './graph/filters.ts';
import { toOverlayLayer, type OverlayLayer } from './graph/overlay.ts';
import { collectPathElements } from './graph/paths.ts';
import { needsReload, serialiseViewState, type ViewState } from './graph/view-state.ts';
import { runLayout } from './view/layouts.ts';
import { placeNewNodes } from './view/place-new-nodes.ts';
import { restyle } from './view/label-scale.ts';

/** Overlay labels up to this length are drawn under the actor's name. */
const SHORT_OVERLAY_LABEL = 14;

/** Above this many elements, layouts jump instead of animating: the animation would stutter. */
const ANIMATE_LIMIT = 400;

export interface UpdateOptions {
  /** push: a step the Back button should undo (expand, hide, path); replace: a tweak (filters, date). */
  history?: 'push' | 'replace' | 'none';
  /** Centre the view on the focused actor once it is drawn (after a search, or a link). */
  centre?: boolean;
}

export interface AnalysisResult {
  payload: AnalysisOverlayPayload;
  layer: OverlayLayer;
}

/**
 * The orchestrator: holds the view state, asks the API for what it describes, brings the graph
 * in line, and tells the panels. Everything it decides is a function of the state, which is
 * mirrored in the URL, so a link reopens the same view.
 */
export class Explorer {
  state: ViewState;
  paths: PathPayload[] | null = null;
  analysis: AnalysisResult | null = null;
  analysisError: string | null = null;
  notices: string[] = [];
  overviewTotal: number | null = null;
  asOfCounts: AsOfCounts = { active: 0, inactive: 0 };
  busy = false;
  error: string | null = null;

  private generation = 0;
  private analysisGeneration = 0;
  private listeners: ((explorer: Explorer) => void)[] = [];
  private pendingCentre = false;
  private pendingPathFit = false;
  private drawnLayer: OverlayLayer | null = null;
  private drawnLayerNodes = 0;
  private firstDraw = true;

  constructor(
    readonly cy: Core,
    private readonly request: Request,
    initial: ViewState,
  ) {
    this.state = initial;
  }

  subscribe(listener: (explorer: Explorer) => void): void {
    this.listeners.push(listener);
  }

  /** The link that reopens this view. */
  link(): string {
    const query = serialiseViewState(this.state);
    return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
  }

  async start(): Promise<void> {
    this.pendingCentre = Boolean(this.state.focus || this.state.relation);
    this.pendingPathFit = Boolean(this.state.path);
    await this.reload();
    await this.refreshAnalysis();
  }

  update(patch: Partial<ViewState>, options: UpdateOptions = {}): void {
    const before = this.state;
    this.state = { ...before, ...patch };
    this.writeUrl(options.history ?? 'replace');
    if (options.centre) this.pendingCentre = true;
    const missingSelection = [this.state.focus, this.state.relation].some(
      (id) => id && this.cy.getElementById(id).empty(),
    );
    if (needsReload(before, this.state) || missingSelection) {
      void this.reload();
    } else {
      if (before.edgeWidth !== this.state.edgeWidth) {
        this.cy.scratch('edgeWidth', this.state.edgeWidth);
        restyle(this.cy, this.state.edgeWidth);
      }
      if (before.asOf !== this.state.asOf) this.asOfCounts = applyAsOf(this.cy, this.state.asOf);
      this.decorate();
      if (before.layout !== this.state.layout) void this.relayout();
      else if (this.pendingCentre) this.centreOnSelection();
      this.notify();
    }
    if (analysisInputsChanged(before, this.state)) void this.refreshAnalysis();
  }

  /** Restores a state wholesale (the Back button, a pasted link). */
  restore(state: ViewState): void {
    this.pendingPathFit = Boolean(state.path);
    this.update(state, { history: 'none', centre: true });
  }

  // ---- commands the panels call --------------------------------------------------------------

  focusActor(id: string, options: { centre?: boolean } = {}): void {
    this.update({ focus: id, relation: null }, { centre: options.centre ?? false });
  }

  selectRelation(id: string): void {
    this.update({ relation: id }, { centre: this.cy.getElementById(id).empty() });
  }

  clearSelection(): void {
    this.update({ focus: null, relation: null });
  }

  /** A search result: show it with its neighbours, centred and highlighted. */
  bringIn(id: string): void {
    const expanded = this.state.expanded.includes(id) ? this.state.expanded : [...this.state.expanded, id];
    this.update(
      { expanded, hidden: without(this.state.hidden, id), focus: id, relation: null },
      { history: 'push', centre: true },
    );
  }

  expand(id: string): void {
    if (this.state.expanded.includes(id)) return;
    this.update(
      { expanded: [...this.state.expanded, id], hidden: without(this.state.hidden, id), focus: id },
      { history: 'push' },
    );
  }

  /** Undoes an expansion; the actor itself stays (pinned), neighbours nothing else brought go. */
  collapse(id: string): void {
    const pinned = this.state.pinned.includes(id) ? this.state.pinned : [...this.state.pinned, id];
    this.update({ expanded: without(this.state.expanded, id), pinned }, { history: 'push' });
  }

  hide(id: string): void {
    // Expansions and pins stay, so that "Show hidden" undoes the hide exactly.
    const patch: Partial<ViewState> = { hidden: [...without(this.state.hidden, id), id] };
    if (this.state.focus === id) patch.focus = null;
    this.update(patch, { history: 'push' });
  }

  showHidden(): void {
    this.update({ hidden: [] }, { history: 'push' });
  }

  setPath(from: string, to: string): void {
    this.pendingPathFit = true;
    this.update({ path: { from, to }, relation: null, focus: null }, { history: 'push' });
  }

  clearPath(): void {
    this.update({ path: null }, { history: 'push' });
  }

  clearView(): void {
    this.update(
      { base: 'empty', expanded: [], pinned: [], hidden: [], focus: null, relation: null, path: null },
      { history: 'push' },
    );
  }

  showOverview(): void {
    this.update({ base: 'overview' }, { history: 'push' });
  }

  async relayout(): Promise<void> {
    this.setBusy(true);
    await runLayout(this.cy, this.state.layout, {
      incremental: false,
      root: this.state.focus ?? this.state.path?.from ?? null,
      animate: this.cy.elements().length < ANIMATE_LIMIT,
    });
    this.setBusy(false);
    this.centreOnSelection();
  }

  // ---- loading and drawing -------------------------------------------------------------------

  private async reload(): Promise<void> {
    const generation = ++this.generation;
    this.setBusy(true);
    try {
      const loaded = await loadView(this.state, this.request);
      if (generation !== this.generation) return;
      if (loaded.missing.length > 0) {
        // A stale link: drop what the graph no longer has, say so, and draw the rest.
        this.state = dropIds(this.state, loaded.missing);
        this.writeUrl('replace');
        loaded.notices.push(`Not in the graph (any more): ${loaded.missing.join(', ')}; left out.`);
      }
      this.notices = loaded.notices;
      this.paths = loaded.paths;
      this.overviewTotal = loaded.overviewTotal;
      this.error = null;
      const changes = applyElements(this.cy, composeView(loaded.parts, this.state.hidden));
      const first = this.firstDraw && this.cy.nodes().nonempty();
      if (first) performance.mark('actorgraph:drawn');
      this.asOfCounts = applyAsOf(this.cy, this.state.asOf);
      this.decorate();
      this.notify();
      if (this.firstDraw || this.cy.nodes().length === changes.addedNodes.length) {
        if (this.cy.nodes().nonempty()) this.firstDraw = false;
        // Distinct starting points: a layout measuring edges between nodes that all sit at the
        // origin warns about edges it cannot draw.
        placeNewNodes(this.cy, changes.addedNodes);
        await runLayout(this.cy, this.state.layout, { incremental: false, root: this.state.focus, animate: false });
      } else if (changes.addedNodes.length > 0) {
        placeNewNodes(this.cy, changes.addedNodes);
        await runLayout(this.cy, this.state.layout, {
          incremental: true,
          root: this.state.focus,
          animate: this.cy.elements().length < ANIMATE_LIMIT,
        });
      }
      // Marks for npm run bench:client: the first laid-out graph on screen.
      if (first) requestAnimationFrame(() => performance.mark('actorgraph:laid-out'));
      if (generation !== this.generation) return;
      this.centreOnSelection();
      this.fitToPath();
    } catch (error) {
      if (generation !== this.generation) return;
      this.error = `Could not load the view: ${(error as Error).message}`;
    } finally {
      if (generation === this.generation) {
        this.setBusy(false);
        this.notify();
      }
    }
  }

  private async refreshAnalysis(): Promise<void> {
    const generation = ++this.analysisGeneration;
    const name = this.state.analysis;
    if (!name) {
      this.analysis = null;
      this.analysisError = null;
      this.decorate();
      this.notify();
      return;
    }
    try {
      const payload = (
        await this.request<{ analysisOverlay: AnalysisOverlayPayload }>(ANALYSIS_OVERLAY, {
          name,
          params: toAnalysisParams(this.state),
        })
      ).analysisOverlay;
      if (generation !== this.analysisGeneration) return;
      this.analysis = { payload, layer: toOverlayLayer(payload) };
      this.analysisError = null;
    } catch (error) {
      if (generation !== this.analysisGeneration) return;
      this.analysis = null;
      this.analysisError = `The ${name} analysis failed: ${(error as Error).message}`;
    }
    this.decorate();
    this.notify();
  }

  /** Classes and overlay data that follow from the state: focus, path, analysis. */
  private decorate(): void {
    const cy = this.cy;
    const { focus, relation } = this.state;
    const path = this.paths ? collectPathElements(this.paths) : null;
    const layer = this.analysis?.layer ?? null;
    cy.batch(() => {
      cy.elements().removeClass('focus faded muted on-path overlay-relation');
      if (focus) cy.getElementById(focus).addClass('focus');
      if (relation) cy.getElementById(relation).addClass('focus');
      if (path && path.relationIds.size > 0) {
        cy.nodes().forEach((node) => void node.addClass(path.actorIds.has(node.id()) ? 'on-path' : 'faded'));
        cy.edges().forEach((edge) => void edge.addClass(path.relationIds.has(edge.id()) ? 'on-path' : 'faded'));
      } else if (focus && cy.getElementById(focus).nonempty()) {
        // The focused actor's world stands out; the rest steps back but stays readable.
        const near = cy.getElementById(focus).closedNeighborhood();
        cy.elements().difference(near).addClass('muted');
      }
      // Overlay data is set only when the overlay changed: setting data restyles every node.
      if (this.drawnLayer !== layer || this.drawnLayerNodes !== cy.nodes().length) {
        this.drawnLayer = layer;
        this.drawnLayerNodes = cy.nodes().length;
        cy.nodes().forEach((node: NodeSingular) => {
          const overlay = layer?.actors.get(node.id());
          node.removeData('overlaySize overlayColour overlayLabel overlayCaption');
          // Under a colouring by group, an actor the analysis did not place is grey, not its kind colour.
          node.toggleClass('unscored', Boolean(layer && layer.groups.length > 0 && !overlay?.colour));
          // Only values that exist are set: the style tells "has a group colour" by presence.
          if (overlay?.size !== null && overlay?.size !== undefined) node.data('overlaySize', overlay.size);
          if (overlay?.colour) node.data('overlayColour', overlay.colour);
          if (overlay?.label) node.data('overlayLabel', overlay.label);
          // A short label ("bloc-2") goes under the name; a long one ("PageRank 0.15, betweenness
          // 0.0") would bury the graph in text, so it stays in the analysis panel and the table.
          if (overlay?.label && overlay.label.length <= SHORT_OVERLAY_LABEL)
            node.data('overlayCaption', `${node.data('label')}\n${overlay.label}`);
        });
      }
      if (layer)
        cy.edges()
          .filter((edge) => layer.relationIds.has(edge.id()))
          .addClass('overlay-relation');
    });
  }

  /** A path just found is brought into view whole, wherever its actors were placed. */
  private fitToPath(): void {
    if (!this.pendingPathFit || !this.paths) return;
    this.pendingPathFit = false;
    const onPath = this.cy.elements('.on-path');
    if (onPath.empty()) return;
    this.cy.stop();
    this.cy.animate({ fit: { eles: onPath, padding: 70 } }, { duration: 300 });
  }

  private centreOnSelection(): void {
    if (!this.pendingCentre) return;
    const id = this.state.relation ?? this.state.focus;
    const target = id ? this.cy.getElementById(id) : null;
    if (!target || target.empty()) return;
    this.pendingCentre = false;
    const zoom = Math.min(Math.max(this.cy.zoom(), 0.9), 1.6);
    this.cy.stop();
    this.cy.animate({ center: { eles: target }, zoom }, { duration: 300 });
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    const container = this.cy.container();
    container?.setAttribute('aria-busy', String(busy));
    document.body.toggleAttribute('data-busy', busy);
  }

  private writeUrl(mode: 'push' | 'replace' | 'none'): void {
    if (mode === 'none') return;
    const query = serialiseViewState(this.state);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this);
  }
}

function without(values: readonly string[], id: string): string[] {
  return values.filter((value) => value !== id);
}

function dropIds(state: ViewState, ids: readonly string[]): ViewState {
  const gone = new Set(ids);
  const keep = (values: readonly string[]) => values.filter((value) => !gone.has(value));
  return {
    ...state,
    expanded: keep(state.expanded),
    pinned: keep(state.pinned),
    focus: state.focus && gone.has(state.focus) ? null : state.focus,
    relation: state.relation && gone.has(state.relation) ? null : state.relation,
    path: state.path && (gone.has(state.path.from) || gone.has(state.path.to)) ? null : state.path,
  };
}

/** The analysis parameters the view supplies: its filters and date, and for reach the focus or path ends. */
export function toAnalysisParams(state: ViewState): Record<string, unknown> {
  const filter = toDatedFilter(state);
  const params: Record<string, unknown> = {};
  if (filter.asOf) params['asOf'] = filter.asOf;
  if (filter.minConfidence !== undefined) params['minConfidence'] = filter.minConfidence;
  if (filter.types) params['types'] = filter.types;
  // Only reach reads the focus and the path ends; leaving them out elsewhere keeps the answer cached.
  if (state.analysis === 'reach' && state.focus) params['actorId'] = state.focus;
  if (state.analysis === 'reach' && state.path) {
    params['fromId'] = state.path.from;
    params['toId'] = state.path.to;
  }
  return params;
}

function analysisInputsChanged(before: ViewState, after: ViewState): boolean {
  if (before.analysis !== after.analysis) return true;
  if (!after.analysis) return false;
  return JSON.stringify(toAnalysisParams(before)) !== JSON.stringify(toAnalysisParams(after));
}
