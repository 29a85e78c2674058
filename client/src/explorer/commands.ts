import type { ViewModel } from '../graph/view-model.ts';
import type { ViewState } from '../graph/view-state.ts';

export interface UpdateOptions {
  /** push: a step the Back button should undo (expand, hide, path); replace: a tweak (filters, date). */
  history?: 'push' | 'replace' | 'none';
  /** Centre the view on the focused actor once it is drawn (after a search, or a link). */
  centre?: boolean;
}

export interface DrawOutcome {
  drawn: number;
  leftOut: number;
}

/**
 * All that a panel gets: the read-only view model, a way to hear of the next one, and the
 * commands. Panels never see the drawing; what they ask of it (fit, zoom, a PNG) is a command.
 */
export interface ExplorerCommands {
  readonly model: ViewModel;
  subscribe(listener: (model: ViewModel) => void): void;
  /** The link that reopens this view. */
  link(): string;

  update(patch: Partial<ViewState>, options?: UpdateOptions): void;
  focusActor(id: string, options?: { centre?: boolean }): void;
  selectRelation(id: string): void;
  clearSelection(): void;
  /** A search result: show it with its neighbours, centred and highlighted. */
  bringIn(id: string): void;
  expand(id: string): void;
  /** Undoes an expansion; the actor itself stays (pinned), neighbours nothing else brought go. */
  collapse(id: string): void;
  hide(id: string): void;
  showHidden(): void;
  setPath(from: string, to: string): void;
  clearPath(): void;
  clearView(): void;
  showOverview(): void;
  /**
   * Draws actors and relations from elsewhere (a Cypher result): the actors, and both ends of
   * each relation, are pinned into the view with what is there (one step for Back). At most
   * DRAW_LIMIT actors come in; the answer says how many did and how many were left out.
   */
  drawOnGraph(actorIds: readonly string[], relationIds: readonly string[]): Promise<DrawOutcome>;

  relayout(): Promise<void>;
  fit(): void;
  zoomBy(factor: number): void;
  exportPng(): Blob;
}
