import { describe, expect, it } from 'vitest';
import { isActiveAsOf, toDatedFilter, toLoadFilter } from '../../client/src/graph/filters.ts';
import { createViewState } from '../../client/src/graph/view-state.ts';

describe('the filter sent to the API', () => {
  it('sends only the conditions in use, and never the date when loading', () => {
    const state = { ...createViewState(), types: ['ATTACK'], minConfidence: 0.5, asOf: '2019-06-30' };
    expect(toLoadFilter(createViewState())).toEqual({});
    expect(toLoadFilter(state)).toEqual({ types: ['ATTACK'], minConfidence: 0.5 });
  });

  it('adds the date for questions the server answers as of a date (paths, analyses)', () => {
    const state = { ...createViewState(), statuses: ['ALLEGED'], asOf: '2019-06-30' };
    expect(toDatedFilter(state)).toEqual({ statuses: ['ALLEGED'], asOf: '2019-06-30' });
  });
});

describe('as of a date, as the API reads it', () => {
  it('holds from its start and stops holding on its end day', () => {
    const interval = { validFrom: '2018-01-01', validTo: '2020-01-01' };
    expect(isActiveAsOf(interval, '2017-12-31')).toBe(false);
    expect(isActiveAsOf(interval, '2018-01-01')).toBe(true);
    expect(isActiveAsOf(interval, '2019-12-31')).toBe(true);
    expect(isActiveAsOf(interval, '2020-01-01')).toBe(false);
  });

  it('keeps an event from its day on, and an undated relation at every date', () => {
    expect(isActiveAsOf({ validFrom: '2020-01-03', validTo: null }, '2020-01-02')).toBe(false);
    expect(isActiveAsOf({ validFrom: '2020-01-03', validTo: null }, '2024-01-01')).toBe(true);
    expect(isActiveAsOf({ validFrom: null, validTo: null }, '1900-01-01')).toBe(true);
    expect(isActiveAsOf({ validFrom: null, validTo: '2020-01-01' }, '2019-01-01')).toBe(true);
  });
});
