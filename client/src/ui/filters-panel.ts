import type { Request } from '../api/load-view.ts';
import { FilterChoicesDocument } from '../api/generated/operations.ts';
import { formatDate } from '../graph/dates.ts';
import { toTypeLabel } from '../graph/elements.ts';
import type { ViewState } from '../graph/view-state.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { POLARITY_STYLES } from '../graph/kind-style.ts';
import { h, replaceContent, uniqueId } from './dom.ts';
import { rovingTabindex } from './roving-tabindex.ts';

type ListKey = 'types' | 'polarity' | 'statuses' | 'sourceIds';

/**
 * Filters the API applies when it loads the view: relation types, polarity, status, minimum
 * confidence, sources. The choices come from the API itself (its enums and its sources), so the
 * panel never offers a value the API would refuse. Nothing ticked in a group means "any".
 */
export async function mountFiltersPanel(
  container: HTMLElement,
  explorer: ExplorerCommands,
  request: Request,
): Promise<void> {
  const choices = await request(FilterChoicesDocument);
  const boxes = new Map<ListKey, Map<string, HTMLInputElement>>();

  const group = (
    key: ListKey,
    legend: string,
    options: { value: string; label: string; title?: string }[],
    scroll = false,
  ) => {
    const inputs = new Map<string, HTMLInputElement>();
    boxes.set(key, inputs);
    const items = options.map((option) => {
      const input = h('input', {
        attrs: { type: 'checkbox', value: option.value, name: key },
        on: {
          change: () => {
            const values = [...inputs.values()].filter((box) => box.checked).map((box) => box.value);
            explorer.update({ [key]: values } as Partial<ViewState>);
          },
        },
      });
      inputs.set(option.value, input);
      return h(
        'label',
        { class: 'check', attrs: option.title ? { title: option.title } : {} },
        input,
        ` ${option.label}`,
      );
    });
    const fieldset = h(
      'fieldset',
      { class: scroll ? 'filter-group scroll' : 'filter-group' },
      h('legend', {}, legend, h('span', { class: 'muted' }, ' (none ticked: any; arrow keys move)')),
      ...items,
    );
    rovingTabindex(fieldset);
    return fieldset;
  };

  const confidenceId = uniqueId('min-confidence');
  const confidence = h('input', {
    attrs: { id: confidenceId, type: 'range', min: 0, max: 1, step: 0.05, value: 0 },
    on: {
      change: () => explorer.update({ minConfidence: Number(confidence.value) > 0 ? Number(confidence.value) : null }),
      input: () => showConfidence(),
    },
  });
  const confidenceOutput = h('output', { attrs: { for: confidenceId } });
  const showConfidence = () => {
    const value = Number(confidence.value);
    confidenceOutput.textContent = value > 0 ? `at least ${Math.round(value * 100)}%` : 'any';
    confidence.setAttribute('aria-valuetext', confidenceOutput.textContent);
  };

  // Introspection may answer null for a type or its values; then the group offers nothing.
  const names = (type: { enumValues: { name: string }[] | null } | null) =>
    type?.enumValues?.map((value) => value.name) ?? [];
  replaceContent(
    container,
    group(
      'polarity',
      'Polarity',
      names(choices.polarities).map((value) => ({ value, label: POLARITY_STYLES[value]?.label ?? toTypeLabel(value) })),
    ),
    group(
      'statuses',
      'Status',
      names(choices.statuses).map((value) => ({ value, label: toTypeLabel(value) })),
    ),
    h(
      'div',
      { class: 'filter-group' },
      h('label', { class: 'field-label', attrs: { for: confidenceId } }, 'Minimum confidence'),
      confidence,
      ' ',
      confidenceOutput,
    ),
    group(
      'types',
      'Relation types',
      names(choices.types).map((value) => ({ value, label: toTypeLabel(value) })),
      true,
    ),
    group(
      'sourceIds',
      `Sources (${choices.sources.totalCount})`,
      choices.sources.nodes.map((source) => ({
        value: source.id,
        label: `${source.publisher}: ${source.title}`,
        title: `${source.title} (${source.publisher}, ${formatDate(source.published)})`,
      })),
      true,
    ),
    h(
      'button',
      {
        attrs: { type: 'button' },
        on: {
          click: () => explorer.update({ types: [], polarity: [], statuses: [], sourceIds: [], minConfidence: null }),
        },
      },
      'Reset filters',
    ),
  );

  const sync = (state: ViewState) => {
    for (const [key, inputs] of boxes) {
      const chosen = new Set(state[key]);
      for (const [value, input] of inputs) input.checked = chosen.has(value);
    }
    confidence.value = String(state.minConfidence ?? 0);
    showConfidence();
  };
  explorer.subscribe((current) => sync(current.state));
  sync(explorer.model.state);
}
