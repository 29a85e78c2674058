import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../server/extraction/create-extractor.ts';
import { resolveDate } from '../../server/extraction/relative-dates.ts';
import { NLP_CASES } from '../fixtures/nlp/cases.ts';
import { createRecordedEngine } from '../support/recorded-engine.ts';
import { PUBLISHER, dyad, extractCase } from '../support/extract-case.ts';

describe('attribution', () => {
  it('attributes a claim to the publisher when the article names no one', async () => {
    const [relation] = (await extractCase('active')).relations;
    expect(relation?.attribution).toBe(PUBLISHER);
  });

  it('calls the article\'s own voice "the report" when no publisher is given', async () => {
    const extractor = createExtractor({ knownActors: () => Promise.resolve([]), engine: createRecordedEngine() });
    const { text, date } = NLP_CASES.active;
    const [relation] = (await extractor.extract(text, { date })).relations;
    expect(relation?.attribution).toBe('the report');
  });

  it('attributes a claim to the object of "according to"', async () => {
    const [relation] = (await extractCase('accordingTo')).relations;
    expect(relation).toMatchObject({
      from: 'turkish-military',
      to: 'kurdish-fighters',
      attribution: 'Syrian Observatory for Human Rights',
    });
  });

  it('attributes indirect speech to the one who reported it, and marks unnamed sources as alleged', async () => {
    const [relation] = (await extractCase('citingSources')).relations;
    expect(relation).toMatchObject({
      from: 'saudi-arabia',
      type: 'SANCTION',
      to: 'lebanon',
      attribution: 'Reuters',
      status: 'ALLEGED',
    });
    expect(relation?.confidence).toBeLessThanOrEqual(0.5);
  });

  it('attributes a direct quotation to its speaker', async () => {
    const [relation] = (await extractCase('directQuote')).relations;
    expect(relation).toMatchObject({ from: 'pakistan', type: 'SUPPORT', to: 'taliban', attribution: 'Ashraf Ghani' });
  });

  it('attributes a claim to the speaker of a closing "..., a military spokesman said"', async () => {
    const [relation] = (await extractCase('trailingSpeaker')).relations;
    expect(relation).toMatchObject({
      from: 'pakistan',
      type: 'THREATEN',
      to: 'india',
      attribution: 'military spokesman',
      status: 'REPORTED',
    });
  });

  it('attributes a claim to the one who "had tweeted" it', async () => {
    const [relation] = (await extractCase('tweeted')).relations;
    expect(relation).toMatchObject({ from: 'iran', type: 'AID', to: 'russia', attribution: 'Antony Blinken' });
  });
});

describe('modality', () => {
  it('states a plain claim as asserted and reported', async () => {
    const [relation] = (await extractCase('active')).relations;
    expect(relation).toMatchObject({ stance: 'ASSERTS', status: 'REPORTED' });
  });

  it('marks "allegedly" as alleged with lower confidence', async () => {
    const plain = (await extractCase('active')).relations[0];
    const [relation] = (await extractCase('allegedly')).relations;
    expect(relation?.status).toBe('ALLEGED');
    expect(relation?.confidence).toBeLessThan(plain?.confidence ?? 0);
  });

  it('makes a claim someone denies a denial', async () => {
    const [relation] = (await extractCase('denial')).relations;
    expect(relation).toMatchObject({
      from: 'iran',
      type: 'ATTACK',
      to: 'saudi-arabia',
      stance: 'DENIES',
      status: 'DENIED',
      attribution: 'Iran',
    });
  });

  it("keeps an accusation its accuser's when a relative clause says the accused denies the charge", async () => {
    const [relation] = (await extractCase('relativeDenial')).relations;
    expect(relation).toMatchObject({
      from: 'armenia',
      type: 'ACCUSE',
      to: 'turkiye',
      attribution: 'Armenia',
      stance: 'ASSERTS',
    });
  });

  it('gives a denied act the subject of the denial ("Beijing denied supplying weapons to Moscow")', async () => {
    const [relation] = (await extractCase('deniedDoing')).relations;
    expect(relation).toMatchObject({ from: 'china', type: 'AID', to: 'russia', stance: 'DENIES', status: 'DENIED' });
  });

  it('makes a "reportedly" an allegation', async () => {
    const [relation] = (await extractCase('reportedly')).relations;
    expect(relation?.status).toBe('ALLEGED');
  });

  it('makes a negated claim a denial', async () => {
    const [relation] = (await extractCase('negation')).relations;
    expect(relation).toMatchObject({ stance: 'DENIES', status: 'DENIED' });
  });

  it('hedges a conditional and a "reportedly", and never raises confidence for it', async () => {
    const plain = (await extractCase('active')).relations[0]?.confidence ?? 0;
    for (const name of ['conditional', 'reportedly'] as const) {
      const [relation] = (await extractCase(name)).relations;
      expect(relation?.stance, name).toBe('HEDGES');
      expect(relation?.confidence, name).toBeLessThan(plain);
    }
  });
});

describe('dates of claims', () => {
  it('resolves "two years ago" to a year', async () => {
    const [relation] = (await extractCase('yearsAgo')).relations;
    expect(relation).toMatchObject({
      from: 'united-states',
      type: 'SANCTION',
      to: 'pakistan',
      date: '2018',
      datePrecision: 'YEAR',
    });
  });

  it('resolves "last month" to a month', async () => {
    const [relation] = (await extractCase('lastMonth')).relations;
    expect(relation).toMatchObject({ date: '2019-12', datePrecision: 'MONTH' });
  });

  it('resolves "on Friday" to the Friday before the article', async () => {
    // 2020-01-07 was a Tuesday; the Friday before it was 3 January.
    const [relation] = (await extractCase('onFriday')).relations;
    expect(relation).toMatchObject({ date: '2020-01-03', datePrecision: 'DAY' });
  });

  it('keeps an absolute date at the precision written', async () => {
    expect((await extractCase('active')).relations[0]).toMatchObject({ date: '2022-02-24', datePrecision: 'DAY' });
    expect((await extractCase('passive')).relations[0]).toMatchObject({ date: '2022-02', datePrecision: 'MONTH' });
  });

  it("reads a week as no finer than its month, and a bare year from the engine's value", () => {
    expect(resolveDate({ text: 'earlier this week', normalizedNer: '2020-W02' }, '2020-01-07')).toEqual({
      date: '2020-01',
      precision: 'MONTH',
    });
    expect(resolveDate({ text: 'in 1984', normalizedNer: '1984' }, '2020-01-07')).toEqual({
      date: '1984',
      precision: 'YEAR',
    });
    expect(resolveDate({ text: 'recently', normalizedNer: 'PAST_REF' }, '2020-01-07')).toBeNull();
  });

  it('reads a month without a year as the last such month before the article', () => {
    expect(resolveDate({ text: 'in September', normalizedNer: '2023-09' }, '2023-06-15')).toEqual({
      date: '2022-09',
      precision: 'MONTH',
    });
    expect(resolveDate({ text: 'in March', normalizedNer: '2023-03' }, '2023-06-15')).toEqual({
      date: '2023-03',
      precision: 'MONTH',
    });
  });
});

describe('dates written with "last year" and dates of governing clauses', () => {
  it('reads "in August last year" as the August of the year before, even in an August', () => {
    expect(resolveDate({ text: 'in August last year', normalizedNer: null }, '2022-08-02')).toEqual({
      date: '2021-08',
      precision: 'MONTH',
    });
  });

  it('keeps the month of "May last year", which chrono takes for a verb', () => {
    expect(resolveDate({ text: 'May last year', normalizedNer: null }, '2023-04-05')).toEqual({
      date: '2022-05',
      precision: 'MONTH',
    });
  });

  it('dates a when-clause by the clause it hangs on ("collapsed last month, when Egypt refused ...")', async () => {
    const draft = await extractCase('whenClause');
    const refusal = draft.relations.find((r) => r.type === 'REJECT');
    expect(refusal).toMatchObject({ from: 'egypt', to: 'ethiopia', date: '2021-04', datePrecision: 'MONTH' });
    expect(refusal?.quote).toContain('last month');
  });

  it('does not propose what an agent refused to do ("refused to meet Ethiopia" is no meeting)', async () => {
    const draft = await extractCase('whenClause');
    expect(draft.relations.map((r) => r.type)).toEqual(['REJECT']);
  });
});

describe('statements and titles', () => {
  it('cites a state that speaks through its capital by the words the article uses, confirmed', async () => {
    const draft = await extractCase('metonymy');
    expect(draft.relations.find((r) => r.type === 'ACCUSE')).toMatchObject({
      from: 'russia',
      attribution: 'Moscow',
      status: 'CONFIRMED',
    });
  });

  it('cites a speaker described rather than named as the article describes it, reported', async () => {
    const draft = await extractCase('describedSpeaker');
    expect(draft.relations).toHaveLength(1);
    expect(draft.relations[0]).toMatchObject({
      from: 'egypt',
      to: 'ethiopia',
      attribution: 'Egyptian officials',
      status: 'REPORTED',
    });
  });

  it('reads a state\'s office in apposition ("Erdogan, Turkey\'s president") as a description, not a relation', async () => {
    const draft = await extractCase('titleAfterName');
    expect(draft.relations.filter((r) => r.type === 'LEADS')).toEqual([]);
    expect(draft.relations.map(dyad)).toEqual(['tayyip-erdogan CONSULT vladimir-putin']);
  });

  it('attributes a relation made by speaking to its speaker, as confirmed', async () => {
    const draft = await extractCase('titleAndStatement');
    expect(draft.relations.find((r) => r.type === 'REQUEST')).toMatchObject({
      from: 'jens-stoltenberg',
      to: 'turkiye',
      attribution: 'Jens Stoltenberg',
      status: 'CONFIRMED',
    });
  });

  it("reads a title that names a body as leadership of it, in the publisher's voice", async () => {
    const draft = await extractCase('titleAndStatement');
    expect(draft.relations.find((r) => r.type === 'LEADS')).toMatchObject({
      from: 'jens-stoltenberg',
      to: 'nato',
      quote: 'NATO Secretary General Jens Stoltenberg',
      attribution: PUBLISHER,
    });
  });
});

describe("dates from outside the claim's own words", () => {
  it('dates an event noun by the verb it is the object of, and quotes the date', async () => {
    const [drills] = (await extractCase('eventNounDatedByVerb')).relations;
    // 2018-04-20 was a Friday; the Wednesday before it was 18 April.
    expect(drills).toMatchObject({ from: 'north-korea', to: 'south-korea', date: '2018-04-18', datePrecision: 'DAY' });
    expect(drills?.quote).toMatch(/on Wednesday$/);
  });

  it('carries the day of the sentence before to a claim in the simple past that has no date', async () => {
    const draft = await extractCase('dateOfParagraph');
    const accusation = draft.relations.find((r) => dyad(r) === 'japan ACCUSE china');
    expect(accusation).toMatchObject({ date: '2018-04-17', datePrecision: 'DAY' });
    // Only one sentence on: the next claim's sentence before has no date of its own.
    const denunciation = draft.relations.find((r) => dyad(r) === 'china ACCUSE japan');
    expect(denunciation).toMatchObject({ date: null, datePrecision: null });
  });

  it('carries a month of the sentence before only to a claim that says it came "then"', async () => {
    const draft = await extractCase('thenCarriesDate');
    expect(draft.relations.find((r) => dyad(r) === 'iraq ATTACK kuwait')).toMatchObject({
      date: '1990-07',
      datePrecision: 'MONTH',
    });
    expect(draft.relations.find((r) => dyad(r) === 'syria ACCUSE iraq')).toMatchObject({
      date: null,
      datePrecision: null,
    });
  });
});

describe('titles the engine did not tag', () => {
  it('reads a capitalised head title between a body and a name as leadership ("European Commission President X")', async () => {
    const draft = await extractCase('untaggedTitle');
    expect(draft.relations.find((r) => r.type === 'LEADS')).toMatchObject({
      from: 'jean-claude-juncker',
      to: 'european-commission',
      quote: 'European Commission President Jean-Claude Juncker',
    });
  });

  it('reads a title before a name\'s comma as leadership, wherever the parser hangs the name ("X\'s top commander, NAME")', async () => {
    const draft = await extractCase('titleBeforeComma');
    expect(draft.relations.find((r) => r.type === 'LEADS')).toMatchObject({
      from: 'rodrigo-londono',
      to: 'farc',
      quote: "FARC's top commander, Rodrigo Londono",
    });
  });
});
