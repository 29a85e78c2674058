// npm run bench:chart: draws bench/latency-vs-size.svg, the API figures' median latency through
// GraphQL against the graph's size, from the results files of bench/results/ (for each scale its
// newest run). npm run bench redraws it after every run.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RESULTS_DIR, type Figure } from './figures.ts';
import { SCALES, type ScaleName } from './scale-graph.ts';

export const CHART_PATH = join(import.meta.dirname, 'latency-vs-size.svg');

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2'];
const WIDTH = 720;
const HEIGHT = 440;
const MARGIN = { left: 70, right: 200, top: 40, bottom: 60 };

/** For each scale, the API latency figures of its newest results file. */
async function newestApiFigures(): Promise<Map<ScaleName, Figure[]>> {
  const files = (await readdir(RESULTS_DIR).catch(() => [] as string[]))
    .filter((file) => file.endsWith('.json') && file !== 'latest.json')
    .sort();
  const byScale = new Map<ScaleName, Figure[]>();
  for (const file of files) {
    const figures = JSON.parse(await readFile(join(RESULTS_DIR, file), 'utf8')) as Figure[];
    const api = figures.filter((f) => f.name.startsWith('api.') && f.unit.startsWith('ms'));
    const scale = api[0]?.scale as ScaleName | undefined;
    if (scale && scale in SCALES) byScale.set(scale, api);
  }
  return byScale;
}

export function renderChart(byScale: ReadonlyMap<ScaleName, readonly Figure[]>): string {
  const scales = (Object.keys(SCALES) as ScaleName[]).filter((scale) => byScale.has(scale));
  const names = [...new Set(scales.flatMap((scale) => byScale.get(scale)!.map((f) => f.name)))].sort();
  const values = scales.flatMap((scale) => byScale.get(scale)!.map((f) => f.value)).filter((v) => v > 0);
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  // Both axes logarithmic: sizes grow tenfold per scale, latencies span milliseconds to seconds.
  const xMin = Math.log10(SCALES.small);
  const xMax = Math.log10(SCALES.large);
  const yMin = Math.floor(Math.log10(Math.max(0.1, Math.min(...values, 1))));
  const yMax = Math.ceil(Math.log10(Math.max(...values, 10)));
  const x = (relations: number) => MARGIN.left + ((Math.log10(relations) - xMin) / (xMax - xMin)) * plotW;
  const y = (ms: number) => MARGIN.top + plotH - ((Math.log10(ms) - yMin) / (yMax - yMin)) * plotH;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${MARGIN.left}" y="22" font-size="14" font-weight="bold">actorgraph API: median latency through GraphQL against graph size</text>`,
  );
  for (let power = yMin; power <= yMax; power++) {
    const ms = 10 ** power;
    parts.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${y(ms)}" y2="${y(ms)}" stroke="#ddd"/>`,
      `<text x="${MARGIN.left - 8}" y="${y(ms) + 4}" text-anchor="end">${ms >= 1 ? ms : ms.toFixed(1)} ms</text>`,
    );
  }
  for (const [scale, relations] of Object.entries(SCALES)) {
    parts.push(
      `<line x1="${x(relations)}" x2="${x(relations)}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}" stroke="#eee"/>`,
      `<text x="${x(relations)}" y="${MARGIN.top + plotH + 18}" text-anchor="middle">${relations.toLocaleString('en')}</text>`,
      `<text x="${x(relations)}" y="${MARGIN.top + plotH + 32}" text-anchor="middle" fill="#666">${scale}</text>`,
    );
  }
  parts.push(
    `<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 8}" text-anchor="middle">relations in the graph</text>`,
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`,
  );
  names.forEach((name, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    const points = scales.flatMap((scale) => {
      const found = byScale.get(scale)!.find((f) => f.name === name);
      return found && found.value > 0 ? [[x(SCALES[scale]), y(found.value)] as const] : [];
    });
    if (points.length > 1)
      parts.push(
        `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}"/>`,
      );
    for (const [px, py] of points)
      parts.push(`<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3.5" fill="${colour}"/>`);
    const legendY = MARGIN.top + 10 + i * 20;
    parts.push(
      `<line x1="${WIDTH - MARGIN.right + 15}" x2="${WIDTH - MARGIN.right + 35}" y1="${legendY}" y2="${legendY}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${WIDTH - MARGIN.right + 40}" y="${legendY + 4}">${name}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

/** Redraws the chart from the results files; returns its path, or null when there is nothing to draw. */
export async function writeChart(): Promise<string | null> {
  const byScale = await newestApiFigures();
  if (byScale.size === 0) return null;
  await writeFile(CHART_PATH, renderChart(byScale));
  return CHART_PATH;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = await writeChart();
  console.log(path ? `written: ${path}` : 'no results in bench/results yet: run npm run bench first');
}
