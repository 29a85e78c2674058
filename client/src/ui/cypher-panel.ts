import { createCypherApi, type CypherResultPayload } from '../api/cypher.ts';
import { createAuthorizedRequest, GraphQLRequestError, needsToken } from '../api/graphql.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { CYPHER_EXAMPLES, findExample } from '../graph/cypher-examples.ts';
import { cypherErrorPosition, parseParamsText } from '../graph/cypher-result.ts';
import { harvestSchemaWords, mergeSchemaWords, type CypherSchemaWords } from '../graph/cypher-text.ts';
import { createCypherEditor } from './cypher-editor.ts';
import { renderCypherResult } from './cypher-results.ts';
import { h, replaceContent, uniqueId } from './dom.ts';
import { createSaveAnalysisForm } from './save-analysis-form.ts';
import { createSavedAnalysesList } from './saved-analyses.ts';
import { createTokenField } from './token-field.ts';

export interface CypherPanel {
  /** Reads the saved analyses and the database's words the first time the panel is shown. */
  onShow(): void;
}

/**
 * The Cypher tab: an editor that highlights and completes Cypher against the live schema, the
 * result as a table (and drawn onto the graph on request), the saved analyses, and worked
 * examples. Queries run read-only on the server; a write is refused there before it runs, and
 * the error comes back here with Neo4j's message and its place in the query.
 */
export function mountCypherPanel(
  container: HTMLElement,
  explorer: ExplorerCommands,
  options: { showGraph(): void },
): CypherPanel {
  const token = createTokenField();
  const api = createCypherApi(createAuthorizedRequest(token.read));
  const editor = createCypherEditor({ label: 'Cypher query', onRun: () => void runEditor() });
  // Not a live region: a screen reader would read the whole table. The summary line announces it.
  const result = h('div', { class: 'cypher-result' });
  const errorBox = h('div', { class: 'cypher-error', attrs: { role: 'alert' } });
  errorBox.hidden = true;

  const paramsId = uniqueId('cypher-params');
  const paramsInput = h('input', {
    attrs: {
      id: paramsId,
      type: 'text',
      spellcheck: 'false',
      placeholder: '{"since": "2019-01-01"}',
      autocomplete: 'off',
    },
  });
  paramsInput.addEventListener('input', () => {
    const parsed = parseParamsText(paramsInput.value);
    editor.setGivenParameters('params' in parsed ? Object.keys(parsed.params) : []);
  });
  const setParams = (params: Record<string, unknown>) => {
    paramsInput.value = Object.keys(params).length > 0 ? JSON.stringify(params) : '';
    editor.setGivenParameters(Object.keys(params));
  };

  const examplesId = uniqueId('cypher-examples');
  const examples = h(
    'select',
    { attrs: { id: examplesId } },
    h('option', { attrs: { value: '' } }, 'Worked examples…'),
    ...CYPHER_EXAMPLES.map((example) => h('option', { attrs: { value: example.key } }, example.question)),
  );
  examples.addEventListener('change', () => {
    const example = findExample(examples.value);
    if (!example) return;
    const { focus, path } = explorer.model.state;
    editor.setValue(example.query);
    setParams(example.params({ focus, path }));
    examples.value = '';
    editor.textarea.focus();
  });

  const runButton = h(
    'button',
    {
      class: 'cypher-run primary',
      attrs: { type: 'button', title: 'Run (Ctrl+Enter)' },
      on: { click: () => void runEditor() },
    },
    'Run query',
  );

  const showError = (error: unknown) => {
    const message = (error as Error).message;
    const code = error instanceof GraphQLRequestError ? (error.codes[0] ?? 'UNKNOWN') : 'NETWORK_ERROR';
    const position = error instanceof GraphQLRequestError ? cypherErrorPosition(message, error.extensions[0]) : null;
    editor.markError(position);
    errorBox.hidden = false;
    errorBox.dataset['code'] = code;
    replaceContent(
      errorBox,
      h('p', {}, h('strong', {}, code)),
      // Neo4j's message points at the place with a caret under a copy of the line: keep its layout.
      h('pre', { class: 'cypher-error-message' }, message),
      position
        ? h(
            'p',
            {},
            h(
              'button',
              {
                class: 'link-button',
                attrs: { type: 'button' },
                on: {
                  click: () => {
                    editor.markError(position);
                    editor.textarea.focus();
                  },
                },
              },
              `Line ${position.line}, column ${position.column}`,
            ),
          )
        : null,
    );
    if (needsToken(error)) token.ask('This server needs a token for Cypher: type one here, then run again.');
  };
  const clearError = () => {
    errorBox.hidden = true;
    delete errorBox.dataset['code'];
    replaceContent(errorBox);
    editor.markError(null);
  };

  /** Shows a run's answer (or its error) in the result area; a later run wins over an earlier one. */
  let runs = 0;
  const showRun = async (title: string, run: Promise<CypherResultPayload>) => {
    const current = ++runs;
    clearError();
    container.toggleAttribute('data-running', true);
    replaceContent(result, h('p', { class: 'muted' }, 'Running…'));
    try {
      const answer = await run;
      if (current !== runs) return;
      renderCypherResult(result, answer, { title, explorer, onDrawn: options.showGraph });
      if (!haveDatabaseWords) void loadWords();
    } catch (error) {
      if (current !== runs) return;
      replaceContent(result);
      showError(error);
    } finally {
      if (current === runs) container.toggleAttribute('data-running', false);
    }
  };
  const runEditor = async () => {
    const parsed = parseParamsText(paramsInput.value);
    if ('error' in parsed) {
      showError(new Error(parsed.error));
      return;
    }
    if (editor.value().trim() === '') return;
    await showRun('Query', api.run(editor.value(), parsed.params));
  };

  const saved = createSavedAnalysesList({
    api,
    onRun: (title, run) => void showRun(title, run),
    onOpen: (query, params) => {
      editor.setValue(query);
      setParams(params);
      editor.textarea.focus();
    },
    onError: (error) => {
      if (needsToken(error)) token.ask('The saved analyses need a token on this server.');
    },
  });
  const saveForm = createSaveAnalysisForm({
    api,
    currentQuery: () => editor.value(),
    currentParams: () => parseParamsText(paramsInput.value),
    onSaved: () => void saved.refresh().then(loadWords),
    onError: (error) => {
      if (needsToken(error) || (error instanceof GraphQLRequestError && error.codes.includes('FORBIDDEN'))) {
        token.ask('Saving an analysis needs an editor token.');
      }
    },
  });

  /** Completion knows the database's own lists when it may read them, and always the words of known queries. */
  let haveDatabaseWords = false;
  const loadWords = async () => {
    const known = harvestSchemaWords([...CYPHER_EXAMPLES.map((example) => example.query), ...saved.queries()]);
    editor.setWords(known);
    const live: CypherSchemaWords = await api.schemaWords();
    haveDatabaseWords = live.labels.length > 0;
    editor.setWords(mergeSchemaWords(live, known));
  };

  replaceContent(
    container,
    h(
      'div',
      { class: 'cypher-layout' },
      h(
        'div',
        { class: 'cypher-main' },
        h(
          'div',
          { class: 'cypher-bar' },
          h('label', { class: 'visually-hidden', attrs: { for: examplesId } }, 'Worked examples'),
          examples,
          h('span', { class: 'hint cypher-keys' }, 'Ctrl+Space completes · Ctrl+Enter runs'),
          runButton,
        ),
        editor.element,
        h(
          'div',
          { class: 'cypher-params' },
          h('label', { attrs: { for: paramsId } }, 'Parameters (JSON)'),
          paramsInput,
        ),
        errorBox,
        result,
      ),
      h('div', { class: 'cypher-side' }, token.element, saved.element, saveForm),
    ),
  );

  let shown = false;
  return {
    onShow() {
      if (shown) return;
      shown = true;
      void saved.refresh().then(loadWords);
    },
  };
}
