import type { Core, EdgeSingular, LayoutOptions, NodeSingular } from 'cytoscape';
import { keepOffEdges, type Point } from '../graph/keep-off-edges.ts';
import { seededRandom, seedFrom } from '../graph/seeded-random.ts';
import { spreadOverlaps } from '../graph/spread-overlaps.ts';
import type { LayoutName } from '../graph/view-state.ts';

/** Above this many actors, layouts trade a little polish for time. */
const LARGE_GRAPH = 400;

/** Up to this many actors, a graph is laid out looser. */
const SMALL_GRAPH = 60;

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
  // A small graph fitted to the window would be drawn larger than life (see MAX_FIT_ZOOM): the
  // room is better spent between actors, where labels go.
  const small = cy.nodes().length <= SMALL_GRAPH;
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        // 'default' quality runs the spectral step and then refines it; on a large graph the
        // spectral step alone ('draft') already separates the clusters, and the refinement
        // that follows (see runLayout) is kept short.
        quality: cy.nodes().length > LARGE_GRAPH && !request.incremental ? 'draft' : 'default',
        // Starting over scatters nodes; after an expansion the known nodes keep their places.
        randomize: !request.incremental,
        // Labels are most of what is read: the layout counts them as part of each node, so
        // they do not land on each other.
        // (Not on large graphs: fitted to the window, their labels are too small to collide.)
        nodeDimensionsIncludeLabels: cy.nodes().length <= LARGE_GRAPH,
        // Edges between busy actors get longer, and longer still for each parallel relation
        // (six claims between two states), so their labels have room side by side. Otherwise
        // short: a compact layout is drawn at a zoom where labels can be read.
        // Parallel relations are drawn as one combined edge, but its label is long ("5
        // relations, net −"), so the pair still gets room for it.
        idealEdgeLength: (edge: EdgeSingular) =>
          (small ? 90 : 40) +
          9 * Math.sqrt(edge.source().degree(false) + edge.target().degree(false)) +
          14 * (edge.parallelEdges().length - 1),
        nodeRepulsion: () => (small ? 9000 : 4500),
        nodeSeparation: 45,
        edgeElasticity: () => 0.35,
        // Disconnected pieces (an actor found by search, alone) are packed beside the rest.
        packComponents: true,
        // (fcose runs at least five iterations per node whatever this says; large graphs keep
        // the draft instead, see runLayout.)
        numIter: 2500,
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

/** How far an actor is kept from the line of a relation between two others, in graph units. */
const EDGE_CLEARANCE = 24;

/**
 * Runs a layout over everything loaded (including relations the slider hides, so replay never
 * moves nodes), but not the combined edges, which stand for relations already counted. Chance
 * is seeded from the ids in view: the same view opened again is laid out the same, so a shared
 * link puts every actor where it was. Afterwards actors are moved off other pairs' edges.
 */
export async function runLayout(cy: Core, name: LayoutName, request: LayoutRequest): Promise<void> {
  if (cy.elements().empty()) return;
  const elements = cy.elements().not('edge.pair');
  const seed = seedFrom(
    cy
      .nodes()
      .map((node) => node.id())
      .sort()
      .join(','),
  );
  await withSeededChance(seed, () => runOnce(elements.layout(optionsFor(name, request, cy))));
  // fcose refines a draft for at least five iterations per node, whatever numIter says: on a
  // large graph the draft is kept, spread so no two actors sit on each other.
  if (name === 'fcose' && cy.nodes().length > LARGE_GRAPH && !request.incremental) spreadActors(cy);
  if (name === 'fcose' || name === 'cose') moveActorsOffEdges(cy);
  // Fitting two actors fills the window with two giant shapes; a small graph sits at a natural
  // size in the middle instead.
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

/** Runs `start` with Math.random seeded, as layouts draw their chance from it. */
async function withSeededChance(seed: number, start: () => Promise<void>): Promise<void> {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    // The layout draws its random numbers while it starts; it may animate afterwards.
    const done = start();
    Math.random = original;
    await done;
  } finally {
    Math.random = original;
  }
}

function runOnce(layout: ReturnType<Core['layout']>): Promise<void> {
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  return done;
}

/** Moves apart actors closer than a node's width and a margin, then fits the graph again. */
function spreadActors(cy: Core): void {
  const positions = new Map<string, Point>(cy.nodes().map((node: NodeSingular) => [node.id(), { ...node.position() }]));
  const moved = spreadOverlaps(positions, LARGE_GRAPH_SPACING);
  cy.batch(() => {
    for (const [id, point] of moved) cy.getElementById(id).position(point);
  });
  cy.fit(cy.elements(':visible'), 40);
}

/** Centre to centre, the least room an actor of a large graph gets. */
const LARGE_GRAPH_SPACING = 60;

/** Actors that sit on another pair's edge read as part of it: they are moved just clear of it. */
function moveActorsOffEdges(cy: Core): void {
  if (cy.nodes().length > LARGE_GRAPH) return;
  const positions = new Map<string, Point>(cy.nodes().map((node: NodeSingular) => [node.id(), { ...node.position() }]));
  const edges = cy.edges(':visible').map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
  const moved = keepOffEdges(positions, edges, EDGE_CLEARANCE);
  cy.batch(() => {
    for (const [id, point] of moved) if (point !== positions.get(id)) cy.getElementById(id).position(point);
  });
  cy.fit(cy.elements(':visible'), 40);
}
