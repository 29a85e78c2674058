import type { StylesheetJson } from 'cytoscape';

/** Edge colour carries polarity; dashes carry doubt, so colour is never the only signal. */
export const POLARITY_COLOURS: Record<string, string> = {
  COOPERATIVE: '#1a7f37',
  HOSTILE: '#c62828',
  NEUTRAL: '#6b7280',
};

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'background-color': '#4a6fa5',
      width: 28,
      height: 28,
    },
  },
  { selector: 'node[kind = "STATE"]', style: { shape: 'round-rectangle', 'background-color': '#1b2a41', width: 36, height: 36 } },
  { selector: 'node[kind = "PERSON"]', style: { shape: 'ellipse', 'background-color': '#b26b00' } },
  { selector: 'node[kind = "ARMED_GROUP"]', style: { shape: 'triangle', 'background-color': '#8e24aa' } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      label: 'data(label)',
      'font-size': 9,
      'text-rotation': 'autorotate',
      'text-background-color': '#fff',
      'text-background-opacity': 0.85,
      'line-color': (edge) => POLARITY_COLOURS[String(edge.data('polarity'))] ?? '#6b7280',
      'target-arrow-color': (edge) => POLARITY_COLOURS[String(edge.data('polarity'))] ?? '#6b7280',
    },
  },
  { selector: 'edge[status = "ALLEGED"], edge[confidence < 0.5]', style: { 'line-style': 'dashed' } },
  { selector: ':selected', style: { 'border-width': 3, 'border-color': '#ffb300', 'line-color': '#ffb300' } },
];
