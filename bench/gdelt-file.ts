// Writes a deterministic file in the layout of a GDELT 2.0 events export (61 tab-separated columns,
// no header), for measuring `npm run import -- --format gdelt`: the same arguments give the same
// bytes. Usage: npx tsx bench/gdelt-file.ts --rows 1000000 --out /tmp/gdelt-1m.export.CSV
// Actors are thirty states (by ISO alpha-3 code), their governments and militaries, and forty
// invented groups; events use CAMEO codes of every root on days over ten years; about one row in a
// thousand is malformed (a column short), so the skip path is measured too.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { GDELT_COLUMNS, gdeltIndex, type GdeltColumn } from '../server/interchange/import/gdelt-columns.ts';

const STATES = [
  'USA',
  'IRN',
  'PAK',
  'IND',
  'CHN',
  'RUS',
  'GBR',
  'FRA',
  'DEU',
  'TUR',
  'SAU',
  'ISR',
  'EGY',
  'IRQ',
  'SYR',
];
const MORE_STATES = [
  'AFG',
  'UKR',
  'JPN',
  'KOR',
  'PRK',
  'BRA',
  'MEX',
  'NGA',
  'ETH',
  'KEN',
  'ZAF',
  'IDN',
  'PHL',
  'VNM',
  'QAT',
];
const COUNTRIES = [...STATES, ...MORE_STATES];
const GROUPS = Array.from(
  { length: 40 },
  (_, i) => `BENCH GROUP ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`,
);
const EVENT_CODES = [
  '020',
  '036',
  '040',
  '042',
  '043',
  '051',
  '057',
  '061',
  '071',
  '081',
  '087',
  '111',
  '112',
  '120',
  '130',
  '138',
  '140',
  '150',
  '163',
  '166',
  '173',
  '180',
  '183',
  '186',
  '190',
  '193',
  '195',
  '200',
  '010',
  '090',
];
const GOLDSTEIN: Record<string, string> = { '0': '3.0', '1': '-2.0', '2': '-9.5' };
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 3650;

/** A small seeded generator (mulberry32): the file depends on nothing but the arguments. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

type Actor = [code: string, name: string, country: string, type: string];

function actor(next: () => number): Actor {
  const roll = next();
  if (roll < 0.8) {
    const country = pick(next, COUNTRIES);
    const type = roll < 0.6 ? '' : roll < 0.7 ? 'GOV' : 'MIL';
    return [country + type, `STATE ${country}`, country, type];
  }
  const name = pick(next, GROUPS);
  return [name.replace(/\W/g, '').slice(0, 9), name, '', 'REB'];
}

export function gdeltRow(id: number, next: () => number): string {
  const cells: string[] = new Array(GDELT_COLUMNS.length).fill('');
  const set = (column: GdeltColumn, value: string) => (cells[gdeltIndex(column)] = value);
  const day = new Date(FIRST_DAY + Math.floor(next() * DAYS) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const code = pick(next, EVENT_CODES);
  const first = actor(next);
  let second = actor(next);
  while (second[0] === first[0]) second = actor(next);
  set('GLOBALEVENTID', String(id));
  set('SQLDATE', day);
  set('MonthYear', day.slice(0, 6));
  set('Year', day.slice(0, 4));
  set('FractionDate', `${day.slice(0, 4)}.${day.slice(4, 6)}`);
  for (const [prefix, [actorCode, name, country, type]] of [
    ['Actor1', first],
    ['Actor2', second],
  ] as const) {
    set(`${prefix}Code`, actorCode);
    set(`${prefix}Name`, name);
    set(`${prefix}CountryCode`, country);
    set(`${prefix}Type1Code`, type);
  }
  set('IsRootEvent', '1');
  set('EventCode', code);
  set('EventBaseCode', code.slice(0, 3));
  set('EventRootCode', code.slice(0, 2));
  set('QuadClass', String(1 + Math.floor(Number(code.slice(0, 2)) / 5.5)));
  set('GoldsteinScale', GOLDSTEIN[String(Math.floor(Number(code.slice(0, 2)) / 8))] ?? '0.0');
  set('NumMentions', String(1 + Math.floor(next() * 20)));
  set('NumSources', String(1 + Math.floor(next() * 5)));
  set('NumArticles', String(1 + Math.floor(next() * 20)));
  set('AvgTone', (next() * 10 - 5).toFixed(2));
  set('DATEADDED', `${day}${String(Math.floor(next() * 24)).padStart(2, '0')}1500`);
  set('SOURCEURL', `https://news${Math.floor(next() * 50)}.example.com/${day}/story-${Math.floor(next() * 400)}`);
  const line = cells.join('\t');
  // About one row in a thousand loses its last column.
  return next() < 0.001 ? line.slice(0, line.lastIndexOf('\t')) : line;
}

export async function writeGdeltFile(path: string, rows: number, seed = 20_260_101): Promise<void> {
  const out = createWriteStream(path);
  const next = random(seed);
  for (let i = 0; i < rows; i++) {
    if (!out.write(`${gdeltRow(1_000_000_000 + i, next)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, out: { type: 'string' } } });
  if (!values.out) throw new Error('usage: npx tsx bench/gdelt-file.ts --rows N --out FILE');
  await writeGdeltFile(values.out, Number(values.rows));
  console.log(`wrote ${values.rows} GDELT-layout rows to ${values.out}`);
}
