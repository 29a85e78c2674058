import type { StylesheetJson } from 'cytoscape';
import type { EdgeWidthMode } from '../graph/view-state.ts';
import { FALLBACK_KIND_STYLE, KIND_STYLES, POLARITY_STYLES } from '../graph/kind-style.ts';

/** Below this confidence a relation is drawn dashed, like an alleged one: doubt is visible. */
export const LOW_CONFIDENCE = 0.5;

/** Node labels at zoom 1; label-scale.ts enlarges them when the view zooms out. */
export const NODE_FONT_SIZE = 13;
/** Relation labels at zoom 1. */
export const EDGE_FONT_SIZE = 11;
/** No text on screen smaller than this: smaller labels are not drawn at all. */
export const MIN_FONT_PX = 11;
/** How much labels may grow in graph units when zoomed out, before they are left out instead. */
const MAX_LABEL_GROWTH = 3;

/**
 * Label sizes in graph units at a zoom: at least MIN_FONT_PX on screen, growing as the view
 * zooms out, up to MAX_LABEL_GROWTH times their size; rounded up, so rounding never takes a
 * label under the size below which it is not drawn.
 */
export function labelFontSizes(zoom: number): { node: number; edge: number } {
  const size = (base: number) =>
    Math.ceil(Math.min(base * MAX_LABEL_GROWTH, Math.max(base, base / Math.sqrt(zoom), MIN_FONT_PX / zoom)) * 10) / 10;
  return { node: size(NODE_FONT_SIZE), edge: size(EDGE_FONT_SIZE) };
}

const HIGHLIGHT = '#f59e0b';
const OVERLAY_HIGHLIGHT = '#7c3aed';

/**
 * The whole look as selectors and data mappers, never per-element functions: Cytoscape caches
 * what selectors and mappers give, which keeps a graph of thousands of elements quick to style
 * (and to lay out, since fcose measures every node with its label).
 *
 * - kind: shape, colour and size, one rule per kind (the legend reads the same table);
 * - polarity: line and arrow colour, arrow head (+ also in the label, so never colour alone);
 * - doubt: dashed when alleged or below LOW_CONFIDENCE, dotted when disputed or denied;
 * - width: pieces of evidence (1 to 5) or |intensity| (0 to 10), as the analyst chooses.
 */
export function createGraphStyle(widthMode: EdgeWidthMode, zoom = 1): StylesheetJson {
  const fonts = labelFontSizes(zoom);
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        shape: FALLBACK_KIND_STYLE.shape as never,
        'background-color': FALLBACK_KIND_STYLE.colour,
        width: FALLBACK_KIND_STYLE.size,
        height: FALLBACK_KIND_STYLE.size,
        'border-width': 1.5,
        'border-color': '#ffffff',
        color: '#111827',
        'font-size': fonts.node,
        'font-weight': 500,
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2.5,
        'min-zoomed-font-size': MIN_FONT_PX,
      } as never,
    },
    ...Object.entries(KIND_STYLES).map(([kind, style]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape: style.shape as never, 'background-color': style.colour, width: style.size, height: style.size },
    })),
    // Under an analysis overlay: size from the score, colour from the group, the score's label
    // under the name. The kind stays in the shape.
    {
      selector: 'node[overlaySize]',
      style: { width: 'mapData(overlaySize, 0, 1, 22, 70)', height: 'mapData(overlaySize, 0, 1, 22, 70)' },
    },
    {
      selector: 'node[overlayColour]',
      style: { 'background-color': 'data(overlayColour)', 'border-color': '#111827', 'border-width': 1 },
    },
    { selector: 'node[overlayCaption]', style: { label: 'data(overlayCaption)' } },
    {
      selector: 'node.unscored',
      style: { 'background-color': '#d1d5db', 'border-color': '#6b7280', 'border-width': 1 },
    },
    {
      selector: 'edge',
      style: {
        width:
          widthMode === 'intensity' ? 'mapData(strength, 0, 10, 1.5, 6.5)' : 'mapData(evidenceCount, 1, 5, 1.5, 6.3)',
        'curve-style': 'bezier',
        'control-point-step-size': 36,
        'line-color': '#6b7280',
        'target-arrow-color': '#6b7280',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        label: 'data(label)',
        color: '#1f2937',
        'font-size': fonts.edge,
        // Level text reads at 11 px where slanted text does not, and its box is its own size,
        // so the label placement (place-labels.ts) wastes no room around it.
        'text-rotation': 'none',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        'min-zoomed-font-size': MIN_FONT_PX,
        'line-cap': 'round',
      } as never,
    },
    ...Object.entries(POLARITY_STYLES).map(([polarity, style]) => ({
      selector: `edge[polarity = "${polarity}"]`,
      style: {
        'line-color': style.colour,
        'target-arrow-color': style.colour,
        'target-arrow-shape': style.arrow as never,
      },
    })),
    {
      selector: `edge[status = "ALLEGED"], edge[confidence < ${LOW_CONFIDENCE}]`,
      style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] },
    },
    { selector: 'edge[status = "DISPUTED"], edge[status = "DENIED"]', style: { 'line-style': 'dotted' } },
    // A pair of actors with several relations: one edge, wider and double-lined by its count.
    {
      selector: 'edge.pair',
      style: { 'line-style': 'solid', 'font-weight': 600, 'text-background-opacity': 1 } as never,
    },
    { selector: 'edge.pair[!directed]', style: { 'target-arrow-shape': 'none' } },
    {
      selector: 'edge.pair[?flipped]',
      style: {
        'source-arrow-shape': 'diamond',
        'source-arrow-color': '#7c3aed',
        'text-border-width': 1,
        'text-border-color': '#7c3aed',
        'text-border-opacity': 1,
      } as never,
    },
    { selector: '.in-pair', style: { display: 'none' } },
    // Sourcing: a claim that rests only on unnamed sources gets a hollow arrowhead (legend: "anonymous only").
    { selector: 'edge[?anonymousOnly]', style: { 'target-arrow-fill': 'hollow' } },
    { selector: '.not-yet', style: { display: 'none' } },
    { selector: '.dormant', style: { opacity: 0.3 } },
    // Events further back than the analyst's fade window (time slider): still there, faint.
    { selector: 'edge.past', style: { opacity: 0.2, 'text-opacity': 0.3 } },
    { selector: '.muted', style: { opacity: 0.4 } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    {
      selector: '.overlay-relation',
      style: { 'underlay-color': OVERLAY_HIGHLIGHT, 'underlay-opacity': 0.3, 'underlay-padding': 6 } as never,
    },
    {
      selector: 'node.on-path, node.on-result',
      style: {
        'border-color': HIGHLIGHT,
        'border-width': 4,
        'underlay-color': HIGHLIGHT,
        'underlay-opacity': 0.25,
        'underlay-padding': 8,
      } as never,
    },
    {
      selector: 'edge.on-path, edge.on-result',
      style: {
        width: 6,
        'underlay-color': HIGHLIGHT,
        'underlay-opacity': 0.45,
        'underlay-padding': 5,
        'z-index': 10,
        'font-weight': 700,
      } as never,
    },
    {
      selector: 'node.focus',
      style: {
        'border-color': HIGHLIGHT,
        'border-width': 5,
        'underlay-color': HIGHLIGHT,
        'underlay-opacity': 0.35,
        'underlay-padding': 10,
        'font-weight': 700,
        'z-index': 20,
      } as never,
    },
    {
      selector: 'edge.focus',
      style: {
        'underlay-color': HIGHLIGHT,
        'underlay-opacity': 0.6,
        'underlay-padding': 6,
        'font-weight': 700,
        'font-size': Math.ceil(fonts.edge * 1.1 * 10) / 10,
        'z-index': 20,
      } as never,
    },
    { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0.12 } },
    // The workbench: actors pinned in place wear a thick dark ring; a multi-selection a blue halo.
    {
      selector: 'node.pinned-place',
      style: { 'border-width': 4, 'border-color': '#111827', 'border-style': 'double' },
    },
    {
      selector: 'node:selected',
      style: { 'underlay-color': '#2563eb', 'underlay-opacity': 0.3, 'underlay-padding': 7 },
    },
    // Last, so they win over the overlay's caption: labels that would collide (place-labels.ts).
    { selector: '.label-short', style: { label: 'data(shortLabel)', 'text-wrap': 'none' } },
    { selector: '.label-hidden', style: { label: '' } },
  ];
}
