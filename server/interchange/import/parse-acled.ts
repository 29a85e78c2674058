import { parsePartialDate } from '../../domain/dates.ts';
import { slugOf } from '../../domain/slug.ts';
import type { ActorKind } from '../../domain/vocabulary.ts';
import { findCountry } from '../../extraction/countries.ts';
import { MAX_LENGTH } from '../../ingest/limits.ts';
import { acledRelationType } from './acled-types.ts';
import { cut, type CodedActor, type RowOutcome } from './coded-event.ts';

export const ACLED_CODER = 'ACLED';

/** ACLED's researchers code from named sources and review their coding; still no quote of the source itself. */
export const ACLED_CONFIDENCE = 0.5;

/** The columns an ACLED export must have; others (location, coordinates, ...) are not read. */
export const ACLED_REQUIRED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'source',
  'notes',
  'fatalities',
] as const;

/** ACLED's interaction codes (inter1, inter2) that say what kind of actor it is. */
const KIND_OF_INTER: Readonly<Record<string, ActorKind>> = {
  '1': 'MILITARY',
  '2': 'ARMED_GROUP',
  '3': 'ARMED_GROUP',
  '4': 'ARMED_GROUP',
  '8': 'MILITARY',
};

/** The head of an ACLED state actor's name ("Military Forces of Pakistan"). */
const KIND_OF_HEAD: Readonly<Record<string, ActorKind>> = {
  military: 'MILITARY',
  police: 'SECURITY_SERVICE',
  government: 'GOVERNMENT',
};

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Checks an ACLED header row; returns the reader of the rows below it, or the problem with the header. */
export function acledRowReader(
  header: readonly string[],
): { read: (fields: readonly string[], line: number) => RowOutcome } | { problem: string } {
  const index = new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
  const missing = ACLED_REQUIRED_COLUMNS.filter((name) => !index.has(name));
  if (missing.length > 0)
    return { problem: `the header has no column ${missing.join(', ')} (is this an ACLED export?)` };
  return {
    read(fields, line) {
      if (fields.length !== header.length)
        return { kind: 'malformed', message: `has ${fields.length} fields, the header has ${header.length}` };
      const cell = (name: string) => {
        const i = index.get(name);
        return i === undefined ? '' : (fields[i] as string).trim();
      };
      return readAcledRow(cell, line);
    },
  };
}

function readAcledRow(cell: (name: string) => string, line: number): RowOutcome {
  const id = cell('event_id_cnty');
  if (!/^[A-Za-z]{2,4}\d+$/.test(id))
    return { kind: 'malformed', message: `event_id_cnty "${id}" is not an ACLED event id` };
  const date = dayOf(cell('event_date'));
  if (!date)
    return {
      kind: 'malformed',
      message: `event_date "${cell('event_date')}" is not a date (YYYY-MM-DD or "15 January 2020")`,
    };
  const fatalities = cell('fatalities') === '' ? 0 : Number(cell('fatalities'));
  if (!Number.isInteger(fatalities) || fatalities < 0)
    return { kind: 'malformed', message: `fatalities "${cell('fatalities')}" is not a count` };
  const type = acledRelationType(cell('event_type'), cell('sub_event_type'), fatalities);
  if (type === undefined)
    return {
      kind: 'malformed',
      message: `event_type "${cell('event_type')}" / sub_event_type "${cell('sub_event_type')}" is not an ACLED event type`,
    };
  if (type === null) return { kind: 'skipped', reason: `ACLED "${cell('sub_event_type')}" is no relation type` };
  const actor1 = actorOf(cell('actor1'), cell('inter1'));
  const actor2 = actorOf(cell('actor2'), cell('inter2'));
  if (!actor1 || !actor2) return { kind: 'skipped', reason: 'one actor only' };
  const publisher = cell('source') || ACLED_CODER;
  const notes = cell('notes');
  return {
    kind: 'event',
    event: {
      line,
      rowId: id,
      type,
      intensity: null,
      date,
      actor1,
      actor2,
      source: {
        id: `acled-source-${slugOf(id)}`,
        kind: 'DATASET',
        title: `ACLED event ${id}`,
        publisher: cut(publisher, MAX_LENGTH.name),
        url: null,
        published: null,
      },
      quote: cut(
        notes || `ACLED event ${id}: ${cell('actor1')} → ${cell('actor2')}, ${cell('sub_event_type')}`,
        MAX_LENGTH.quote,
      ),
      attribution: ACLED_CODER,
      confidence: ACLED_CONFIDENCE,
      details: {
        coder: ACLED_CODER,
        eventCode: `${cell('event_type')} / ${cell('sub_event_type')}`,
        numSources: null,
        numArticles: null,
        fatalities,
      },
    },
  };
}

/** `2020-01-15` or `15 January 2020` as `YYYY-MM-DD`. */
function dayOf(text: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return parsePartialDate(text) ? text : null;
  const written = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(text);
  if (!written) return null;
  const month = MONTHS.findIndex((name) => name.startsWith(written[2]!.toLowerCase()) && written[2]!.length >= 3);
  if (month === -1) return null;
  const day = `${written[3]}-${String(month + 1).padStart(2, '0')}-${written[1]!.padStart(2, '0')}`;
  return parsePartialDate(day) ? day : null;
}

/**
 * An ACLED actor: "Military Forces of Pakistan (2018-)" is Pakistan's military (the years are
 * ACLED's note of a government's term); "Protesters (Pakistan)" keeps its name and gains the
 * country.
 */
function actorOf(written: string, inter: string): CodedActor | null {
  if (written === '') return null;
  const name = written.replace(/\s*\(\d{4}-(?:\d{4})?\)\s*$/, '').trim();
  const ofCountry = /^(\w+)(?: Forces)? of (.+)$/.exec(name);
  const inParentheses = /\(([^()]+)\)\s*$/.exec(name);
  const country =
    (ofCountry ? findCountry(ofCountry[2]!) : null) ?? (inParentheses ? findCountry(inParentheses[1]!) : null);
  const headKind = ofCountry && country ? KIND_OF_HEAD[ofCountry[1]!.toLowerCase()] : undefined;
  return {
    code: null,
    name,
    country: country?.cca2 ?? null,
    standsFor: headKind ? 'ORGAN' : null,
    kind: headKind ?? KIND_OF_INTER[inter] ?? null,
  };
}
