import type { Core } from 'cytoscape';
import type { LegendSwatch } from '../graph/picture-caption.ts';

/** Classes that step things back around a selection: a picture shows the graph, not a click. */
const SELECTION_CLASSES = 'muted faded focus';
const SCALE = 2;
const FONT_PX = 13;
const LINE = 20;
const PADDING = 16;

/**
 * The picture of the whole graph with its legend and caption under it, at twice the screen
 * resolution, drawn without the dimming of the current selection (which is put back after).
 */
export async function exportPicture(
  cy: Core,
  caption: readonly string[],
  legend: readonly LegendSwatch[],
): Promise<Blob> {
  const dimmed = cy.elements().filter((element) => SELECTION_CLASSES.split(' ').some((name) => element.hasClass(name)));
  const classes = new Map(dimmed.map((element) => [element.id(), element.classes().join(' ')]));
  dimmed.removeClass(SELECTION_CLASSES);
  let graphUri: string;
  try {
    graphUri = cy.png({ output: 'base64uri', full: true, scale: SCALE, bg: '#ffffff' });
  } finally {
    dimmed.forEach((element) => void element.classes(classes.get(element.id()) ?? ''));
  }
  const graph = await loadImage(graphUri);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d')!;
  context.font = `${FONT_PX * SCALE}px system-ui, sans-serif`;
  const width = Math.max(graph.width, 900 * SCALE);
  const legendRows = layOutLegend(context, legend, width - 2 * PADDING * SCALE);
  const footer = (legendRows.length + caption.length) * LINE * SCALE + 3 * PADDING * SCALE;
  canvas.width = width;
  canvas.height = graph.height + footer;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(graph, Math.round((width - graph.width) / 2), 0);
  context.font = `${FONT_PX * SCALE}px system-ui, sans-serif`;
  context.textBaseline = 'middle';
  let y = graph.height + PADDING * SCALE;
  context.strokeStyle = '#d1d5db';
  context.beginPath();
  context.moveTo(PADDING * SCALE, y - (PADDING * SCALE) / 2);
  context.lineTo(width - PADDING * SCALE, y - (PADDING * SCALE) / 2);
  context.stroke();
  for (const row of legendRows) {
    for (const item of row) drawSwatch(context, item.swatch, item.x, y + (LINE * SCALE) / 2);
    y += LINE * SCALE;
  }
  y += PADDING * SCALE;
  context.fillStyle = '#111827';
  for (const line of caption) {
    context.fillText(line, PADDING * SCALE, y + (LINE * SCALE) / 2, width - 2 * PADDING * SCALE);
    y += LINE * SCALE;
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded'))),
      'image/png',
    ),
  );
}

function loadImage(uri: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The graph could not be drawn into the picture'));
    image.src = uri;
  });
}

/** Legend entries in rows that fit the width, each with its x. */
function layOutLegend(
  context: CanvasRenderingContext2D,
  legend: readonly LegendSwatch[],
  width: number,
): { swatch: LegendSwatch; x: number }[][] {
  const rows: { swatch: LegendSwatch; x: number }[][] = [[]];
  let x = PADDING * SCALE;
  for (const swatch of legend) {
    const itemWidth = 34 * SCALE + context.measureText(swatch.label).width + 18 * SCALE;
    if (x + itemWidth > width && rows[rows.length - 1]!.length > 0) {
      rows.push([]);
      x = PADDING * SCALE;
    }
    rows[rows.length - 1]!.push({ swatch, x });
    x += itemWidth;
  }
  return rows;
}

function drawSwatch(context: CanvasRenderingContext2D, swatch: LegendSwatch, x: number, y: number): void {
  context.fillStyle = swatch.colour;
  context.strokeStyle = swatch.colour;
  if (swatch.mark === 'actor') {
    context.beginPath();
    context.arc(x + 10 * SCALE, y, 7 * SCALE, 0, 2 * Math.PI);
    context.fill();
  } else {
    context.lineWidth = 3 * SCALE;
    context.beginPath();
    context.moveTo(x, y);
    context.lineTo(x + 24 * SCALE, y);
    context.stroke();
  }
  context.fillStyle = '#111827';
  context.fillText(swatch.label, x + 30 * SCALE, y);
}
