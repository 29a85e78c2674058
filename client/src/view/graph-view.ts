import type { Core, ElementDefinition } from 'cytoscape';
import type { Camera } from '../graph/camera-param.ts';
import type { LegendSwatch } from '../graph/picture-caption.ts';
import type { ViewModel } from '../graph/view-model.ts';
import type { EdgeWidthMode, LayoutName } from '../graph/view-state.ts';
import { applyElements, type ElementChanges } from './apply-elements.ts';
import { applyPairs } from './apply-pairs.ts';
import { applyVisibility } from './apply-visibility.ts';
import { createGraph, LABELS_RESIZED } from './create-graph.ts';
import { createDecorator } from './decorate.ts';
import { exportPicture } from './export-picture.ts';
import { restyle } from './label-scale.ts';
import { runLayout } from './layouts.ts';
import { placeGraphLabels } from './place-labels.ts';
import { placeNewNodes } from './place-new-nodes.ts';

/** Above this many elements, layouts jump instead of animating: the animation would stutter. */
const ANIMATE_LIMIT = 400;
const MOVE_MS = 300;
const FIT_PADDING = 40;

/**
 * The drawing, and the only holder of the Cytoscape instance: it draws the view model it is
 * given and offers the few things the panels may ask of a picture (fit, zoom, centre, PNG). It
 * decides nothing about what is shown; the explorer does.
 */
export class GraphView {
  private firstDraw = true;
  private readonly decorate: (model: ViewModel) => void;
  /** Pairs of actors the analyst opened into their relations (ids of combined edges). */
  private readonly openedPairs = new Set<string>();
  private lastModel: ViewModel | null = null;
  private labelFrame = 0;

  private constructor(private readonly cy: Core) {
    this.decorate = createDecorator(cy);
    cy.on(LABELS_RESIZED, () => this.scheduleLabels());
  }

  static create(container: HTMLElement, widthMode: EdgeWidthMode): GraphView {
    return new GraphView(createGraph(container, widthMode));
  }

  /** The drawing's element, for mouse and keyboard wiring (view/graph-interactions.ts). */
  get core(): Core {
    return this.cy;
  }

  /** Brings the drawing in line with the model's actors and relations, keeping kept nodes in place. */
  draw(model: ViewModel): ElementChanges {
    const changes = applyElements(this.cy, toElementDefinitions(model));
    // Marks for npm run bench (the browser.* figures): the first graph on screen, then laid out (see layOutNew).
    if (this.firstDraw && this.cy.nodes().nonempty()) performance.mark('actorgraph:drawn');
    this.show(model);
    return changes;
  }

  /** What follows from the model without new elements: the date, the focus, the paths, the overlay. */
  show(model: ViewModel): void {
    this.lastModel = model;
    applyVisibility(this.cy, model.visibility);
    applyPairs(this.cy, model, this.openedPairs);
    this.decorate(model);
    this.scheduleLabels();
  }

  /** Opens a combined edge into the relations it stands for. */
  openPair(id: string): void {
    this.openedPairs.add(id);
    if (this.lastModel) this.show(this.lastModel);
  }

  /** Folds every opened pair back into its combined edge. */
  foldPairs(): void {
    if (this.openedPairs.size === 0) return;
    this.openedPairs.clear();
    if (this.lastModel) this.show(this.lastModel);
  }

  /**
   * Works out which labels to draw on the next frame, once whatever changed them has settled.
   * The container says `data-labels="pending"` meanwhile, so tests can wait for it.
   */
  scheduleLabels(): void {
    this.cy.container()?.setAttribute('data-labels', 'pending');
    cancelAnimationFrame(this.labelFrame);
    this.labelFrame = requestAnimationFrame(() => {
      try {
        placeGraphLabels(this.cy);
      } finally {
        // A label size rebuild still waiting for the zoom to settle (label-scale.ts) will place
        // the labels again when it runs: until then they are not final.
        if (this.cy.scratch('labelRestylePending') !== true) this.cy.container()?.removeAttribute('data-labels');
      }
    });
  }

  /**
   * Lays out after a draw: everything on the first draw or when all nodes are new (a different
   * view), only around the new nodes after an expansion, nothing when none came in.
   */
  async layOutNew(changes: ElementChanges, layout: LayoutName, root: string | null): Promise<void> {
    const first = this.firstDraw && this.cy.nodes().nonempty();
    if (this.firstDraw || this.cy.nodes().length === changes.addedNodes.length) {
      if (this.cy.nodes().nonempty()) this.firstDraw = false;
      // Distinct starting points: a layout measuring edges between nodes that all sit at the
      // origin warns about edges it cannot draw.
      placeNewNodes(this.cy, changes.addedNodes);
      await runLayout(this.cy, layout, { incremental: false, root, animate: false });
    } else if (changes.addedNodes.length > 0) {
      placeNewNodes(this.cy, changes.addedNodes);
      await runLayout(this.cy, layout, { incremental: true, root, animate: this.animates() });
    }
    if (first) requestAnimationFrame(() => performance.mark('actorgraph:laid-out'));
    this.scheduleLabels();
  }

  /** Runs the layout again from scratch. */
  async relayout(layout: LayoutName, root: string | null): Promise<void> {
    await runLayout(this.cy, layout, { incremental: false, root, animate: this.animates() });
    this.scheduleLabels();
  }

  setEdgeWidth(mode: EdgeWidthMode): void {
    this.cy.scratch('edgeWidth', mode);
    restyle(this.cy, mode);
  }

  /** Centres on an actor or relation if it is drawn; false when it is not (yet). */
  centreOn(id: string): boolean {
    const target = this.cy.getElementById(id);
    if (target.empty()) return false;
    const zoom = Math.min(Math.max(this.cy.zoom(), 0.9), 1.6);
    this.cy.stop();
    this.cy.animate({ center: { eles: target }, zoom }, { duration: MOVE_MS });
    return true;
  }

  /** Brings the highlighted paths into view whole, wherever their actors were placed. */
  fitPaths(): void {
    const onPath = this.cy.elements('.on-path');
    if (onPath.empty()) return;
    this.cy.stop();
    this.cy.animate({ fit: { eles: onPath, padding: 70 } }, { duration: MOVE_MS });
  }

  /** Fits what is visible (not what the date hides) to the window. */
  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements(':visible'), padding: FIT_PADDING } }, { duration: 250 });
  }

  /** Zooms around the middle of the window. */
  zoomBy(factor: number): void {
    this.cy.zoom({
      level: this.cy.zoom() * factor,
      renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 },
    });
  }

  /** The picture of the whole graph, at twice the screen resolution. */
  exportPng(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob;
  }

  /** The picture with its legend and caption, without the selection's dimming. */
  exportPicture(caption: readonly string[], legend: readonly LegendSwatch[]): Promise<Blob> {
    return exportPicture(this.cy, caption, legend);
  }

  /** Where the drawing looks now. */
  camera(): Camera {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  /** Looks where a shared link looked (after the layout, which fits the graph to the window). */
  setCamera(camera: Camera): void {
    this.cy.stop();
    this.cy.viewport({ zoom: camera.zoom, pan: camera.pan });
  }

  /** Measures the container again (after a hidden tab is shown). */
  resize(): void {
    this.cy.resize();
  }

  setBusy(busy: boolean): void {
    this.cy.container()?.setAttribute('aria-busy', String(busy));
  }

  private animates(): boolean {
    return this.cy.elements().length < ANIMATE_LIMIT;
  }
}

/** The model's typed actors and relations as Cytoscape elements (data copied, never shared). */
export function toElementDefinitions(model: Pick<ViewModel, 'actors' | 'relations'>): ElementDefinition[] {
  return [
    ...model.actors.map((actor): ElementDefinition => ({ group: 'nodes', data: { ...actor } })),
    ...model.relations.map((relation): ElementDefinition => ({ group: 'edges', data: { ...relation } })),
  ];
}
