import { describe, expect, it } from 'vitest';
import { createViewState, type ViewState } from '../../client/src/graph/view-state.ts';
import { CommandStack, type Command } from '../../client/src/workbench/command-stack.ts';
import {
  describeChange,
  MERGE_WINDOW_MS,
  movedIds,
  moveStep,
  viewStep,
  type Positions,
} from '../../client/src/workbench/view-steps.ts';

/** A counter that commands move up and down, so that undo and redo have something to change. */
function counterCommand(log: number[], value: { n: number }, by: number, label = `add ${by}`): Command {
  value.n += by;
  log.push(value.n);
  return {
    label,
    undo: () => void log.push((value.n -= by)),
    redo: () => void log.push((value.n += by)),
  };
}

describe('the undo stack', () => {
  it('takes steps back in reverse order and does them again in order', () => {
    const stack = new CommandStack();
    const value = { n: 0 };
    const log: number[] = [];
    stack.record(counterCommand(log, value, 1));
    stack.record(counterCommand(log, value, 10));
    expect(stack.undoLabel).toBe('add 10');
    expect(stack.undo()).toBe(true);
    expect(value.n).toBe(1);
    expect(stack.undo()).toBe(true);
    expect(value.n).toBe(0);
    expect(stack.undo()).toBe(false);
    expect(stack.canUndo).toBe(false);
    expect(stack.redoLabel).toBe('add 1');
    expect(stack.redo()).toBe(true);
    expect(stack.redo()).toBe(true);
    expect(stack.redo()).toBe(false);
    expect(value.n).toBe(11);
    expect(log).toEqual([1, 11, 1, 0, 1, 11]);
  });

  it('forgets the undone steps when a new step is taken after an undo', () => {
    const stack = new CommandStack();
    const value = { n: 0 };
    stack.record(counterCommand([], value, 1));
    stack.record(counterCommand([], value, 2));
    stack.undo();
    stack.record(counterCommand([], value, 5));
    expect(stack.canRedo).toBe(false);
    stack.undo();
    stack.undo();
    expect(value.n).toBe(0);
  });

  it('keeps only the last steps up to its depth', () => {
    const stack = new CommandStack(3);
    const value = { n: 0 };
    for (const by of [1, 2, 3, 4]) stack.record(counterCommand([], value, by));
    let undone = 0;
    while (stack.undo()) undone += 1;
    expect(undone).toBe(3);
    expect(value.n).toBe(1);
  });

  it('tells its listeners after every record, undo and redo', () => {
    const stack = new CommandStack();
    let heard = 0;
    stack.subscribe(() => (heard += 1));
    stack.record(counterCommand([], { n: 0 }, 1));
    stack.undo();
    stack.redo();
    stack.redo();
    expect(heard).toBe(3);
  });

  it('refuses a depth that is not a positive whole number', () => {
    expect(() => new CommandStack(0)).toThrow(/depth/);
  });
});

describe('view changes as steps', () => {
  const base = createViewState();

  it('names what a change touched and nothing when nothing changed', () => {
    expect(describeChange(base, { ...base, hidden: ['atlantis'], focus: null })).toBe('hide');
    expect(describeChange(base, { ...base, locked: ['mu'], types: ['SUPPORT'] })).toBe('pin, type filter');
    expect(describeChange(base, { ...base })).toBeNull();
  });

  it('applies the state before on undo and the state after on redo', () => {
    const applied: ViewState[] = [];
    const after = { ...base, hidden: ['atlantis'] };
    const stack = new CommandStack();
    stack.record(viewStep(base, after, (state) => applied.push(state), 0));
    stack.undo();
    stack.redo();
    expect(applied).toEqual([base, after]);
  });

  it('folds a drag of the date slider into one step, but not steps far apart or of different parts', () => {
    const applied: ViewState[] = [];
    const apply = (state: ViewState) => applied.push(state);
    const days = ['2019-01-01', '2019-02-01', '2019-03-01'].map((asOf) => ({ ...base, asOf }));
    const stack = new CommandStack();
    stack.record(viewStep(base, days[0]!, apply, 0));
    stack.record(viewStep(days[0]!, days[1]!, apply, 200));
    stack.record(viewStep(days[1]!, days[2]!, apply, 400));
    stack.undo();
    expect(applied).toEqual([base]);
    expect(stack.canUndo).toBe(false);

    const later = new CommandStack();
    later.record(viewStep(base, days[0]!, apply, 0));
    later.record(viewStep(days[0]!, days[1]!, apply, MERGE_WINDOW_MS + 1));
    const hidden = { ...days[1]!, hidden: ['mu'] };
    later.record(viewStep(days[1]!, hidden, apply, MERGE_WINDOW_MS + 2));
    let steps = 0;
    while (later.undo()) steps += 1;
    expect(steps).toBe(3);
  });

  it('moves actors back where they were on undo', () => {
    const before: Positions = new Map([['mu', { x: 0, y: 0 }]]);
    const after: Positions = new Map([['mu', { x: 40, y: -5 }]]);
    const applied: Positions[] = [];
    const step = moveStep(before, after, (positions) => applied.push(positions));
    expect(step.label).toBe('move an actor');
    step.undo();
    step.redo();
    expect(applied).toEqual([before, after]);
  });

  it('counts only the actors that were dragged, not a click without a drag', () => {
    const at = new Map([
      ['mu', { x: 10, y: 10 }],
      ['thule', { x: 0, y: 0 }],
    ]);
    expect(
      movedIds(
        at,
        new Map([
          ['mu', { x: 10.2, y: 10 }],
          ['thule', { x: 0, y: 0 }],
        ]),
      ),
    ).toEqual([]);
    expect(
      movedIds(
        at,
        new Map([
          ['mu', { x: 30, y: 10 }],
          ['thule', { x: 0, y: 0 }],
        ]),
      ),
    ).toEqual(['mu']);
  });
});
