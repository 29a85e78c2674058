import { describe, expect, it } from 'vitest';
import { isActiveAsOf } from '../../client/src/graph/filters.ts';
import { formatDate, fromDayNumber, toDayNumber, toDayRange, yearStarts } from '../../client/src/graph/dates.ts';

describe('dates in the view', () => {
  it('counts days both ways', () => {
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(fromDayNumber(toDayNumber('2020-02-29'))).toBe('2020-02-29');
  });

  it('spans whole years from the earliest to the latest date loaded, ends included', () => {
    const range = toDayRange([
      { validFrom: '2018-05-01', validTo: null },
      { validFrom: null, validTo: '2020-01-03' },
      { validFrom: null, validTo: null },
    ]);
    expect(range && [fromDayNumber(range.first), fromDayNumber(range.last)]).toEqual(['2018-01-01', '2020-12-31']);
    expect(range && yearStarts(range).map((mark) => mark.year)).toEqual([2018, 2019, 2020]);
    expect(toDayRange([{ validFrom: null, validTo: null }])).toBeNull();
  });

  it('shows a date only as precisely as it is known', () => {
    expect(formatDate('2018-01-01', 'YEAR')).toBe('2018');
    expect(formatDate('2020-01-01', 'MONTH')).toBe('Jan 2020');
    expect(formatDate('2020-01-03', 'DAY')).toBe('2020-01-03');
    expect(formatDate(null)).toBe('undated');
  });
});

describe('as of a date in the view, by the one date rule', () => {
  it('does not show an event known to the month before the month is over', () => {
    const january = { validFrom: '2020-01-01', datePrecision: 'MONTH', validTo: null };
    expect(isActiveAsOf(january, '2020-01-02')).toBe(false);
    expect(isActiveAsOf(january, '2020-01-31')).toBe(true);
  });

  it('keeps an interval known to the month until that month has surely begun', () => {
    const untilJanuary = {
      validFrom: '2018-01-01',
      datePrecision: 'YEAR',
      validTo: '2020-01-01',
      validToPrecision: 'MONTH',
    };
    expect(isActiveAsOf(untilJanuary, '2018-06-01')).toBe(false);
    expect(isActiveAsOf(untilJanuary, '2019-12-31')).toBe(true);
    expect(isActiveAsOf(untilJanuary, '2020-01-01')).toBe(false);
  });
});
