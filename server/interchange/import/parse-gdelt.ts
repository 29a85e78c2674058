import { createHash } from 'node:crypto';
import { normaliseUrl } from '../../domain/corroboration.ts';
import { parsePartialDate } from '../../domain/dates.ts';
import type { ActorKind } from '../../domain/vocabulary.ts';
import { MAX_LENGTH } from '../../ingest/limits.ts';
import { cameoEntry } from './cameo.ts';
import { cut, type CodedActor, type RowOutcome } from './coded-event.ts';
import { cca2OfCca3 } from './country-codes.ts';
import { GDELT_COLUMNS, gdeltIndex, type GdeltColumn } from './gdelt-columns.ts';

export const GDELT_CODER = 'GDELT 2.0 event coder';

/**
 * A machine coder reads a sentence, not the story: one GDELT event is weak evidence on its own
 * (below what a reviewed quote gets), and its weight grows by corroboration.
 */
export const GDELT_CONFIDENCE = 0.3;

/** CAMEO actor type codes (Actor1Type1Code) that say what kind of actor it is. */
const KIND_OF_TYPE: Readonly<Record<string, ActorKind>> = {
  GOV: 'GOVERNMENT',
  MIL: 'MILITARY',
  SPY: 'SECURITY_SERVICE',
  COP: 'SECURITY_SERVICE',
  REB: 'ARMED_GROUP',
  INS: 'ARMED_GROUP',
  SEP: 'ARMED_GROUP',
  UAF: 'ARMED_GROUP',
  IGO: 'INTERNATIONAL_ORGANISATION',
  NGO: 'ORGANISATION',
  BUS: 'COMPANY',
  MED: 'MEDIA_OUTLET',
  LEG: 'GOVERNMENT_BODY',
  JUD: 'GOVERNMENT_BODY',
  OPP: 'POLITICAL_PARTY',
};

/** Kinds of actor that are organs of their state; rebels or businesses of a country are not. */
const ORGANS = new Set<ActorKind>(['GOVERNMENT', 'GOVERNMENT_BODY', 'MILITARY', 'SECURITY_SERVICE']);

const DIGITS = /^\d+$/;

/** Reads one line of a GDELT 2.0 events export (see gdelt-columns.ts). */
export function parseGdeltLine(text: string, line: number): RowOutcome {
  const cells = text.split('\t');
  if (cells.length !== GDELT_COLUMNS.length)
    return { kind: 'malformed', message: `has ${cells.length} columns, a GDELT 2.0 event has ${GDELT_COLUMNS.length}` };
  const cell = (column: GdeltColumn) => (cells[gdeltIndex(column)] as string).trim();

  const id = cell('GLOBALEVENTID');
  if (!DIGITS.test(id)) return { kind: 'malformed', message: `GLOBALEVENTID "${id}" is not a number` };
  const date = dayOf(cell('SQLDATE'));
  if (!date) return { kind: 'malformed', message: `SQLDATE "${cell('SQLDATE')}" is not a date written YYYYMMDD` };
  const code = cell('EventCode');
  if (!/^\d{2,4}$/.test(code)) return { kind: 'malformed', message: `EventCode "${code}" is not a CAMEO code` };
  const goldstein = Number(cell('GoldsteinScale'));
  if (cell('GoldsteinScale') === '' || !Number.isFinite(goldstein) || Math.abs(goldstein) > 10)
    return { kind: 'malformed', message: `GoldsteinScale "${cell('GoldsteinScale')}" is not a number from -10 to 10` };
  for (const column of ['NumSources', 'NumArticles'] as const)
    if (!DIGITS.test(cell(column))) return { kind: 'malformed', message: `${column} "${cell(column)}" is not a count` };
  const added = cell('DATEADDED');
  if (!/^\d{14}$/.test(added) || !dayOf(added.slice(0, 8)))
    return { kind: 'malformed', message: `DATEADDED "${added}" is not a time written YYYYMMDDHHMMSS` };
  const url = cell('SOURCEURL');
  if (url === '') return { kind: 'malformed', message: 'SOURCEURL is empty' };
  if (url.length > MAX_LENGTH.url)
    return { kind: 'malformed', message: `SOURCEURL is longer than ${MAX_LENGTH.url} characters` };

  const entry = cameoEntry(code);
  if (!entry?.type)
    return { kind: 'skipped', reason: `CAMEO ${code.slice(0, 2)} (${entry?.label ?? 'unknown'}) is no relation type` };
  const actor1 = actorOf(cell('Actor1Code'), cell('Actor1Name'), cell('Actor1CountryCode'), cell('Actor1Type1Code'));
  const actor2 = actorOf(cell('Actor2Code'), cell('Actor2Name'), cell('Actor2CountryCode'), cell('Actor2Type1Code'));
  if (!actor1 || !actor2) return { kind: 'skipped', reason: 'one actor only' };

  const numSources = Number(cell('NumSources'));
  const numArticles = Number(cell('NumArticles'));
  const isUrl = normaliseUrl(url) !== null && /^https?:/i.test(url);
  const publisher = isUrl ? new URL(url).hostname.replace(/^www\./, '') : url;
  return {
    kind: 'event',
    event: {
      line,
      rowId: id,
      type: entry.type,
      intensity: goldstein,
      date,
      actor1,
      actor2,
      source: {
        // One source per link; copies of one page are told apart from independent stories by
        // server/domain/corroboration.ts, which reads the URLs.
        id: `gdelt-source-${createHash('sha256').update(url).digest('hex').slice(0, 20)}`,
        kind: 'ARTICLE',
        title: cut(url, MAX_LENGTH.title),
        publisher: cut(publisher, MAX_LENGTH.name),
        url: isUrl ? url : null,
        published: dayOf(added.slice(0, 8)),
      },
      quote: cut(
        `GDELT event ${id}, coded from this article: ${nameOf(actor1)} → ${nameOf(actor2)}, CAMEO ${code} (${entry.label}), ` +
          `Goldstein ${goldstein}, ${numSources} sources, ${numArticles} articles`,
        MAX_LENGTH.quote,
      ),
      attribution: GDELT_CODER,
      confidence: GDELT_CONFIDENCE,
      details: { coder: GDELT_CODER, eventCode: code, numSources, numArticles, fatalities: null },
    },
  };
}

/** `YYYYMMDD` as `YYYY-MM-DD`, or null when it is no date. */
function dayOf(text: string): string | null {
  if (!/^\d{8}$/.test(text)) return null;
  const day = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  return parsePartialDate(day) ? day : null;
}

function actorOf(code: string, name: string, countryCode: string, typeCode: string): CodedActor | null {
  if (code === '' && name === '') return null;
  const country = countryCode === '' ? null : cca2OfCca3(countryCode);
  const kind = KIND_OF_TYPE[typeCode] ?? null;
  return {
    code: code === '' ? null : code,
    name: name === '' ? null : name,
    country,
    // "USA" is the United States itself; "USAGOV" its government, "USAMIL" its armed forces.
    standsFor: country === null ? null : code === countryCode ? 'STATE' : kind && ORGANS.has(kind) ? 'ORGAN' : null,
    kind,
  };
}

function nameOf(actor: CodedActor): string {
  return actor.name ?? actor.code ?? '?';
}
