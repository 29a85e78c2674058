import { h } from '../ui/dom.ts';

export interface MenuItem {
  readonly label: string;
  readonly run: () => void;
  readonly disabled?: boolean;
}

/**
 * A context menu in plain DOM (the ARIA menu pattern): it opens with the first item focused,
 * the arrow keys, Home and End move, Enter or Space runs an item, Escape or Tab closes it and
 * gives the focus back to where it came from, and so does a click anywhere else.
 */
export class ContextMenu {
  private readonly element = h('ul', { class: 'context-menu', attrs: { role: 'menu', hidden: true } });
  private returnFocus: HTMLElement | null = null;
  private items: HTMLElement[] = [];
  private runners: readonly MenuItem[] = [];

  constructor() {
    document.body.append(this.element);
    this.element.addEventListener('keydown', (event) => this.onKey(event));
    document.addEventListener('pointerdown', (event) => {
      if (!this.element.hidden && !this.element.contains(event.target as Node)) this.close(false);
    });
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  /** Opens at (x, y) in the window's coordinates, titled for screen readers. */
  open(title: string, items: readonly MenuItem[], x: number, y: number): void {
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.element.setAttribute('aria-label', title);
    this.items = items.map((item) =>
      h(
        'li',
        {
          attrs: { role: 'menuitem', tabindex: -1, 'aria-disabled': item.disabled ? 'true' : null },
          on: {
            click: () => {
              if (!item.disabled) this.run(item);
            },
          },
        },
        item.label,
      ),
    );
    this.element.replaceChildren(...this.items);
    this.element.hidden = false;
    const left = Math.min(x, window.innerWidth - this.element.offsetWidth - 4);
    const top = Math.min(y, window.innerHeight - this.element.offsetHeight - 4);
    this.element.style.left = `${Math.max(4, left)}px`;
    this.element.style.top = `${Math.max(4, top)}px`;
    this.move(0);
    this.runners = items;
  }

  close(restoreFocus = true): void {
    if (this.element.hidden) return;
    this.element.hidden = true;
    if (restoreFocus) this.returnFocus?.focus();
    this.returnFocus = null;
  }

  private run(item: MenuItem): void {
    this.close();
    item.run();
  }

  private move(index: number): void {
    const count = this.items.length;
    if (count === 0) return;
    this.items[((index % count) + count) % count]?.focus();
  }

  private onKey(event: KeyboardEvent): void {
    const current = this.items.indexOf(document.activeElement as HTMLElement);
    const handled = (() => {
      switch (event.key) {
        case 'ArrowDown':
          this.move(current + 1);
          return true;
        case 'ArrowUp':
          this.move(current - 1);
          return true;
        case 'Home':
          this.move(0);
          return true;
        case 'End':
          this.move(this.items.length - 1);
          return true;
        case 'Enter':
        case ' ': {
          const item = this.runners[current];
          if (item && !item.disabled) this.run(item);
          return true;
        }
        case 'Escape':
          this.close();
          return true;
        case 'Tab':
          this.close();
          return false;
        default:
          return false;
      }
    })();
    if (handled) {
      event.preventDefault();
      // The page's own Escape (clear the selection) must not also fire.
      event.stopPropagation();
    }
  }
}
