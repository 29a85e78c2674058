/**
 * A step the analyst took that can be taken back: what it was (for the Undo button's title) and
 * how to go either way. The stack never runs a command when it is recorded: the step has already
 * happened; the stack only remembers how to reverse it and do it again.
 */
export interface Command {
  readonly label: string;
  undo(): void;
  redo(): void;
  /**
   * Folds a following step into this one (dragging the date slider is one step, not fifty); the
   * merged command, or null when the two are separate steps.
   */
  mergeWith?(next: Command): Command | null;
}

/** Past this many steps the oldest are forgotten: a session's history, not a journal. */
export const DEFAULT_DEPTH = 100;

/**
 * Undo and redo over a linear history: recording a new step after an undo drops the steps that
 * were undone, as every editor does.
 */
export class CommandStack {
  private readonly done: Command[] = [];
  private readonly undone: Command[] = [];
  private readonly listeners: (() => void)[] = [];

  constructor(private readonly depth = DEFAULT_DEPTH) {
    if (!Number.isInteger(depth) || depth < 1) throw new Error('CommandStack depth must be a positive integer');
  }

  /** Remembers a step that just happened. */
  record(command: Command): void {
    const last = this.done[this.done.length - 1];
    const merged = last?.mergeWith?.(command) ?? null;
    if (merged) this.done[this.done.length - 1] = merged;
    else this.done.push(command);
    if (this.done.length > this.depth) this.done.shift();
    this.undone.length = 0;
    this.notify();
  }

  /** Takes the last step back; false when there is none. */
  undo(): boolean {
    const command = this.done.pop();
    if (!command) return false;
    command.undo();
    this.undone.push(command);
    this.notify();
    return true;
  }

  /** Takes the last undone step again; false when there is none. */
  redo(): boolean {
    const command = this.undone.pop();
    if (!command) return false;
    command.redo();
    this.done.push(command);
    this.notify();
    return true;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** What Undo would take back, for a button's title. */
  get undoLabel(): string | null {
    return this.done[this.done.length - 1]?.label ?? null;
  }

  get redoLabel(): string | null {
    return this.undone[this.undone.length - 1]?.label ?? null;
  }

  subscribe(listener: () => void): void {
    this.listeners.push(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
