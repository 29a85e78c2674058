import type { Core, EdgeSingular, LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../graph/view-state.ts';

/** Above this many actors, layouts trade a little polish for time. */
const LARGE_GRAPH = 400;

/** The closest a layout zooms in when it fits the graph to the window. */
export const MAX_FIT_ZOOM = 1.3;

export interface LayoutRequest {
  /** Keep the current positions as the starting point (after an expansion), instead of starting over. */
  incremental: boolean;
  /** The actor a tree layout grows from. */
  root: string | null;
  /** Animate, so the eye can follow where nodes went; off for large graphs and first draws. */
  animate: boolean;
}

/**
 * Options per layout. fCoSE is the default: fast enough for a few thousand elements and it
 * separates clusters well, which is what an analyst reads first.
 */
function optionsFor(name: LayoutName, request: LayoutRequest, cy: Core): LayoutOptions {
  const common = { animate: request.animate, animationDuration: 400, fit: true, padding: 40 };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        // 'default' quality runs the spectral step too; 'proof' is slower for little gain here.
        quality: 'default',
        // Starting over scatters nodes; after an expansion the known nodes keep their places.
        randomize: !request.incremental,
        // Labels are most of what is read: the layout counts them as part of each node, so
        // they do not land on each other.
        // (Not on large graphs: fitted to the window, their labels are too small to collide.)
        nodeDimensionsIncludeLabels: cy.nodes().length <= LARGE_GRAPH,
        // Edges between busy actors get longer, and longer still for each parallel relation
        // (six claims between two states), so their labels have room side by side. Otherwise
        // short: a compact layout is drawn at a zoom where labels can be read.
        idealEdgeLength: (edge: EdgeSingular) =>
          40 +
          9 * Math.sqrt(edge.source().degree(false) + edge.target().degree(false)) +
          14 * (edge.parallelEdges().length - 1),
        nodeRepulsion: () => 4500,
        nodeSeparation: 45,
        edgeElasticity: () => 0.35,
        // Disconnected pieces (an actor found by search, alone) are packed beside the rest.
        packComponents: true,
        // Fewer iterations on large graphs: the last ones refine little and cost the most there.
        numIter: cy.nodes().length > LARGE_GRAPH ? 1000 : 2500,
        // Deterministic tiling of components; no effect on positions within one.
        tile: true,
        // Actors pinned in place (workbench/pins.ts) stay put, and the layout arranges the rest
        // around them instead of on top of them.
        ...pinnedInPlace(cy),
      } as LayoutOptions;
    case 'cose':
      return {
        name: 'cose',
        ...common,
        randomize: !request.incremental,
        idealEdgeLength: () => 140,
        nodeRepulsion: () => 400000,
        nodeOverlap: 20,
        componentSpacing: 80,
      } as LayoutOptions;
    case 'concentric':
      // Hubs in the middle ring: who the most relations go through.
      return {
        name: 'concentric',
        ...common,
        concentric: (node: { degree(loops: boolean): number }) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 40,
      } as LayoutOptions;
    case 'breadthfirst': {
      const root = request.root && cy.getElementById(request.root).nonempty() ? `#${request.root}` : undefined;
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.3,
        ...(root ? { roots: root } : {}),
      } as LayoutOptions;
    }
    case 'circle':
      return { name: 'circle', ...common, spacingFactor: 1.2 } as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, avoidOverlapPadding: 30, condense: false } as LayoutOptions;
  }
}

/** fCoSE's constraint for locked nodes: none when nothing is locked. */
function pinnedInPlace(cy: Core): { fixedNodeConstraint?: { nodeId: string; position: { x: number; y: number } }[] } {
  const locked = cy.nodes(':locked');
  return locked.empty()
    ? {}
    : { fixedNodeConstraint: locked.map((node) => ({ nodeId: node.id(), position: { ...node.position() } })) };
}

/** Runs a layout over everything loaded (including relations the slider hides, so replay never moves nodes). */
export function runLayout(cy: Core, name: LayoutName, request: LayoutRequest): Promise<void> {
  if (cy.elements().empty()) return Promise.resolve();
  const layout = cy.elements().layout(optionsFor(name, request, cy));
  const done = new Promise<void>((resolve) =>
    layout.one('layoutstop', () => {
      // Fitting two actors fills the window with two giant shapes; a small graph sits at
      // a natural size in the middle instead.
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center();
      }
      resolve();
    }),
  );
  layout.run();
  return done;
}
