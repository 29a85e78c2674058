const NEXT_KEYS = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'ArrowLeft']);

/**
 * One Tab stop for a group of controls (a fieldset of checkboxes): Tab enters the group at the
 * control used last and leaves it at once; the arrow keys, Home and End move inside it, Space
 * ticks as usual. Forty-five checkboxes no longer stand between the keyboard and the graph.
 */
export function rovingTabindex(group: HTMLElement, selector = 'input'): void {
  const items = () => [...group.querySelectorAll<HTMLElement>(selector)];
  const makeCurrent = (current: HTMLElement) => {
    for (const item of items()) item.tabIndex = item === current ? 0 : -1;
  };
  const first = items()[0];
  if (first) makeCurrent(first);
  group.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement;
    if (items().includes(target)) makeCurrent(target);
  });
  group.addEventListener('keydown', (event) => {
    const list = items();
    const index = list.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    let next: number | null = null;
    if (NEXT_KEYS.has(event.key)) next = (index + 1) % list.length;
    else if (PREVIOUS_KEYS.has(event.key)) next = (index - 1 + list.length) % list.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = list.length - 1;
    if (next === null) return;
    event.preventDefault();
    list[next]!.focus();
  });
}
