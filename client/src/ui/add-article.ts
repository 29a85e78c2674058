import { requestGraphQL } from '../api/graphql.ts';
import { ExtractDraftDocument, LoadDraftDocument } from '../api/generated/operations.ts';
import type { Request } from '../api/load-view.ts';
import {
  buildArticleInput,
  buildDraftInput,
  loadableRelations,
  startReview,
  type DraftReview,
} from '../graph/draft-review.ts';
import type { TextMark } from '../graph/text-marks.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { marksWithKey, renderArticleText } from './article-text.ts';
import { h, replaceContent, uniqueId } from './dom.ts';
import { actorKey, DraftReviewPanel, plural, relationKey } from './draft-review-panel.ts';
import { createTokenField } from './editor-token.ts';

export interface AddArticleOptions {
  explorer: ExplorerCommands;
  /** The graph's cached request: actor search, and forgotten once the article is loaded. */
  request: Request & { forget(): void };
}

/**
 * "Add an article": paste or upload a text, extract a draft, review it beside the text, load it.
 * Extraction and loading need an editor token; once loaded, the dialog closes and the graph
 * brings in the loaded actors with the first loaded relation selected, so its evidence shows.
 */
export function mountAddArticle(opener: HTMLElement, dialog: HTMLDialogElement, options: AddArticleOptions): void {
  const token = createTokenField();
  const field = (label: string, control: HTMLInputElement | HTMLTextAreaElement) => {
    control.id = uniqueId('article');
    return h('div', { class: 'field' }, h('label', { attrs: { for: control.id } }, label), control);
  };
  const title = h('input', { attrs: { type: 'text', name: 'title' } });
  const publisher = h('input', { attrs: { type: 'text', name: 'publisher' } });
  const date = h('input', { attrs: { type: 'date', name: 'date' } });
  const text = h('textarea', {
    attrs: { name: 'text', rows: 12, placeholder: 'Paste the article’s text here, or upload a text file.' },
  });
  const upload = h('input', { attrs: { type: 'file', accept: '.txt,.md,text/plain' } });
  upload.addEventListener('change', () => {
    const file = upload.files?.[0];
    if (file) void file.text().then((content) => (text.value = content));
  });

  const status = h('p', { class: 'add-article-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const say = (message: string, kind: 'info' | 'error' = 'info') => {
    status.className = `add-article-status${kind === 'error' ? ' error' : ''}`;
    status.textContent = message;
  };

  const extractButton = h('button', { class: 'primary', attrs: { type: 'submit' } }, 'Extract');
  const form = h(
    'form',
    { class: 'article-form' },
    h(
      'div',
      { class: 'article-meta' },
      field('Title', title),
      field('Publisher', publisher),
      field('Date', date),
      token.element,
    ),
    field('Text', text),
    h('div', { class: 'article-form-actions' }, field('Or upload a text file', upload), extractButton),
  );

  const articleView = h('div', {
    class: 'article-text',
    attrs: { 'aria-label': 'The article, with what the draft found marked' },
  });
  let review: DraftReview = { actors: [], relations: [] };
  let extractedText = '';
  const panel = new DraftReviewPanel({
    request: options.request,
    onChange: (next) => showReview(next),
    onPoint: (key) => light(key),
  });
  const loadButton = h('button', { class: 'primary', attrs: { type: 'button' } }, 'Load');
  const backButton = h('button', { attrs: { type: 'button' } }, 'Back to the text');
  const reviewArea = h(
    'div',
    { class: 'review-area', attrs: { hidden: true } },
    h(
      'section',
      { class: 'review-text', attrs: { 'aria-label': 'The article' } },
      h('h3', {}, 'The article'),
      articleView,
    ),
    h('section', { class: 'review-draft', attrs: { 'aria-label': 'The draft' } }, panel.element),
  );
  const footer = h(
    'div',
    { class: 'add-article-footer' },
    status,
    h('div', { class: 'actions' }, backButton, loadButton),
  );
  backButton.hidden = true;
  loadButton.hidden = true;

  const close = h('button', { attrs: { type: 'button', 'aria-label': 'Close' } }, 'Close');
  close.addEventListener('click', () => dialog.close());
  const headingId = uniqueId('add-article-title');
  dialog.setAttribute('aria-labelledby', headingId);
  replaceContent(
    dialog,
    h('header', { class: 'add-article-header' }, h('h2', { attrs: { id: headingId } }, 'Add an article'), close),
    form,
    reviewArea,
    footer,
  );

  function showReview(next: DraftReview): void {
    review = next;
    panel.show(review);
    const actors = buildDraftInput(review).actors.length;
    const relations = loadableRelations(review).length;
    loadButton.textContent = `Load ${plural(actors, 'actor')}, ${plural(relations, 'relation')}`;
    loadButton.disabled = actors === 0 && relations === 0;
  }

  function light(key: string | null): void {
    for (const span of articleView.querySelectorAll('.lit')) span.classList.remove('lit');
    if (!key) return;
    const spans = marksWithKey(articleView, key);
    for (const span of spans) span.classList.add('lit');
    spans[0]?.scrollIntoView({ block: 'nearest' });
  }

  function setStep(step: 'text' | 'review'): void {
    form.hidden = step !== 'text';
    reviewArea.hidden = step !== 'review';
    backButton.hidden = step !== 'review';
    loadButton.hidden = step !== 'review';
  }

  // A place in the text shows the draft items found there.
  articleView.addEventListener('click', (event) => {
    const span = (event.target as HTMLElement).closest<HTMLElement>('[data-keys]');
    if (span) panel.reveal((span.dataset['keys'] ?? '').split(' '));
  });
  articleView.addEventListener('keydown', (event) => {
    const span = (event.target as HTMLElement).closest<HTMLElement>('[data-keys]');
    if (span && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      panel.reveal((span.dataset['keys'] ?? '').split(' '));
    }
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void extract();
  });
  backButton.addEventListener('click', () => {
    setStep('text');
    say('');
  });
  loadButton.addEventListener('click', () => void load());
  opener.addEventListener('click', () => {
    dialog.showModal();
    (form.hidden ? loadButton : text).focus();
  });

  async function extract(): Promise<void> {
    if (text.value.trim() === '') return say('Paste or upload the article’s text first.', 'error');
    if (!token.token()) return say('Extracting needs an editor token.', 'error');
    extractButton.disabled = true;
    dialog.setAttribute('aria-busy', 'true');
    say('Extracting… (the first extraction starts the language engine and takes longer)');
    try {
      extractedText = text.value;
      const { extractDraft } = await requestGraphQL(
        ExtractDraftDocument,
        {
          text: extractedText,
          date: date.value || null,
          publisher: publisher.value.trim() || null,
          title: title.value.trim() || null,
        },
        { token: token.token() },
      );
      const marks: TextMark[] = [
        ...extractDraft.relations.map((relation, index) => ({ ...relation, key: relationKey(index) })),
        ...extractDraft.actors.flatMap((actor) =>
          actor.mentions.map((mention) => ({ ...mention, key: actorKey(actor.id) })),
        ),
      ];
      renderArticleText(articleView, extractedText, marks);
      showReview(startReview(extractDraft));
      setStep('review');
      say(
        `Found ${plural(extractDraft.actors.length, 'actor')} and ${plural(extractDraft.relations.length, 'relation')}. Reject or correct what is wrong, then load.`,
      );
    } catch (error) {
      say(`Could not extract: ${(error as Error).message}`, 'error');
    } finally {
      extractButton.disabled = false;
      dialog.removeAttribute('aria-busy');
    }
  }

  async function load(): Promise<void> {
    if (!token.token()) return say('Loading needs an editor token.', 'error');
    loadButton.disabled = true;
    dialog.setAttribute('aria-busy', 'true');
    say('Loading…');
    try {
      const { loadDraft } = await requestGraphQL(
        LoadDraftDocument,
        {
          draft: buildDraftInput(review),
          article: buildArticleInput({
            text: extractedText,
            date: date.value,
            publisher: publisher.value,
            title: title.value,
          }),
        },
        { token: token.token() },
      );
      say(`Loaded ${plural(loadDraft.actors, 'actor')}, ${plural(loadDraft.relations, 'relation')}.`);
      // Ready for the next article; the date and the token usually stay the same.
      for (const input of [text, title, publisher, upload]) input.value = '';
      setStep('text');
      dialog.close();
      showLoaded(loadDraft.actorIds, loadDraft.relationIds);
    } catch (error) {
      say(`Could not load: ${(error as Error).message}`, 'error');
    } finally {
      loadButton.disabled = false;
      dialog.removeAttribute('aria-busy');
    }
  }

  /**
   * The graph changed: forget what was fetched, bring the loaded actors in (pinned, not expanded:
   * the view joins up the relations among them, and a well-connected actor does not bring in its
   * whole neighbourhood) and show the first claim's evidence.
   */
  function showLoaded(actorIds: readonly string[], relationIds: readonly string[]): void {
    options.request.forget();
    const { state } = options.explorer.model;
    const [firstRelation] = relationIds;
    options.explorer.update(
      {
        pinned: [...new Set([...state.pinned, ...actorIds])],
        hidden: state.hidden.filter((id) => !actorIds.includes(id)),
        focus: firstRelation ? null : (actorIds[0] ?? null),
        relation: firstRelation ?? null,
      },
      { history: 'push', centre: true },
    );
  }
}
