import { describe, expect, it } from 'vitest';
import { analysisInputsChanged, toAnalysisParams } from '../../client/src/graph/analysis-params.ts';
import { dropIds, withPinned, without } from '../../client/src/graph/view-state-edits.ts';
import { createViewState } from '../../client/src/graph/view-state.ts';

describe('editing the view state', () => {
  it('drops ids the graph no longer has from every list, the selection and a path through them', () => {
    const state = {
      ...createViewState(),
      expanded: ['atlantis', 'gone'],
      pinned: ['gone', 'mu'],
      focus: 'gone',
      relation: 'kept-relation',
      path: { from: 'mu', to: 'gone' },
    };
    const dropped = dropIds(state, ['gone']);
    expect(dropped.expanded).toEqual(['atlantis']);
    expect(dropped.pinned).toEqual(['mu']);
    expect(dropped.focus).toBeNull();
    expect(dropped.relation).toBe('kept-relation');
    expect(dropped.path).toBeNull();
  });

  it('pins actors brought in from elsewhere once each, and shows them again if they were hidden', () => {
    const state = { ...createViewState(), pinned: ['mu'], hidden: ['atlantis', 'lemuria'] };
    expect(withPinned(state, ['atlantis', 'mu', 'hyperborea'])).toEqual({
      pinned: ['mu', 'atlantis', 'hyperborea'],
      hidden: ['lemuria'],
    });
  });

  it('removes every occurrence of an id from a list', () => {
    expect(without(['a', 'b', 'a'], 'a')).toEqual(['b']);
  });
});

describe('the parameters of an analysis overlay', () => {
  it('carry the date and the filters the analyses read', () => {
    const state = {
      ...createViewState(),
      analysis: 'influence',
      asOf: '2019-06-30',
      types: ['ATTACK'],
      minConfidence: 0.5,
    };
    expect(toAnalysisParams(state)).toEqual({ asOf: '2019-06-30', minConfidence: 0.5, types: ['ATTACK'] });
  });

  it('carry the focus and the path ends for reach only', () => {
    const state = { ...createViewState(), focus: 'mu', path: { from: 'mu', to: 'atlantis' } };
    expect(toAnalysisParams({ ...state, analysis: 'reach' })).toEqual({
      actorId: 'mu',
      fromId: 'mu',
      toId: 'atlantis',
    });
    expect(toAnalysisParams({ ...state, analysis: 'blocs' })).toEqual({});
  });

  it('ask again only when the analysis or its parameters change', () => {
    const blocs = { ...createViewState(), analysis: 'blocs' };
    expect(analysisInputsChanged(blocs, { ...blocs, focus: 'mu' })).toBe(false);
    expect(analysisInputsChanged(blocs, { ...blocs, asOf: '2019-01-01' })).toBe(true);
    expect(analysisInputsChanged(blocs, { ...blocs, analysis: 'reach' })).toBe(true);
    expect(analysisInputsChanged(createViewState(), { ...createViewState(), asOf: '2019-01-01' })).toBe(false);
  });
});
