import { h } from './dom.ts';

/**
 * Graph, Table and Cypher as tabs (the ARIA tabs pattern: arrow keys move between tabs). `onShow` runs
 * when a panel is shown, so the table is only built when someone looks at it.
 */
export function createTabs(
  container: HTMLElement,
  tabs: { label: string; panel: HTMLElement; onShow?: () => void }[],
): { isShown(panel: HTMLElement): boolean; show(panel: HTMLElement): void } {
  const buttons = tabs.map((tab, index) => {
    const id = `${tab.panel.id}-tab`;
    tab.panel.setAttribute('role', 'tabpanel');
    tab.panel.setAttribute('aria-labelledby', id);
    return h(
      'button',
      {
        attrs: {
          type: 'button',
          role: 'tab',
          id,
          'aria-controls': tab.panel.id,
          'aria-selected': index === 0 ? 'true' : 'false',
          tabindex: index === 0 ? 0 : -1,
        },
      },
      tab.label,
    );
  });
  const select = (index: number) => {
    tabs.forEach((tab, i) => {
      const chosen = i === index;
      tab.panel.hidden = !chosen;
      buttons[i]?.setAttribute('aria-selected', String(chosen));
      buttons[i]?.setAttribute('tabindex', chosen ? '0' : '-1');
    });
    tabs[index]?.onShow?.();
  };
  buttons.forEach((button, index) => {
    button.addEventListener('click', () => select(index));
    button.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const next = (index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
      select(next);
      buttons[next]?.focus();
    });
  });
  container.setAttribute('role', 'tablist');
  container.replaceChildren(...buttons);
  tabs.slice(1).forEach((tab) => (tab.panel.hidden = true));
  return {
    isShown: (panel) => !panel.hidden,
    show: (panel) => {
      const index = tabs.findIndex((tab) => tab.panel === panel);
      if (index >= 0) select(index);
    },
  };
}
