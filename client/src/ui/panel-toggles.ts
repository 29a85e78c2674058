import type { ExplorerCommands } from '../explorer/commands.ts';
import { h } from './dom.ts';

/** The width below which the side panels stop being columns and slide over the graph instead. */
export const NARROW_QUERY = '(max-width: 1100px)';

/**
 * On a narrow window the side panels (filters and legend; details and evidence) are folded away
 * so the graph keeps the width, and open over it on demand: a button for each in the view bar, a
 * close button in the filters (the details panel redraws its own content; its toggle stays in
 * sight beside it, and Escape clears the selection). The details open by themselves when something new is selected, since
 * that is what a click on the graph asks for, and fold when the selection is cleared. On a wide
 * window the buttons are hidden and the panels are columns, as before.
 */
export function mountPanelToggles(
  bar: HTMLElement,
  panels: { controls: HTMLElement; details: HTMLElement },
  explorer: ExplorerCommands,
): void {
  const narrow = window.matchMedia(NARROW_QUERY);
  const toggles = new Map<HTMLElement, HTMLButtonElement>();
  const setOpen = (panel: HTMLElement, open: boolean) => {
    panel.classList.toggle('panel-open', open);
    toggles.get(panel)?.setAttribute('aria-expanded', String(open));
    if (open && narrow.matches) {
      // One overlay at a time: two would cover the whole graph.
      for (const other of toggles.keys()) if (other !== panel) setOpen(other, false);
    }
  };
  const toggle = (panel: HTMLElement, label: string, closeInside: boolean) => {
    const button = h(
      'button',
      {
        class: 'panel-toggle',
        attrs: { type: 'button', 'aria-controls': panel.id, 'aria-expanded': 'false' },
        on: { click: () => setOpen(panel, !panel.classList.contains('panel-open')) },
      },
      label,
    );
    toggles.set(panel, button);
    if (closeInside)
      panel.prepend(
        h(
          'button',
          {
            class: 'panel-close',
            attrs: { type: 'button', 'aria-label': `Close ${label.toLowerCase()}` },
            on: {
              click: () => {
                setOpen(panel, false);
                button.focus();
              },
            },
          },
          '×',
        ),
      );
    return button;
  };
  bar.prepend(
    h(
      'div',
      { class: 'panel-toggles' },
      toggle(panels.controls, 'Filters', true),
      toggle(panels.details, 'Details', false),
    ),
  );
  let selection = '';
  explorer.subscribe((model) => {
    const next = model.state.relation ?? model.state.focus ?? '';
    if (next === selection) return;
    selection = next;
    setOpen(panels.details, Boolean(next));
  });
}
