import type { EdgeSingular, NodeSingular, StylesheetJson } from 'cytoscape';
import type { EdgeWidthMode } from '../graph/view-state.ts';
import { FALLBACK_POLARITY_STYLE, kindStyleOf, POLARITY_STYLES } from './kind-style.ts';

/** Below this confidence a relation is drawn dashed, like an alleged one: doubt is visible. */
export const LOW_CONFIDENCE = 0.5;

const HIGHLIGHT = '#f59e0b';
const OVERLAY_HIGHLIGHT = '#7c3aed';

const polarityOf = (edge: EdgeSingular) => POLARITY_STYLES[String(edge.data('polarity'))] ?? FALLBACK_POLARITY_STYLE;

/** Edge width: how much backs a relation (pieces of evidence) or how strong it is (|intensity|). */
export function edgeWidth(mode: EdgeWidthMode, data: { evidenceCount?: number; intensity?: number }): number {
  if (mode === 'intensity') return 1.5 + Math.min(10, Math.abs(data.intensity ?? 0)) * 0.5;
  return 1.5 + (Math.min(5, Math.max(1, data.evidenceCount ?? 1)) - 1) * 1.2;
}

function nodeSize(node: NodeSingular): number {
  const overlay = node.data('overlaySize') as number | null | undefined;
  if (overlay !== null && overlay !== undefined) return 22 + overlay * 48;
  return kindStyleOf(String(node.data('kind'))).size;
}

/** Node labels grow as the view zooms out (see label-scale.ts), so an overview stays legible. */
export const NODE_FONT_SIZE = 13;

function nodeFontSize(node: NodeSingular): number {
  return NODE_FONT_SIZE * ((node.cy().scratch('labelScale') as number | undefined) ?? 1);
}

function nodeLabel(node: NodeSingular): string {
  const extra = node.data('overlayLabel') as string | null | undefined;
  return extra ? `${node.data('label')}\n${extra}` : String(node.data('label'));
}

export function createGraphStyle(widthMode: EdgeWidthMode): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: nodeLabel,
        shape: (node: NodeSingular) => kindStyleOf(String(node.data('kind'))).shape as never,
        'background-color': (node: NodeSingular) => (node.data('overlayColour') as string | null) ?? kindStyleOf(String(node.data('kind'))).colour,
        width: nodeSize,
        height: nodeSize,
        'border-width': 1.5,
        'border-color': '#ffffff',
        color: '#111827',
        'font-size': nodeFontSize,
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
    // A group colour replaces the kind colour under an overlay; the kind stays in the shape.
    { selector: 'node[overlayColour]', style: { 'border-color': '#111827', 'border-width': 1 } },
    { selector: 'node.unscored', style: { 'background-color': '#d1d5db', 'border-color': '#6b7280', 'border-width': 1 } },
    {
      selector: 'edge',
      style: {
        width: (edge: EdgeSingular) => edgeWidth(widthMode, edge.data()),
        'curve-style': 'bezier',
        'control-point-step-size': 36,
        'line-color': (edge: EdgeSingular) => polarityOf(edge).colour,
        'target-arrow-color': (edge: EdgeSingular) => polarityOf(edge).colour,
        'target-arrow-shape': (edge: EdgeSingular) => polarityOf(edge).arrow as never,
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
    { selector: `edge[status = "ALLEGED"], edge[confidence < ${LOW_CONFIDENCE}]`, style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } },
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
      selector: 'node.on-path',
      style: { 'border-color': HIGHLIGHT, 'border-width': 4, 'underlay-color': HIGHLIGHT, 'underlay-opacity': 0.25, 'underlay-padding': 8 } as never,
    },
    {
      selector: 'edge.on-path',
      style: { width: 6, 'underlay-color': HIGHLIGHT, 'underlay-opacity': 0.45, 'underlay-padding': 5, 'z-index': 10, 'font-weight': 700 } as never,
    },
    {
      selector: 'node.focus',
      style: { 'border-color': HIGHLIGHT, 'border-width': 5, 'underlay-color': HIGHLIGHT, 'underlay-opacity': 0.35, 'underlay-padding': 10, 'font-weight': 700, 'z-index': 20 } as never,
    },
    {
      selector: 'edge.focus',
      style: { 'underlay-color': HIGHLIGHT, 'underlay-opacity': 0.6, 'underlay-padding': 6, 'font-weight': 700, 'font-size': 12, 'z-index': 20 } as never,
    },
    { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0.12 } },
  ];
}
