import type { StylesheetJson } from 'cytoscape';
import type { EdgeWidthMode } from '../graph/view-state.ts';
import { FALLBACK_KIND_STYLE, KIND_STYLES, POLARITY_STYLES } from '../graph/kind-style.ts';

/** Below this confidence a relation is drawn dashed, like an alleged one: doubt is visible. */
export const LOW_CONFIDENCE = 0.5;

/** Node labels at zoom 1; label-scale.ts enlarges them when the view zooms out. */
export const NODE_FONT_SIZE = 13;

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
export function createGraphStyle(widthMode: EdgeWidthMode, labelScale = 1): StylesheetJson {
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
        'font-size': Math.round(NODE_FONT_SIZE * labelScale * 10) / 10,
        'font-weight': 500,
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2.5,
        'min-zoomed-font-size': 7,
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
        'font-size': 11,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
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
    { selector: '.not-yet', style: { display: 'none' } },
    { selector: '.dormant', style: { opacity: 0.3 } },
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
        'font-size': 12,
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
  ];
}
