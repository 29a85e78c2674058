import type { CypherApi, CypherResultPayload, SavedAnalysisPayload } from '../api/cypher.ts';
import { collectParamValues, formatParamValue } from '../graph/saved-analysis-params.ts';
import { h, replaceContent, uniqueId } from './dom.ts';

export interface SavedAnalysesList {
  element: HTMLElement;
  /** Reads the list again (after a save, or once a token is typed). */
  refresh(): Promise<void>;
  /** The queries of the analyses listed, for completion. */
  queries(): string[];
}

/**
 * The saved analyses (.cypher files in the server's folder), each with its title, question and
 * a form for its parameters from their declared types and defaults. Run runs it on the server;
 * "Open in editor" copies its query and parameters into the editor to adapt.
 */
export function createSavedAnalysesList(options: {
  api: CypherApi;
  onRun(title: string, run: Promise<CypherResultPayload>): void;
  onOpen(query: string, params: Record<string, unknown>): void;
  onError(error: unknown): void;
}): SavedAnalysesList {
  const body = h('div', { class: 'saved-analyses-body' }, h('p', { class: 'muted' }, 'Loading the saved analyses…'));
  // The server reads its folder on every call: a file added there shows after Reload.
  const reload = h('button', { class: 'link-button', attrs: { type: 'button' } }, 'Reload');
  const element = h(
    'section',
    { class: 'saved-analyses', attrs: { 'aria-label': 'Saved analyses' } },
    h('div', { class: 'saved-heading' }, h('h3', {}, 'Saved analyses'), reload),
    body,
  );
  let analyses: SavedAnalysisPayload[] = [];

  const item = (analysis: SavedAnalysisPayload) => {
    const fields = new Map<string, () => string>();
    const errors = h('p', { class: 'error', attrs: { 'aria-live': 'polite' } });
    const inputs = analysis.params.map((param) => {
      const id = uniqueId(`param-${analysis.name}-${param.name}`);
      const initial = formatParamValue(param.type, param.default);
      const input =
        param.type === 'Boolean'
          ? h(
              'select',
              { attrs: { id, name: param.name } },
              ...['true', 'false'].map((value) =>
                h('option', { attrs: { value, selected: value === initial } }, value),
              ),
            )
          : param.type === 'List<String>'
            ? h('textarea', { attrs: { id, name: param.name, rows: 2, placeholder: 'one a line' } })
            : h('input', {
                attrs: {
                  id,
                  name: param.name,
                  type: 'text',
                  inputmode: param.type === 'Integer' || param.type === 'Float' ? 'decimal' : null,
                  placeholder: param.type === 'Date' ? 'YYYY-MM-DD' : param.type,
                },
              });
      if (!(input instanceof HTMLSelectElement)) input.value = initial;
      fields.set(param.name, () => input.value);
      return h(
        'div',
        { class: 'param-field' },
        h('label', { attrs: { for: id } }, `${param.name} `, h('span', { class: 'muted' }, param.type)),
        input,
        param.description ? h('span', { class: 'hint' }, param.description) : null,
      );
    });
    const values = () => new Map([...fields].map(([name, read]) => [name, read()]));
    const run = () => {
      const collected = collectParamValues(analysis.params, values());
      if ('errors' in collected) {
        errors.textContent = collected.errors.join('; ');
        return;
      }
      errors.textContent = '';
      options.onRun(analysis.title, options.api.runSaved(analysis.name, collected.params));
    };
    const open = () => {
      const collected = collectParamValues(analysis.params, values());
      options.onOpen(analysis.query, 'params' in collected ? collected.params : {});
    };
    return h(
      'li',
      { class: 'saved-analysis', dataset: { name: analysis.name } },
      h('h4', {}, analysis.title),
      h('p', { class: 'saved-question' }, analysis.question),
      h(
        'form',
        {
          class: 'saved-form',
          on: {
            submit: (event) => {
              event.preventDefault();
              run();
            },
          },
        },
        ...inputs,
        h(
          'div',
          { class: 'saved-actions' },
          h('button', { attrs: { type: 'submit' } }, 'Run'),
          h('button', { attrs: { type: 'button' }, on: { click: open } }, 'Open in editor'),
        ),
        errors,
      ),
    );
  };

  const refresh = async () => {
    try {
      analyses = await options.api.savedAnalyses();
      replaceContent(
        body,
        analyses.length === 0
          ? h('p', { class: 'muted' }, 'No saved analyses yet: write a query and save it below.')
          : h('ul', { class: 'plain saved-list' }, ...analyses.map(item)),
      );
    } catch (error) {
      replaceContent(
        body,
        h('p', { class: 'error' }, `Could not list the saved analyses: ${(error as Error).message}`),
      );
      options.onError(error);
    }
  };

  reload.addEventListener('click', () => void refresh());
  return { element, refresh, queries: () => analyses.map((analysis) => analysis.query) };
}
