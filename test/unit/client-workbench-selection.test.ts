import { describe, expect, it } from 'vitest';
import { createViewState } from '../../client/src/graph/view-state.ts';
import { parseViewState, serialiseViewState } from '../../client/src/graph/view-state.ts';
import { expandAll, hideAll, pinAll, togglePins, unpinAll } from '../../client/src/workbench/selection-edits.ts';

describe('actions on a selection of actors', () => {
  const state = {
    ...createViewState(),
    focus: 'mu',
    expanded: ['atlantis'],
    hidden: ['lemuria'],
    locked: ['mu', 'thule'],
  };

  it('hides every selected actor, once each, and lets go of the focus and the pins among them', () => {
    expect(hideAll(state, ['mu', 'lemuria', 'hyperborea'])).toEqual({
      hidden: ['lemuria', 'mu', 'hyperborea'],
      focus: null,
      locked: ['thule'],
    });
    expect(hideAll(state, ['hyperborea']).focus).toBe('mu');
  });

  it('expands every selected actor and shows again any that was hidden', () => {
    expect(expandAll(state, ['atlantis', 'lemuria'])).toEqual({ expanded: ['atlantis', 'lemuria'], hidden: [] });
  });

  it('pins and unpins a selection, and the toggle releases only when all are pinned', () => {
    expect(pinAll(state, ['thule', 'atlantis'])).toEqual({ locked: ['mu', 'thule', 'atlantis'] });
    expect(unpinAll(state, ['mu', 'atlantis'])).toEqual({ locked: ['thule'] });
    expect(togglePins(state, ['mu', 'atlantis'])).toEqual({ locked: ['mu', 'thule', 'atlantis'] });
    expect(togglePins(state, ['mu', 'thule'])).toEqual({ locked: [] });
  });

  it('keeps pins in the link, so that they survive a reload', () => {
    const query = serialiseViewState({ ...createViewState(), locked: ['mu', 'thule'] });
    expect(query).toBe('lock=mu%2Cthule');
    expect(parseViewState(query).locked).toEqual(['mu', 'thule']);
    expect(parseViewState('lock=mu,Not%20an%20id').locked).toEqual(['mu']);
  });
});

describe('a quote found by search', () => {
  it('is shown around the word that matched, cut with ellipses', async () => {
    const { snippetAround } = await import('../../client/src/workbench/evidence-results.ts');
    const quote = `${'a'.repeat(100)} the Ḳuds force ${'b'.repeat(100)}`;
    const snippet = snippetAround(quote, 'kuds', 40);
    expect(snippet).toContain('Ḳuds');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippetAround('short quote', 'quote', 40)).toBe('short quote');
    expect(snippetAround(quote, 'nowhere', 40).startsWith('aaa')).toBe(true);
  });
});
