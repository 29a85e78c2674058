import { describe, expect, it } from 'vitest';
import {
  corroboratedClaim,
  countIndependentSources,
  daysBetween,
  normaliseUrl,
  withinCorroborationWindow,
  type StorySource,
} from '../../server/domain/corroboration.ts';
import { CORROBORATION_WINDOW_DAYS, RELATION_TYPE_NAMES } from '../../server/domain/vocabulary.ts';

const day = (validFrom: string) => ({ validFrom, datePrecision: 'DAY' as const });
const story = (id: string, fields: Partial<StorySource> = {}): StorySource => ({
  id,
  url: null,
  publisher: null,
  title: null,
  cites: [],
  ...fields,
});

describe('the same relation reported twice', () => {
  it('gives every relation type a window', () => {
    for (const type of RELATION_TYPE_NAMES) expect(CORROBORATION_WINDOW_DAYS[type]).toBeGreaterThanOrEqual(0);
  });

  it('counts the days between the periods of two partial dates, 0 when they overlap', () => {
    expect(daysBetween(day('2020-01-03'), day('2020-01-05'))).toBe(2);
    expect(daysBetween(day('2020-01-05'), day('2020-01-03'))).toBe(2);
    expect(daysBetween({ validFrom: '2020-01-01', datePrecision: 'MONTH' }, day('2020-01-20'))).toBe(0);
    expect(daysBetween({ validFrom: '2020-01-01', datePrecision: 'MONTH' }, day('2020-02-03'))).toBe(3);
  });

  it("matches dates within the type's window, and undated claims only with undated ones", () => {
    expect(withinCorroborationWindow('ATTACK', day('2020-01-03'), day('2020-01-05'))).toBe(true);
    expect(withinCorroborationWindow('ATTACK', day('2020-01-03'), day('2020-01-09'))).toBe(false);
    expect(withinCorroborationWindow('SANCTION', day('2020-01-03'), day('2020-01-09'))).toBe(true);
    const undated = { validFrom: null, datePrecision: null };
    expect(withinCorroborationWindow('MEMBER_OF', undated, undated)).toBe(true);
    expect(withinCorroborationWindow('MEMBER_OF', undated, day('2020-01-03'))).toBe(false);
  });

  it('picks the nearest stored claim within the window, the lowest id on a tie', () => {
    const stored = [
      { id: 'b', ...day('2020-01-04') },
      { id: 'a', ...day('2020-01-02') },
      { id: 'c', ...day('2020-01-20') },
    ];
    expect(corroboratedClaim('ATTACK', day('2020-01-03'), stored)?.id).toBe('a');
    expect(corroboratedClaim('ATTACK', day('2020-01-05'), stored)?.id).toBe('b');
    expect(corroboratedClaim('ATTACK', day('2020-01-12'), stored)).toBeNull();
  });
});

describe('independent sources', () => {
  it('normalises URLs to the page they name', () => {
    expect(normaliseUrl('https://www.Example.org/news/story-1/?utm_source=x#top')).toBe('example.org/news/story-1');
    expect(normaliseUrl('http://m.example.org/news/story-1/amp')).toBe('example.org/news/story-1');
    expect(normaliseUrl('https://example.org/item?id=2&ref=home')).toBe('example.org/item?id=2');
    expect(normaliseUrl('not a url')).toBeNull();
  });

  it('counts two different stories twice', () => {
    expect(
      countIndependentSources([
        story('a', { url: 'https://one.example/a', publisher: 'One', title: 'Strike reported' }),
        story('b', { url: 'https://two.example/b', publisher: 'Two', title: 'Strike reported' }),
      ]),
    ).toBe(2);
  });

  it('counts copies of one story once: the same URL, the same publisher and title, or one citing the other', () => {
    expect(
      countIndependentSources([
        story('a', { url: 'https://www.one.example/a?utm_medium=feed' }),
        story('b', { url: 'http://one.example/a/' }),
      ]),
    ).toBe(1);
    expect(
      countIndependentSources([
        story('a', { publisher: 'Wire Service', title: 'Talks held in Doha' }),
        story('b', { publisher: 'wire service', title: 'Talks held in Doha.' }),
      ]),
    ).toBe(1);
    expect(countIndependentSources([story('a', { cites: ['c'] }), story('b', { cites: ['c'] }), story('c')])).toBe(1);
  });

  it('joins copies of copies and counts the same source once', () => {
    expect(
      countIndependentSources([
        story('a', { url: 'https://one.example/x' }),
        story('b', { url: 'https://one.example/x', publisher: 'Two', title: 'T' }),
        story('c', { publisher: 'Two', title: 'T' }),
        story('a'),
        story('d'),
      ]),
    ).toBe(2);
    expect(countIndependentSources([])).toBe(0);
  });
});
