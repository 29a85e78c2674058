import { describe, expect, it } from 'vitest';
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
