import { describe, expect, it } from 'vitest';
import {
  createViewState,
  needsReload,
  normaliseDay,
  parseViewState,
  serialiseViewState,
  type ViewState,
} from '../../client/src/graph/view-state.ts';

const busy: ViewState = {
  ...createViewState(),
  base: 'empty',
  focus: 'atlantis',
  relation: 'atlantis-attacks-lemuria',
  expanded: ['atlantis', 'lemuria'],
  pinned: ['mu'],
  hidden: ['thule'],
  types: ['ATTACK', 'SPONSOR'],
  polarity: ['HOSTILE'],
  statuses: ['ALLEGED', 'DISPUTED'],
  minConfidence: 0.4,
  sourceIds: ['wire-a'],
  asOf: '2019-06-30',
  path: { from: 'mu', to: 'atlantis' },
  analysis: 'evidence-quality',
  layout: 'concentric',
  edgeWidth: 'intensity',
};

describe('view state in the URL', () => {
  it('round-trips every part of a view through the query string', () => {
    expect(parseViewState(serialiseViewState(busy))).toEqual(busy);
  });

  it('writes nothing for the default view, so the plain address opens it', () => {
    expect(serialiseViewState(createViewState())).toBe('');
    expect(parseViewState('')).toEqual(createViewState());
  });

  it('writes readable keys', () => {
    const query = serialiseViewState({
      ...createViewState(),
      focus: 'atlantis',
      expanded: ['atlantis', 'mu'],
      asOf: '2019-01-01',
    });
    expect(query).toBe('focus=atlantis&expand=atlantis%2Cmu&asOf=2019-01-01');
  });

  it('drops what a hand-edited or hostile link gets wrong instead of failing', () => {
    const state = parseViewState(
      'focus=<script>&expand=atlantis,Bad Id,,mu&types=ATTACK,attack,DROP;&minConfidence=7&asOf=2019-02-30&path=mu&layout=spiral&width=huge&analysis=../etc',
    );
    expect(state.focus).toBeNull();
    expect(state.expanded).toEqual(['atlantis', 'mu']);
    expect(state.types).toEqual(['ATTACK']);
    expect(state.minConfidence).toBeNull();
    expect(state.asOf).toBeNull();
    expect(state.path).toBeNull();
    expect(state.layout).toBe('fcose');
    expect(state.edgeWidth).toBe('evidence');
    expect(state.analysis).toBeNull();
  });

  it('reads a year or a month as the first day of it, as the API does', () => {
    expect(parseViewState('asOf=2019').asOf).toBe('2019-01-01');
    expect(normaliseDay('2019-06')).toBe('2019-06-01');
    expect(normaliseDay('2020-02-29')).toBe('2020-02-29');
    expect(normaliseDay('2019-02-29')).toBeNull();
    expect(normaliseDay('19')).toBeNull();
  });

  it('refuses a path from an actor to itself', () => {
    expect(parseViewState('path=mu,mu').path).toBeNull();
  });

  it('asks the API again for changes to what is shown, not for the date, the focus or the layout', () => {
    const before = createViewState();
    expect(needsReload(before, { ...before, expanded: ['atlantis'] })).toBe(true);
    expect(needsReload(before, { ...before, types: ['ATTACK'] })).toBe(true);
    expect(needsReload(before, { ...before, asOf: '2019-01-01' })).toBe(false);
    expect(needsReload(before, { ...before, focus: 'atlantis' })).toBe(false);
    expect(needsReload(before, { ...before, layout: 'grid' })).toBe(false);
  });

  it('asks again when the date moves under a path, because paths are found as of the date', () => {
    const before = { ...createViewState(), path: { from: 'mu', to: 'atlantis' } };
    expect(needsReload(before, { ...before, asOf: '2019-01-01' })).toBe(true);
  });
});
