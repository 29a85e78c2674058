import { loadAnalysis } from '../api/load-analysis.ts';
import { loadRelationEnds } from '../api/load-relation-ends.ts';
import { loadView, type Request } from '../api/load-view.ts';
import { analysisInputsChanged } from '../graph/analysis-params.ts';
import { composeGraph } from '../graph/compose-view.ts';
import { createViewModel, isInView, type ViewModel } from '../graph/view-model.ts';
import { dropIds, withPinned, without } from '../graph/view-state-edits.ts';
import { needsReload, type ViewState } from '../graph/view-state.ts';
import { computeVisibility } from '../graph/visibility.ts';
import type { GraphView } from '../view/graph-view.ts';
import type { DrawOutcome, ExplorerCommands, UpdateOptions } from './commands.ts';
import { linkTo, writeUrl } from './url-history.ts';

/**
 * Each actor drawn from a Cypher result is one request and one node; past a few hundred the
 * picture says less than the table does.
 */
export const DRAW_LIMIT = 200;

/**
 * The orchestrator: holds the view state, asks the API for what it describes, publishes the
 * view model to the panels and hands it to the drawing. Everything it decides is a function of
 * the state, which is mirrored in the URL, so a link reopens the same view.
 */
export class Explorer implements ExplorerCommands {
  private current: ViewModel;
  private generation = 0;
  private analysisGeneration = 0;
  private listeners: ((model: ViewModel) => void)[] = [];
  private pendingCentre = false;
  private pendingPathFit = false;

  constructor(
    private readonly view: GraphView,
    private readonly request: Request,
    initial: ViewState,
  ) {
    this.current = createViewModel(initial);
  }

  get model(): ViewModel {
    return this.current;
  }

  subscribe(listener: (model: ViewModel) => void): void {
    this.listeners.push(listener);
  }

  link(): string {
    return linkTo(this.current.state);
  }

  async start(): Promise<void> {
    const { state } = this.current;
    this.pendingCentre = Boolean(state.focus || state.relation);
    this.pendingPathFit = Boolean(state.path);
    await this.reload();
    await this.refreshAnalysis();
  }

  update(patch: Partial<ViewState>, options: UpdateOptions = {}): void {
    const before = this.current.state;
    this.setModel({ state: { ...before, ...patch } });
    const state = this.current.state;
    writeUrl(state, options.history ?? 'replace');
    if (options.centre) this.pendingCentre = true;
    const missingSelection = [state.focus, state.relation].some((id) => id && !isInView(this.current, id));
    if (needsReload(before, state) || missingSelection) {
      void this.reload();
    } else {
      if (before.edgeWidth !== state.edgeWidth) this.view.setEdgeWidth(state.edgeWidth);
      this.view.show(this.current);
      if (before.layout !== state.layout) void this.relayout();
      else if (this.pendingCentre) this.centreOnSelection();
      this.notify();
    }
    if (analysisInputsChanged(before, state)) void this.refreshAnalysis();
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
    this.update({ relation: id }, { centre: !isInView(this.current, id) });
  }

  clearSelection(): void {
    this.setModel({ highlight: null });
    this.update({ focus: null, relation: null });
  }

  bringIn(id: string): void {
    const { expanded, hidden } = this.current.state;
    this.update(
      {
        expanded: expanded.includes(id) ? expanded : [...expanded, id],
        hidden: without(hidden, id),
        focus: id,
        relation: null,
      },
      { history: 'push', centre: true },
    );
  }

  expand(id: string): void {
    const { expanded, hidden } = this.current.state;
    if (expanded.includes(id)) return;
    this.update({ expanded: [...expanded, id], hidden: without(hidden, id), focus: id }, { history: 'push' });
  }

  collapse(id: string): void {
    const { expanded, pinned } = this.current.state;
    this.update(
      { expanded: without(expanded, id), pinned: pinned.includes(id) ? pinned : [...pinned, id] },
      { history: 'push' },
    );
  }

  hide(id: string): void {
    // Expansions and pins stay, so that "Show hidden" undoes the hide exactly.
    const patch: Partial<ViewState> = { hidden: [...without(this.current.state.hidden, id), id] };
    if (this.current.state.focus === id) patch.focus = null;
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

  async drawOnGraph(actorIds: readonly string[], relationIds: readonly string[]): Promise<DrawOutcome> {
    const ends = await loadRelationEnds(relationIds, this.request);
    const ids = [...new Set([...actorIds, ...ends])];
    const drawn = ids.slice(0, DRAW_LIMIT);
    if (drawn.length > 0) {
      // Set first, so that the drawing of the reloaded view already shows it.
      this.setModel({ highlight: { actorIds: new Set(drawn), relationIds: new Set(relationIds) } });
      this.update(withPinned(this.current.state, drawn), { history: 'push' });
    }
    return { drawn: drawn.length, leftOut: ids.length - drawn.length };
  }

  async relayout(): Promise<void> {
    const { state } = this.current;
    this.setBusy(true);
    await this.view.relayout(state.layout, state.focus ?? state.path?.from ?? null);
    this.setBusy(false);
    this.centreOnSelection();
  }

  fit(): void {
    this.view.fit();
  }

  zoomBy(factor: number): void {
    this.view.zoomBy(factor);
  }

  exportPng(): Blob {
    return this.view.exportPng();
  }

  // ---- loading -------------------------------------------------------------------------------

  private async reload(): Promise<void> {
    const generation = ++this.generation;
    this.setBusy(true);
    try {
      const loaded = await loadView(this.current.state, this.request);
      if (generation !== this.generation) return;
      let state = this.current.state;
      if (loaded.missing.length > 0) {
        // A stale link: drop what the graph no longer has, say so, and draw the rest.
        state = dropIds(state, loaded.missing);
        writeUrl(state, 'replace');
        loaded.notices.push(`Not in the graph (any more): ${loaded.missing.join(', ')}; left out.`);
      }
      this.setModel({
        state,
        ...composeGraph(loaded.parts, state.hidden),
        paths: loaded.paths,
        notices: loaded.notices,
        overviewTotal: loaded.overviewTotal,
        error: null,
      });
      const changes = this.view.draw(this.current);
      this.notify();
      await this.view.layOutNew(changes, state.layout, state.focus);
      if (generation !== this.generation) return;
      this.centreOnSelection();
      if (this.pendingPathFit && this.current.paths) {
        this.pendingPathFit = false;
        this.view.fitPaths();
      }
    } catch (error) {
      if (generation !== this.generation) return;
      this.setModel({ error: `Could not load the view: ${(error as Error).message}` });
    } finally {
      if (generation === this.generation) this.setBusy(false);
    }
  }

  private async refreshAnalysis(): Promise<void> {
    const generation = ++this.analysisGeneration;
    const name = this.current.state.analysis;
    try {
      const analysis = await loadAnalysis(this.current.state, this.request);
      if (generation !== this.analysisGeneration) return;
      this.setModel({ analysis, analysisError: null });
    } catch (error) {
      if (generation !== this.analysisGeneration) return;
      this.setModel({ analysis: null, analysisError: `The ${name} analysis failed: ${(error as Error).message}` });
    }
    this.view.show(this.current);
    this.notify();
  }

  // ---- publishing ----------------------------------------------------------------------------

  /** The next model; what holds as of the date is worked out again when the date or the relations changed. */
  private setModel(patch: Partial<ViewModel>): void {
    const next: ViewModel = { ...this.current, ...patch };
    const stale =
      patch.relations !== undefined ||
      next.state.asOf !== this.current.visibility.asOf ||
      next.state.fadeAfter !== this.current.visibility.fadeAfterMonths;
    this.current = stale
      ? { ...next, visibility: computeVisibility(next.relations, next.state.asOf, next.state.fadeAfter) }
      : next;
  }

  private setBusy(busy: boolean): void {
    this.setModel({ busy });
    this.view.setBusy(busy);
    this.notify();
  }

  private centreOnSelection(): void {
    if (!this.pendingCentre) return;
    const id = this.current.state.relation ?? this.current.state.focus;
    if (id && this.view.centreOn(id)) this.pendingCentre = false;
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.current);
  }
}
