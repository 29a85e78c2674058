import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * One measured figure of `npm run bench`, side by side with what it is judged against. For a
 * time `ratio` is value / baseline (above 1 is slower than the baseline); for a throughput it is
 * also value / baseline, so there above 1 is better: each unit says which.
 */
export interface Figure {
  readonly name: string;
  readonly scale: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline: { readonly name: string; readonly value: number } | null;
  readonly ratio: number | null;
  /** What the figure was measured on (engine, actor, query counts), for the reader. */
  readonly note?: string;
}

export function figure(
  name: string,
  scale: string,
  value: number,
  unit: string,
  baseline: { name: string; value: number } | null,
  note?: string,
): Figure {
  const ratio = baseline && baseline.value > 0 ? round(value / baseline.value, 3) : null;
  return {
    name,
    scale,
    value: round(value, 3),
    unit,
    baseline: baseline ? { name: baseline.name, value: round(baseline.value, 3) } : null,
    ratio,
    ...(note ? { note } : {}),
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export const RESULTS_DIR = join(import.meta.dirname, 'results');

/** Writes results/<timestamp>.json and results/latest.json; returns the timestamped path. */
export async function writeResults(figures: readonly Figure[], startedAt: Date): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const text = JSON.stringify(figures, null, 2) + '\n';
  const path = join(RESULTS_DIR, `${stamp}.json`);
  await writeFile(path, text);
  await writeFile(join(RESULTS_DIR, 'latest.json'), text);
  return path;
}

export function formatFigures(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    f.scale,
    formatNumber(f.value),
    f.unit,
    f.baseline ? `${f.baseline.name}: ${formatNumber(f.baseline.value)}` : '',
    f.ratio === null ? '' : `x${f.ratio.toFixed(2)}`,
    f.note ?? '',
  ]);
  const header = ['figure', 'scale', 'value', 'unit', 'baseline', 'ratio', 'note'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2);
}

/** Median and other quantiles of a sample (linear interpolation). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}
