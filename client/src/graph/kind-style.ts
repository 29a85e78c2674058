// How each actor kind looks. Shape and colour both carry the kind (and the legend and the table
// name it), so it can be read without telling colours apart. Colours are dark enough for 3:1
// contrast against the white canvas.

export interface KindStyle {
  label: string;
  shape: string;
  colour: string;
  size: number;
}

export const KIND_STYLES: Record<string, KindStyle> = {
  STATE: { label: 'State', shape: 'round-rectangle', colour: '#1e3a5f', size: 42 },
  GOVERNMENT: { label: 'Government', shape: 'rectangle', colour: '#2f5d8a', size: 34 },
  GOVERNMENT_BODY: { label: 'Government body', shape: 'cut-rectangle', colour: '#3b6ea5', size: 32 },
  MILITARY: { label: 'Military', shape: 'diamond', colour: '#4d5d23', size: 36 },
  SECURITY_SERVICE: { label: 'Security service', shape: 'octagon', colour: '#3f3f46', size: 32 },
  ARMED_GROUP: { label: 'Armed group', shape: 'triangle', colour: '#7b1fa2', size: 36 },
  POLITICAL_PARTY: { label: 'Political party', shape: 'round-pentagon', colour: '#ad1457', size: 32 },
  ORGANISATION: { label: 'Organisation', shape: 'hexagon', colour: '#00695c', size: 32 },
  INTERNATIONAL_ORGANISATION: { label: 'International organisation', shape: 'star', colour: '#01579b', size: 38 },
  COMPANY: { label: 'Company', shape: 'barrel', colour: '#6d4c41', size: 32 },
  MEDIA_OUTLET: { label: 'Media outlet', shape: 'tag', colour: '#b45309', size: 32 },
  PERSON: { label: 'Person', shape: 'ellipse', colour: '#a16207', size: 30 },
  PROGRAMME: { label: 'Programme', shape: 'rhomboid', colour: '#5b21b6', size: 32 },
  LOCATION: { label: 'Location', shape: 'vee', colour: '#166534', size: 30 },
  OTHER: { label: 'Other', shape: 'heptagon', colour: '#57534e', size: 30 },
};

export const FALLBACK_KIND_STYLE: KindStyle = { label: 'Unknown kind', shape: 'ellipse', colour: '#57534e', size: 30 };

export function kindStyleOf(kind: string): KindStyle {
  return KIND_STYLES[kind] ?? FALLBACK_KIND_STYLE;
}

/** Polarity in colour (and, on the edges, in the label's + or − and the arrow head). */
export const POLARITY_STYLES: Record<string, { label: string; colour: string; arrow: string }> = {
  COOPERATIVE: { label: 'Cooperative (+)', colour: '#1565c0', arrow: 'triangle' },
  HOSTILE: { label: 'Hostile (−)', colour: '#c62828', arrow: 'triangle-tee' },
  NEUTRAL: { label: 'Neutral, structural', colour: '#6b7280', arrow: 'vee' },
};

export const FALLBACK_POLARITY_STYLE = { label: 'Unknown polarity', colour: '#6b7280', arrow: 'triangle' };

/** Outlines of the node shapes in a 20 by 20 box, for the legend. */
export const SHAPE_OUTLINES: Record<string, string> = {
  'round-rectangle': 'M4 2h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2z',
  rectangle: 'M2 2h16v16H2z',
  'cut-rectangle': 'M5 2h10l3 3v10l-3 3H5l-3-3V5z',
  diamond: 'M10 1l9 9-9 9-9-9z',
  octagon: 'M6 2h8l4 4v8l-4 4H6l-4-4V6z',
  triangle: 'M10 2l9 16H1z',
  'round-pentagon': 'M10 2l8 6-3 10H5L2 8z',
  hexagon: 'M5 2h10l4 8-4 8H5l-4-8z',
  star: 'M10 1l2.6 6 6.4.6-4.9 4.3 1.5 6.3L10 15l-5.6 3.2 1.5-6.3L1 7.6 7.4 7z',
  barrel: 'M4 2h12q3 8 0 16H4q-3-8 0-16z',
  tag: 'M2 3h11l6 7-6 7H2z',
  ellipse: 'M10 2a8 8 0 1 0 0 16a8 8 0 1 0 0-16z',
  rhomboid: 'M6 3h13l-5 14H1z',
  vee: 'M1 2l9 6 9-6-9 16z',
  heptagon: 'M10 1l7 4 2 8-5 6H6l-5-6 2-8z',
};
