import type { Core, ElementDefinition } from 'cytoscape';
import type { ViewModel } from '../graph/view-model.ts';
import type { EdgeWidthMode, LayoutName } from '../graph/view-state.ts';
import { applyElements, type ElementChanges } from './apply-elements.ts';
import { applyVisibility } from './apply-visibility.ts';
import { createGraph } from './create-graph.ts';
import { createDecorator } from './decorate.ts';
import { restyle } from './label-scale.ts';
import { runLayout } from './layouts.ts';
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

  private constructor(private readonly cy: Core) {
    this.decorate = createDecorator(cy);
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
    // Marks for npm run bench:client: the first graph on screen, then laid out (see layOutNew).
    if (this.firstDraw && this.cy.nodes().nonempty()) performance.mark('actorgraph:drawn');
    this.show(model);
    return changes;
  }

  /** What follows from the model without new elements: the date, the focus, the paths, the overlay. */
  show(model: ViewModel): void {
    applyVisibility(this.cy, model.visibility);
    this.decorate(model);
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
  }

  /** Runs the layout again from scratch. */
  relayout(layout: LayoutName, root: string | null): Promise<void> {
    return runLayout(this.cy, layout, { incremental: false, root, animate: this.animates() });
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
