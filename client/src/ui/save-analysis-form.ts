import type { CypherApi, SavedAnalysisPayload } from '../api/cypher.ts';
import { declareParams } from '../graph/saved-analysis-params.ts';
import { h, uniqueId } from './dom.ts';

/**
 * "Save as analysis": the editor's query under a name (its file name on the server), a title
 * and the question it answers. Its parameters are declared from the values it runs with (they
 * become the defaults). Saving needs an editor token; the server checks the query as it checks
 * any Cypher before it writes the file.
 */
export function createSaveAnalysisForm(options: {
  api: CypherApi;
  currentQuery(): string;
  /** The parameters field as an object, or a sentence saying why it is not one. */
  currentParams(): { params: Record<string, unknown> } | { error: string };
  onSaved(saved: SavedAnalysisPayload): void;
  onError(error: unknown): void;
}): HTMLElement {
  const field = (label: string, input: HTMLInputElement | HTMLTextAreaElement) => {
    const id = uniqueId('save');
    input.id = id;
    return h('div', { class: 'param-field' }, h('label', { attrs: { for: id } }, label), input);
  };
  const name = h('input', {
    attrs: {
      type: 'text',
      name: 'name',
      required: true,
      pattern: '[a-z0-9][a-z0-9-]*',
      placeholder: 'hostile-since-2019',
    },
  });
  const title = h('input', { attrs: { type: 'text', name: 'title', required: true } });
  const question = h('textarea', { attrs: { name: 'question', rows: 2, required: true } });
  const replace = h('input', { attrs: { type: 'checkbox', name: 'replace' } });
  const status = h('p', { class: 'hint', attrs: { 'aria-live': 'polite' } });
  const submit = h('button', { attrs: { type: 'submit' } }, 'Save');

  const save = async () => {
    const params = options.currentParams();
    if ('error' in params) {
      status.textContent = params.error;
      return;
    }
    const query = options.currentQuery();
    submit.disabled = true;
    status.textContent = 'Saving…';
    try {
      const saved = await options.api.save({
        name: name.value.trim(),
        title: title.value.trim(),
        question: question.value.trim(),
        query,
        params: declareParams(query, params.params),
        replace: replace.checked,
      });
      status.textContent = `Saved as ${saved.name}.`;
      options.onSaved(saved);
    } catch (error) {
      status.textContent = `Not saved: ${(error as Error).message}`;
      options.onError(error);
    } finally {
      submit.disabled = false;
    }
  };

  return h(
    'details',
    { class: 'save-analysis' },
    h('summary', {}, 'Save as analysis'),
    h(
      'form',
      {
        on: {
          submit: (event) => {
            event.preventDefault();
            void save();
          },
        },
      },
      field('Name (lower case, digits, dashes)', name),
      field('Title', title),
      field('Question it answers', question),
      h('label', { class: 'checkbox' }, replace, ' Replace a saved analysis of this name'),
      h('div', { class: 'saved-actions' }, submit),
      status,
      h('p', { class: 'hint' }, 'Saving needs an editor token.'),
    ),
  );
}
