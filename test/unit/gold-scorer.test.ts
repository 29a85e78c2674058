import { describe, expect, it } from 'vitest';
import type { Draft, DraftActor, DraftRelation } from '../../server/extraction/draft.ts';
import type { KnownActor } from '../../server/extraction/extractor.ts';
import { parseKnowledgeDocument } from '../../server/ingest/ingest-document.ts';
import { countSentences, isSameAttribution, scoreDraft, summarise } from '../gold/score-draft.ts';

// A three-sentence article about invented states, its gold knowledge, and the graph it arrives in.
const text =
  'Atlantis imposed sanctions on Lemuria on Tuesday, the Atlantean foreign ministry said. ' +
  'Lemuria and Mu agreed last month to hold joint exercises, according to officials. ' +
  'Mu denied arming the rebels.';

const sanctionQuote = 'Atlantis imposed sanctions on Lemuria on Tuesday';
const agreeQuote = 'Lemuria and Mu agreed last month to hold joint exercises';

const gold = parseKnowledgeDocument({
  format: 'actorgraph/v1',
  sources: [{ id: 'wire', title: 'Sanctions on Lemuria', publisher: 'Example Wire', published: '2021-05-06' }],
  actors: [
    { id: 'atlantis', name: 'Atlantis', kind: 'STATE', country: 'AT' },
    { id: 'lemuria', name: 'Lemuria', kind: 'STATE', country: 'LE' },
    { id: 'mu', name: 'Mu', kind: 'STATE', country: 'MU' },
    { id: 'atlantis-foreign-ministry', name: 'Atlantean foreign ministry', kind: 'GOVERNMENT_BODY', country: 'AT' },
  ],
  relations: [
    {
      id: 'atlantis-sanctions-lemuria',
      type: 'SANCTION',
      from: 'atlantis',
      to: 'lemuria',
      when: { date: '2021-05-04', asWritten: 'on Tuesday' },
      evidence: [
        {
          source: 'wire',
          quote: sanctionQuote,
          attribution: 'the Atlantean foreign ministry',
          status: 'CONFIRMED',
          confidence: 0.9,
        },
      ],
    },
    {
      id: 'lemuria-and-mu-agree',
      type: 'AGREE',
      from: 'lemuria',
      to: 'mu',
      mode: 'mutual',
      when: { date: '2021-04', asWritten: 'last month' },
      evidence: [{ source: 'wire', quote: agreeQuote, attribution: 'officials', status: 'REPORTED', confidence: 0.7 }],
    },
  ],
});

// Atlantis is known under another spelling: a draft that links it gets the known id. The navy is
// known too but the article does not mention it.
const knownActors: KnownActor[] = [
  { id: 'atlantis', name: 'Atlàntis', kind: 'STATE', country: 'AT', aliases: ['Republic of Atlantis'] },
  { id: 'atlantean-navy', name: 'Atlantean Navy', kind: 'MILITARY', country: 'AT', aliases: [] },
];

function actor(id: string, name: string, overrides: Partial<DraftActor> = {}): DraftActor {
  const start = text.indexOf(name);
  return {
    id,
    name,
    kind: 'STATE',
    country: null,
    aliases: [],
    existing: false,
    mentions: start >= 0 ? [{ start, end: start + name.length, text: name }] : [],
    ...overrides,
  };
}

function relation(from: string, to: string, quote: string, overrides: Partial<DraftRelation> = {}): DraftRelation {
  const start = text.indexOf(quote);
  return {
    from,
    to,
    type: 'SANCTION',
    polarity: 'HOSTILE',
    quote,
    start,
    end: start + quote.length,
    attribution: 'Example Wire',
    stance: 'ASSERTS',
    status: 'REPORTED',
    date: null,
    datePrecision: null,
    confidence: 0.8,
    ...overrides,
  };
}

const perfectActors = (): DraftActor[] => [
  actor('atlantis', 'Atlantis', { existing: true, country: 'AT' }),
  actor('lemuria', 'Lemuria', { country: 'LE' }),
  actor('mu', 'Mu', { country: 'MU' }),
  actor('atlantis-foreign-ministry', 'Atlantean foreign ministry', { kind: 'GOVERNMENT_BODY', country: 'AT' }),
];

const perfectSanction = (): DraftRelation =>
  relation('atlantis', 'lemuria', sanctionQuote, {
    attribution: 'the Atlantean foreign ministry',
    status: 'CONFIRMED',
    date: '2021-05-04',
    datePrecision: 'DAY',
  });

const perfectAgreement = (): DraftRelation =>
  relation('lemuria', 'mu', agreeQuote, {
    type: 'AGREE',
    polarity: 'COOPERATIVE',
    attribution: 'officials',
    date: '2021-04',
    datePrecision: 'MONTH',
  });

const perfectDraft = (): Draft => ({ actors: perfectActors(), relations: [perfectSanction(), perfectAgreement()] });

function score(draft: Draft) {
  return scoreDraft({ draft, gold, knownActors, text });
}

describe('the gold scorer', () => {
  it('gives a perfect draft 1 on every figure', () => {
    const { figures, missedActors, missedRelations } = score(perfectDraft());
    expect(missedActors).toEqual([]);
    expect(missedRelations).toEqual([]);
    const { relationsPerSentence, ...ratios } = figures;
    for (const [name, value] of Object.entries(ratios)) expect([name, value]).toEqual([name, 1]);
    // Two relations over three sentences.
    expect(relationsPerSentence).toBeCloseTo(2 / 3);
  });

  it('lowers relation recall, not precision, when a relation is missing', () => {
    const { figures, missedRelations } = score({ actors: perfectActors(), relations: [perfectSanction()] });
    expect(figures.relationRecall).toBe(0.5);
    expect(figures.relationPrecision).toBe(1);
    expect(missedRelations).toEqual(['lemuria-and-mu-agree']);
  });

  it('does not match a relation proposed in the wrong direction', () => {
    const reversed = { ...perfectSanction(), from: 'lemuria', to: 'atlantis' };
    const { figures } = score({ actors: perfectActors(), relations: [reversed, perfectAgreement()] });
    expect(figures.relationRecall).toBe(0.5);
    expect(figures.relationPrecision).toBe(0.5);
  });

  it('matches a mutual gold relation in either direction', () => {
    const reversed = { ...perfectAgreement(), from: 'mu', to: 'lemuria' };
    expect(score({ actors: perfectActors(), relations: [perfectSanction(), reversed] }).figures.relationRecall).toBe(1);
  });

  it('does not match a relation of the wrong sign', () => {
    const cooperative = { ...perfectSanction(), type: 'AID' as const, polarity: 'COOPERATIVE' as const };
    expect(score({ actors: perfectActors(), relations: [cooperative] }).counts.relationsMatched).toBe(0);
  });

  it('matches a relation of another type with the same sign, and counts its type as wrong', () => {
    const accusation = { ...perfectSanction(), type: 'ACCUSE' as const };
    const { figures } = score({ actors: perfectActors(), relations: [accusation, perfectAgreement()] });
    expect(figures.relationRecall).toBe(1);
    expect(figures.typeRecall).toBe(0.5);
    expect(figures.typePrecision).toBe(0.5);
  });

  it('counts a second proposal of the same gold relation against precision', () => {
    const { figures } = score({ actors: perfectActors(), relations: [perfectSanction(), perfectSanction()] });
    expect(figures.relationPrecision).toBe(0.5);
    expect(figures.relationRecall).toBe(0.5);
  });

  it('finds actors by a mention, folding case and accents, or by id', () => {
    const byMention = actor('x-1', 'Some Other Name', {
      mentions: [{ start: 0, end: 8, text: 'ATLÀNTIS' }],
    });
    const byId = actor('lemuria', 'Unrelated');
    const { counts } = score({ actors: [byMention, byId], relations: [] });
    expect(counts.goldActorsFound).toBe(2);
    expect(counts.draftActorsMatched).toBe(2);
  });

  it("takes a state's forces the gold set does not name for the state itself", () => {
    const forces = actor('atlantean-forces', 'Atlantean forces', { kind: 'MILITARY', country: 'AT' });
    const sanction = { ...perfectSanction(), from: 'atlantean-forces' };
    const { counts } = score({ actors: [forces, ...perfectActors().slice(1)], relations: [sanction] });
    expect(counts.draftActorsMatched).toBe(4);
    expect(counts.relationsMatched).toBe(1);
  });

  it('does not take a named body for its state', () => {
    const ministry = actor('atlantis-foreign-ministry', 'Atlantean foreign ministry', {
      kind: 'GOVERNMENT_BODY',
      country: 'AT',
    });
    const sanction = { ...perfectSanction(), from: 'atlantis-foreign-ministry' };
    expect(
      score({ actors: [ministry, ...perfectActors().slice(1, 3)], relations: [sanction] }).counts.relationsMatched,
    ).toBe(0);
  });

  it('counts a draft actor that matches nothing against actor precision', () => {
    const { figures } = score({ actors: [...perfectActors(), actor('lost-city', 'Lost City')], relations: [] });
    expect(figures.actorPrecision).toBe(4 / 5);
    expect(figures.actorRecall).toBe(1);
  });

  it('wants a known actor resolved to its id and a new state to its country', () => {
    const unresolved = [
      actor('atlantis-2', 'Atlantis', { existing: false, country: 'AT' }),
      actor('lemuria', 'Lemuria', { country: 'XX' }),
      actor('mu', 'Mu', { country: 'MU' }),
      actor('atlantean-navy', 'Atlantean foreign ministry', { kind: 'GOVERNMENT_BODY', existing: true }),
    ];
    const { counts } = score({ actors: unresolved, relations: [] });
    expect(counts.goldActorsFound).toBe(4);
    // Only Mu: Atlantis is not linked to its known id, Lemuria has the wrong country, and the
    // ministry is wrongly linked to another known actor.
    expect(counts.goldActorsResolved).toBe(1);
  });

  it('judges attribution, status and dates on matched relations only', () => {
    const sloppy = {
      ...perfectSanction(),
      attribution: 'Example Wire',
      status: 'REPORTED' as const,
      date: '2021-05',
      datePrecision: 'MONTH' as const,
    };
    const wrongYear = { ...perfectAgreement(), date: '2020-04' };
    const { figures } = score({ actors: perfectActors(), relations: [sloppy, wrongYear] });
    expect(figures.attribution).toBe(0.5);
    expect(figures.status).toBe(0.5);
    expect(figures.datePrecision).toBe(0.5);
    expect(figures.relativeDatePrecision).toBe(0.5);
    expect(figures.date).toBe(0);
  });

  it('counts a date written with its year as absolute, not relative', () => {
    const absolute = parseKnowledgeDocument({
      ...gold,
      relations: gold.relations.map((r) => ({ ...r, when: { ...r.when, asWritten: 'in April 2021' } })),
    });
    const { counts } = scoreDraft({ draft: perfectDraft(), gold: absolute, knownActors, text });
    expect(counts.goldDated).toBe(2);
    expect(counts.goldRelativeDated).toBe(0);
  });

  it('micro-averages over articles by summing counts', () => {
    const full = score(perfectDraft());
    const empty = score({ actors: perfectActors(), relations: [] });
    const { figures, counts } = summarise([full, empty]);
    expect(counts.goldRelations).toBe(4);
    expect(figures.relationRecall).toBe(2 / 4);
    expect(figures.relationPrecision).toBe(1);
    expect(figures.relationsPerSentence).toBe(2 / 6);
  });

  it('gives no figure where there was nothing to count', () => {
    expect(score({ actors: [], relations: [] }).figures.relationPrecision).toBeNull();
  });
});

describe('attribution matching', () => {
  it('accepts a longer or shorter naming of the same source', () => {
    expect(isSameAttribution('White House spokesman John Kirby', 'John Kirby', 'Wire')).toBe(true);
    expect(isSameAttribution('Kirby', 'John Kirby', 'Wire')).toBe(true);
    expect(isSameAttribution('the Pentagon', 'Pentagon', 'Wire')).toBe(true);
  });

  it('accepts the report for the publisher, and nothing else for it', () => {
    expect(isSameAttribution('the report', 'Example Wire', 'Example Wire')).toBe(true);
    expect(isSameAttribution('Example Wire', 'Example Wire', 'Example Wire')).toBe(true);
    expect(isSameAttribution('the report', 'officials', 'Example Wire')).toBe(false);
    expect(isSameAttribution('John Kirby', 'Example Wire', 'Example Wire')).toBe(false);
  });

  it('does not take a word inside another for a match', () => {
    expect(isSameAttribution('Ali', 'Alina Novak', 'Wire')).toBe(false);
  });
});

describe('sentence counting', () => {
  it('does not end a sentence at an initialism or a title', () => {
    expect(countSentences('U.S. officials met Gen. Smith on Monday. He said "yes." Talks went on.')).toBe(3);
  });

  it('ends a sentence at a paragraph break', () => {
    expect(countSentences('First line without a stop\n\nSecond paragraph.')).toBe(2);
  });
});
