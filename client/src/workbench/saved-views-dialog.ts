import type { Core } from 'cytoscape';
import {
  DeleteViewDocument,
  SavedViewsDocument,
  SaveViewDocument,
  type SavedViewFieldsFragment,
} from '../api/generated/operations.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { parseViewState, serialiseViewState } from '../graph/view-state.ts';
import { createTokenField } from '../ui/editor-token.ts';
import { h, replaceContent, uniqueId } from '../ui/dom.ts';
import { readAuthor, storeAuthor, workbenchRequest } from './editor-session.ts';
import { applyLayout, captureLayout, type ViewLayout } from './view-layout.ts';

/** How long to wait for a view to load and lay out before placing its actors anyway. */
const SETTLE_LIMIT_MS = 15_000;

/**
 * Named views, kept on the server so that colleagues see them: save the view as it is (its state
 * and where its actors are), open one, delete one. Saving and deleting need the editor token.
 */
export function createSavedViewsDialog(cy: Core, explorer: ExplorerCommands): { open(): void } {
  const nameId = uniqueId('view-name');
  const authorId = uniqueId('view-author');
  const name = h('input', { attrs: { id: nameId, type: 'text', maxlength: 100, required: true } });
  const author = h('input', { attrs: { id: authorId, type: 'text', maxlength: 100, autocomplete: 'name' } });
  const token = createTokenField();
  const problem = h('p', { class: 'error', attrs: { role: 'alert', hidden: true } });
  const list = h('ul', { class: 'plain saved-view-list', attrs: { 'aria-label': 'Saved views' } });
  const form = h(
    'form',
    { class: 'saved-view-form' },
    h('div', { class: 'field' }, h('label', { attrs: { for: nameId } }, 'Save this view as'), name),
    h('div', { class: 'field' }, h('label', { attrs: { for: authorId } }, 'Your name'), author),
    token.element,
    h('button', { attrs: { type: 'submit' } }, 'Save view'),
  );
  const dialog = h(
    'dialog',
    { class: 'saved-views', attrs: { 'aria-labelledby': 'saved-views-title' } },
    h('h2', { attrs: { id: 'saved-views-title' } }, 'Saved views'),
    h(
      'p',
      { class: 'muted' },
      'Kept on the server for everyone who opens this graph: the filters, the date, the focus, what is expanded, hidden and pinned, and where each actor stands.',
    ),
    list,
    form,
    problem,
    h('form', { attrs: { method: 'dialog' } }, h('button', { attrs: { type: 'submit' } }, 'Close')),
  );
  document.body.append(dialog);

  const say = (message: string | null) => {
    problem.hidden = message === null;
    problem.textContent = message ?? '';
  };

  const render = (views: readonly SavedViewFieldsFragment[]) => {
    replaceContent(
      list,
      ...(views.length === 0
        ? [h('li', { class: 'muted' }, 'No saved views yet.')]
        : views.map((view) =>
            h(
              'li',
              { class: 'saved-view', dataset: { viewId: view.id } },
              h('span', { class: 'saved-view-name' }, view.name),
              h('span', { class: 'muted' }, ` ${view.author ? `${view.author}, ` : ''}${view.savedAt.slice(0, 10)} `),
              h('button', { attrs: { type: 'button' }, on: { click: () => void openView(view) } }, 'Open'),
              h(
                'button',
                {
                  attrs: { type: 'button', 'aria-label': `Delete the view ${view.name}` },
                  on: { click: () => void deleteView(view.id) },
                },
                'Delete',
              ),
            ),
          )),
    );
  };

  const load = async () => {
    try {
      render((await workbenchRequest(SavedViewsDocument)).savedViews);
    } catch (error) {
      say(`Could not list the saved views: ${(error as Error).message}`);
    }
  };

  const openView = async (view: SavedViewFieldsFragment) => {
    dialog.close();
    explorer.update(parseViewState(view.state), { history: 'push' });
    await settled(explorer);
    applyLayout(cy, view.layout as Partial<ViewLayout> | null);
  };

  const deleteView = async (id: string) => {
    try {
      await workbenchRequest(DeleteViewDocument, { id });
      say(null);
      await load();
    } catch (error) {
      say(`Could not delete the view: ${(error as Error).message}`);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    storeAuthor(author.value);
    void (async () => {
      try {
        await workbenchRequest(SaveViewDocument, {
          input: {
            name: name.value,
            state: serialiseViewState(explorer.model.state),
            layout: captureLayout(cy),
            author: author.value || null,
          },
        });
        name.value = '';
        say(null);
        await load();
      } catch (error) {
        say(`Could not save the view: ${(error as Error).message}`);
      }
    })();
  });

  return {
    open() {
      author.value = readAuthor();
      say(null);
      dialog.showModal();
      name.focus();
      void load();
    },
  };
}

/** Resolves once the explorer has loaded and laid out what the last update asked for. */
async function settled(explorer: ExplorerCommands): Promise<void> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const deadline = performance.now() + SETTLE_LIMIT_MS;
  await frame();
  while (explorer.model.busy && performance.now() < deadline) await frame();
}
