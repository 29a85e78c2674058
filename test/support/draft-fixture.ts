import type { Draft } from '../../server/extraction/draft.ts';

/**
 * A short invented article and a draft of it as a reviewer might accept it: one actor already in
 * the seed (Pakistan, linked by id), two new ones, two relations on the same dyad, type and date
 * (their ids must differ) and one undated. Offsets are computed from the text, so they stay true.
 */
export const ARTICLE_TEXT = [
  'Northport, 12 March 2021. The Republic of Veloria signed a fisheries pact with Pakistan on Monday,',
  'officials said. Veloria also agreed a second accord on ports with Islamabad.',
  'The Coral Coast Front reportedly attacked a Velorian patrol boat last month.',
].join(' ');

/** Where `quote` stands in the article, looked for from where `after` (when given) stands. */
function span(quote: string, after = '') {
  const start = ARTICLE_TEXT.indexOf(quote, Math.max(0, ARTICLE_TEXT.indexOf(after)));
  if (start < 0) throw new Error(`not in the article: ${quote}`);
  return { start, end: start + quote.length, text: quote };
}

export const ARTICLE = {
  text: ARTICLE_TEXT,
  date: '2021-03-12',
  publisher: 'Northport Courier',
  title: 'Veloria signs fisheries pact with Pakistan',
};

export function reviewedDraft(): Draft {
  const pact = span('The Republic of Veloria signed a fisheries pact with Pakistan on Monday');
  const ports = span('Veloria also agreed a second accord on ports with Islamabad');
  const attack = span('The Coral Coast Front reportedly attacked a Velorian patrol boat last month');
  return {
    actors: [
      {
        id: 'veloria',
        name: 'Veloria',
        kind: 'STATE',
        country: null,
        aliases: ['Republic of Veloria', 'Velorian'],
        existing: false,
        mentions: [span('Republic of Veloria'), span('Veloria', 'Veloria also'), span('Velorian')],
      },
      {
        id: 'pakistan',
        name: 'Pakistan',
        kind: 'STATE',
        country: 'PK',
        aliases: ['Islamabad'],
        existing: true,
        mentions: [span('Pakistan'), span('Islamabad')],
      },
      {
        id: 'coral-coast-front',
        name: 'Coral Coast Front',
        kind: 'ARMED_GROUP',
        country: null,
        aliases: [],
        existing: false,
        mentions: [span('Coral Coast Front')],
      },
    ],
    relations: [
      {
        from: 'veloria',
        to: 'pakistan',
        type: 'AGREE',
        polarity: 'COOPERATIVE',
        quote: pact.text,
        start: pact.start,
        end: pact.end,
        attribution: 'officials',
        stance: 'ASSERTS',
        status: 'REPORTED',
        date: '2021-03-08',
        datePrecision: 'DAY',
        confidence: 0.7,
      },
      {
        from: 'veloria',
        to: 'pakistan',
        type: 'AGREE',
        polarity: 'COOPERATIVE',
        quote: ports.text,
        start: ports.start,
        end: ports.end,
        attribution: 'Northport Courier',
        stance: 'ASSERTS',
        status: 'REPORTED',
        date: '2021-03-08',
        datePrecision: 'DAY',
        confidence: 0.6,
      },
      {
        from: 'coral-coast-front',
        to: 'veloria',
        type: 'ATTACK',
        polarity: 'HOSTILE',
        quote: attack.text,
        start: attack.start,
        end: attack.end,
        attribution: 'Northport Courier',
        stance: 'HEDGES',
        status: 'ALLEGED',
        date: '2021-02',
        datePrecision: 'MONTH',
        confidence: 0.4,
      },
    ],
  };
}
