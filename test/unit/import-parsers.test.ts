import { describe, expect, it } from 'vitest';
import { acledRelationType } from '../../server/interchange/import/acled-types.ts';
import { cameoEntry } from '../../server/interchange/import/cameo.ts';
import { cca2OfCca3, cca2OfNumeric } from '../../server/interchange/import/country-codes.ts';
import { CsvRecordReader } from '../../server/interchange/import/csv-records.ts';
import { GDELT_COLUMNS, gdeltIndex, type GdeltColumn } from '../../server/interchange/import/gdelt-columns.ts';
import { acledRowReader } from '../../server/interchange/import/parse-acled.ts';
import { parseGdeltLine } from '../../server/interchange/import/parse-gdelt.ts';

function gdeltLine(cells: Partial<Record<GdeltColumn, string>>): string {
  const row: string[] = new Array(GDELT_COLUMNS.length).fill('');
  const filled: Partial<Record<GdeltColumn, string>> = {
    GLOBALEVENTID: '42',
    SQLDATE: '20210310',
    Actor1Code: 'USA',
    Actor1Name: 'UNITED STATES',
    Actor1CountryCode: 'USA',
    Actor2Code: 'IRNMIL',
    Actor2Name: 'IRAN',
    Actor2CountryCode: 'IRN',
    Actor2Type1Code: 'MIL',
    EventCode: '190',
    GoldsteinScale: '-10',
    NumSources: '2',
    NumArticles: '5',
    DATEADDED: '20210310093000',
    SOURCEURL: 'https://news.example.org/a',
    ...cells,
  };
  for (const [column, value] of Object.entries(filled)) row[gdeltIndex(column as GdeltColumn)] = value;
  return row.join('\t');
}

describe('CAMEO codes on the vocabulary', () => {
  it('maps by root, and by the longest refinement where the vocabulary keeps things apart', () => {
    expect(cameoEntry('042')?.type).toBe('CONSULT');
    expect(cameoEntry('190')?.type).toBe('ATTACK');
    expect(cameoEntry('057')?.type).toBe('AGREE');
    expect(cameoEntry('051')?.type).toBe('SUPPORT');
    expect(cameoEntry('1823')?.type).toBe('KILL');
    expect(cameoEntry('182')?.type).toBe('ATTACK');
    expect(cameoEntry('0871')?.type).toBe('RETREAT');
    expect(cameoEntry('010')?.type).toBeNull();
    expect(cameoEntry('99')).toBeNull();
  });

  it('reads country codes as ISO alpha-3 and numeric', () => {
    expect(cca2OfCca3('PAK')).toBe('PK');
    expect(cca2OfCca3('XYZ')).toBeNull();
    expect(cca2OfNumeric(364)).toBe('IR');
  });
});

describe('a GDELT 2.0 event line', () => {
  it('becomes a coded event: type, Goldstein intensity, day, actors and counts', () => {
    const outcome = parseGdeltLine(gdeltLine({}), 7);
    expect(outcome.kind).toBe('event');
    if (outcome.kind !== 'event') return;
    expect(outcome.event).toMatchObject({
      line: 7,
      rowId: '42',
      type: 'ATTACK',
      intensity: -10,
      date: '2021-03-10',
      actor1: { code: 'USA', country: 'US', standsFor: 'STATE' },
      actor2: { code: 'IRNMIL', country: 'IR', standsFor: 'ORGAN', kind: 'MILITARY' },
      attribution: 'GDELT 2.0 event coder',
      source: { url: 'https://news.example.org/a', publisher: 'news.example.org', published: '2021-03-10' },
      details: { eventCode: '190', numSources: 2, numArticles: 5 },
    });
  });

  it('is malformed with a wrong column count or a bad field, saying which', () => {
    expect(parseGdeltLine('1\t2\t3', 1)).toEqual({
      kind: 'malformed',
      message: 'has 3 columns, a GDELT 2.0 event has 61',
    });
    expect(parseGdeltLine(gdeltLine({ SQLDATE: '20210230' }), 1)).toMatchObject({ kind: 'malformed' });
    expect(parseGdeltLine(gdeltLine({ GoldsteinScale: 'high' }), 1)).toMatchObject({ kind: 'malformed' });
    expect(parseGdeltLine(gdeltLine({ NumArticles: '-1' }), 1)).toMatchObject({ kind: 'malformed' });
  });

  it('is skipped with one actor only or an event code without a relation type', () => {
    expect(parseGdeltLine(gdeltLine({ Actor2Code: '', Actor2Name: '' }), 1)).toEqual({
      kind: 'skipped',
      reason: 'one actor only',
    });
    expect(parseGdeltLine(gdeltLine({ EventCode: '090' }), 1)).toMatchObject({ kind: 'skipped' });
  });
});

describe('ACLED rows', () => {
  it('map sub-event types, lethal violence to KILL, and unknown types to undefined', () => {
    expect(acledRelationType('Battles', 'Armed clash', 0)).toBe('ATTACK');
    expect(acledRelationType('Battles', 'Armed clash', 3)).toBe('KILL');
    expect(acledRelationType('Strategic developments', 'Arrests', 0)).toBe('COERCE');
    expect(acledRelationType('Strategic developments', 'Other', 0)).toBeNull();
    expect(acledRelationType('Picnics', 'Lunch', 0)).toBeUndefined();
  });

  it('refuse a header without the columns an ACLED export has', () => {
    expect(acledRowReader(['a', 'b'])).toMatchObject({ problem: expect.stringContaining('event_id_cnty') });
  });

  it('read state forces as an organ of their country and a named group by name', () => {
    const header = ['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'inter1', 'actor2'];
    const reader = acledRowReader([...header, 'inter2', 'country', 'source', 'notes', 'fatalities']);
    if ('problem' in reader) throw new Error(reader.problem);
    const outcome = reader.read(
      [
        'IRQ12',
        '15 January 2020',
        'Battles',
        'Armed clash',
        'Military Forces of Iraq (2018-)',
        '1',
        'Example Brigade',
        '3',
        'Iraq',
        'Example Wire',
        'Fighting was reported.',
        '0',
      ],
      2,
    );
    expect(outcome).toMatchObject({
      kind: 'event',
      event: {
        rowId: 'IRQ12',
        date: '2020-01-15',
        actor1: { name: 'Military Forces of Iraq', country: 'IQ', standsFor: 'ORGAN', kind: 'MILITARY' },
        actor2: { name: 'Example Brigade', country: null, standsFor: null, kind: 'ARMED_GROUP' },
        quote: 'Fighting was reported.',
      },
    });
  });
});

describe('CSV records', () => {
  it('joins quoted fields across lines, with commas and doubled quotes', () => {
    const reader = new CsvRecordReader();
    expect(reader.push('a,"b, ""c""', 1)).toBeNull();
    expect(reader.push('d",e', 2)).toEqual({ line: 1, fields: ['a', 'b, "c"\nd', 'e'], problem: null });
    expect(reader.push('x,,', 3)).toEqual({ line: 3, fields: ['x', '', ''], problem: null });
    expect(reader.push('"never closed', 4)).toBeNull();
    expect(reader.finish()).toMatchObject({ line: 4, fields: null });
  });
});
