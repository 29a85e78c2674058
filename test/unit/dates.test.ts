import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  holdsAsOf,
  isPossibleInterval,
  overlapsWindow,
  readDateWindow,
} from '../../server/domain/date-window.ts';
import { formatPartialDate, parsePartialDate, periodOf } from '../../server/domain/dates.ts';

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

describe('the periods of partial dates', () => {
  it('gives a year, a month and a day their first and last days', () => {
    expect(periodOf('2019-01-01', 'YEAR')).toEqual({ first: '2019-01-01', last: '2019-12-31' });
    expect(periodOf('2020-02-01', 'MONTH')).toEqual({ first: '2020-02-01', last: '2020-02-29' });
    expect(periodOf('2020-01-03', 'DAY')).toEqual({ first: '2020-01-03', last: '2020-01-03' });
  });

  it('takes a date stored without its precision as a day', () => {
    expect(periodOf('2020-01-01', null)).toEqual({ first: '2020-01-01', last: '2020-01-01' });
  });
});

describe('a date window', () => {
  it('runs from the first day of from to the last day of to', () => {
    expect(readDateWindow({ from: '2018', to: '2018' })).toMatchObject({ from: '2018-01-01', to: '2018-12-31' });
    expect(readDateWindow({ from: '2020-01', to: '2020-02' })).toMatchObject({ from: '2020-01-01', to: '2020-02-29' });
  });

  it('asks as of every day of a partial asOf, certainly held unless told otherwise', () => {
    expect(readDateWindow({ asOf: '2019' })).toEqual({
      asOf: '2019-01-01',
      asOfLast: '2019-12-31',
      asOfPossible: false,
      from: null,
      to: null,
    });
    expect(readDateWindow({ asOf: '2019-06-15', asOfCertainty: 'POSSIBLE' }).asOfPossible).toBe(true);
  });

  it('accepts a window whose ends share a period, compared by periods', () => {
    expect(readDateWindow({ from: '2019-05-10', to: '2019-05' })).toMatchObject({
      from: '2019-05-10',
      to: '2019-05-31',
    });
    expect(isPossibleInterval('2019-05-10', '2019-05')).toBe(true);
    expect(isPossibleInterval('2019', '2019')).toBe(true);
  });

  it('refuses a from that begins after to ends, naming the field', () => {
    expect(() => readDateWindow({ from: '2020', to: '2019-12' })).toThrow('from must not be after to');
    expect(() => readDateWindow({ from: '2019-06-01', to: '2019-05' }, 'filter.')).toThrow(
      'from must not be after filter.to',
    );
    expect(isPossibleInterval('2019-06-01', '2019-05')).toBe(false);
  });

  it('says which field is not a date, and what it got', () => {
    expect(() => readDateWindow({ asOf: '2020-13' })).toThrow(
      'asOf must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got "2020-13"',
    );
    expect(() => readDateWindow({ asOf: '2020', asOfCertainty: 'maybe' })).toThrow(
      'asOfCertainty must be CERTAIN or POSSIBLE, got "maybe"',
    );
  });
});

describe("what a relation's partial dates allow", () => {
  const interval2019 = {
    validFrom: '2019-01-01',
    datePrecision: 'YEAR',
    validTo: '2019-01-01',
    validToPrecision: 'YEAR',
  };
  const january = { validFrom: '2020-01-01', datePrecision: 'MONTH', validTo: null };

  it('bounds the start and the end by their periods, the end after the start', () => {
    expect(boundsOf(interval2019)).toEqual({
      validFrom: '2019-01-01',
      validFromLast: '2019-12-30',
      validToFirst: '2019-01-02',
      validToLast: '2019-12-31',
    });
    expect(boundsOf(january)).toEqual({
      validFrom: '2020-01-01',
      validFromLast: '2020-01-31',
      validToFirst: null,
      validToLast: null,
    });
  });

  it('holds as of a day only what certainly held then, or what may have held when asked', () => {
    const asOf = (day: string, asOfPossible = false) => ({ asOf: day, asOfLast: day, asOfPossible });
    expect(holdsAsOf(january, asOf('2020-01-02'))).toBe(false);
    expect(holdsAsOf(january, asOf('2020-01-31'))).toBe(true);
    expect(holdsAsOf(january, asOf('2020-01-02', true))).toBe(true);
    expect(holdsAsOf(interval2019, asOf('2019-06-15'))).toBe(false);
    expect(holdsAsOf(interval2019, asOf('2019-06-15', true))).toBe(true);
    expect(holdsAsOf(interval2019, asOf('2019-12-31', true))).toBe(false);
  });

  it('holds an interval within one year as of that year', () => {
    expect(holdsAsOf(interval2019, readDateWindow({ asOf: '2019' }))).toBe(true);
    expect(holdsAsOf(interval2019, readDateWindow({ asOf: '2020' }))).toBe(false);
  });

  it('puts an event in a window its period overlaps', () => {
    const event = { ...january, isEvent: true };
    expect(overlapsWindow(event, readDateWindow({ from: '2020-01-02', to: '2020-01-31' }))).toBe(true);
    expect(overlapsWindow(event, readDateWindow({ from: '2020-02' }))).toBe(false);
    expect(overlapsWindow(event, readDateWindow({ to: '2019' }))).toBe(false);
  });

  it('puts an interval in a window it may have held during', () => {
    const interval = { ...interval2019, isEvent: false };
    expect(overlapsWindow(interval, readDateWindow({ from: '2019-12-31' }))).toBe(true);
    expect(overlapsWindow(interval, readDateWindow({ from: '2020' }))).toBe(false);
  });
});
