import {
  AddAnnotationDocument,
  AnnotationsDocument,
  RemoveAnnotationDocument,
  type AnnotationFieldsFragment,
} from '../api/generated/operations.ts';
import { createTokenField } from '../ui/editor-token.ts';
import { h, replaceContent, uniqueId } from '../ui/dom.ts';
import { readAuthor, storeAuthor, workbenchRequest } from './editor-session.ts';

/** The most a note may hold; the API refuses more (server/graphql/workbench/annotations.ts). */
const NOTE_MAX = 2000;

/**
 * The notes on an actor or relation, for the details panel: who wrote each and when, a form to
 * add one (with the editor token) and a button to remove one. It loads itself, so the panel only
 * places it. `data-annotation-target` lets the context menu's "Annotate" find its form.
 */
export function createAnnotationsSection(targetId: string): HTMLElement {
  const list = h('ul', { class: 'plain annotation-list' });
  const heading = h('h3', {}, 'Notes');
  const problem = h('p', { class: 'error', attrs: { role: 'alert', hidden: true } });
  const textId = uniqueId('note');
  const authorId = uniqueId('author');
  const text = h('textarea', {
    attrs: { id: textId, rows: 3, maxlength: NOTE_MAX, placeholder: 'What you know or suspect about this' },
  });
  const author = h('input', { attrs: { id: authorId, type: 'text', maxlength: 100, autocomplete: 'name' } });
  author.value = readAuthor();
  const token = createTokenField();
  const form = h(
    'form',
    { class: 'annotation-form' },
    h('div', { class: 'field' }, h('label', { attrs: { for: textId } }, 'New note'), text),
    h('div', { class: 'field' }, h('label', { attrs: { for: authorId } }, 'Your name'), author),
    token.element,
    h('button', { attrs: { type: 'submit' } }, 'Add note'),
  );
  const adding = h('details', { class: 'annotation-add' }, h('summary', {}, 'Add a note'), form);
  const section = h(
    'section',
    { class: 'annotations', dataset: { annotationTarget: targetId }, attrs: { 'aria-label': 'Notes' } },
    heading,
    list,
    problem,
    adding,
  );

  const say = (message: string | null) => {
    problem.hidden = message === null;
    problem.textContent = message ?? '';
  };

  const render = (notes: readonly AnnotationFieldsFragment[]) => {
    heading.textContent = `Notes (${notes.length})`;
    replaceContent(
      list,
      ...(notes.length === 0
        ? [h('li', { class: 'muted' }, 'No notes yet.')]
        : notes.map((note) =>
            h(
              'li',
              { class: 'annotation', dataset: { annotationId: note.id } },
              h('p', { class: 'annotation-text' }, note.text),
              h(
                'p',
                { class: 'muted annotation-meta' },
                `${note.author} · `,
                h('time', { attrs: { datetime: note.createdAt } }, formatWhen(note.createdAt)),
                ' ',
                h(
                  'button',
                  {
                    class: 'link-button',
                    attrs: { type: 'button', 'aria-label': `Remove the note by ${note.author}` },
                    on: { click: () => void remove(note.id) },
                  },
                  'Remove',
                ),
              ),
            ),
          )),
    );
  };

  const load = async () => {
    try {
      const answer = await workbenchRequest(AnnotationsDocument, { targetId });
      render(answer.annotations);
    } catch (error) {
      say(`Could not load the notes: ${(error as Error).message}`);
    }
  };

  const remove = async (id: string) => {
    try {
      await workbenchRequest(RemoveAnnotationDocument, { id });
      say(null);
      await load();
    } catch (error) {
      say(`Could not remove the note: ${(error as Error).message}`);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    storeAuthor(author.value);
    void (async () => {
      try {
        await workbenchRequest(AddAnnotationDocument, {
          input: { targetId, text: text.value, author: author.value },
        });
        text.value = '';
        say(null);
        await load();
      } catch (error) {
        say(`Could not add the note: ${(error as Error).message}`);
      }
    })();
  });

  void load();
  return section;
}

/** Opens the form of the notes on this target, if the details panel shows them, and puts the cursor in it. */
export function focusNoteForm(targetId: string): boolean {
  const section = [...document.querySelectorAll<HTMLElement>('[data-annotation-target]')].find(
    (element) => element.dataset['annotationTarget'] === targetId,
  );
  const adding = section?.querySelector('details');
  const field = section?.querySelector('textarea');
  if (!adding || !field) return false;
  adding.open = true;
  field.focus();
  return true;
}

/** "2 Dec 2026, 14:20" in the reader's own time zone. */
function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      });
}
