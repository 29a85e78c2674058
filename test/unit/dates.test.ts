import { describe, expect, it } from 'vitest';
import { formatPartialDate, parsePartialDate } from '../../server/domain/dates.ts';

describe('partial dates', () => {
  it('reads a year as the first day of that year, known to the year', () => {
    expect(parsePartialDate('2018')).toEqual({ start: '2018-01-01', precision: 'YEAR', text: '2018' });
  });

  it('reads a month as the first day of that month, known to the month', () => {
    expect(parsePartialDate('2020-01')).toEqual({ start: '2020-01-01', precision: 'MONTH', text: '2020-01' });
  });

  it('reads a full date as that day', () => {
    expect(parsePartialDate('2020-01-03')).toEqual({ start: '2020-01-03', precision: 'DAY', text: '2020-01-03' });
  });

  it('refuses impossible dates and other formats', () => {
    for (const text of ['2019-02-30', '2020-13', '20', '3 January 2020', '2020/01/03', '']) {
      expect(parsePartialDate(text), text).toBeNull();
    }
  });

  it('formats a stored date back at its precision', () => {
    expect(formatPartialDate('2018-01-01', 'YEAR')).toBe('2018');
    expect(formatPartialDate('2020-01-01', 'MONTH')).toBe('2020-01');
    expect(formatPartialDate('2020-01-03', 'DAY')).toBe('2020-01-03');
  });
});
