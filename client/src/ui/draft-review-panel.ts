import type { Request } from '../api/load-view.ts';
import {
  actorOf,
  blockersOf,
  createActorFrom,
  decideActor,
  decideRelation,
  editActor,
  editRelation,
  linkActor,
  reverseRelation,
  type ActorChoice,
  type DraftReview,
  type RelationChoice,
} from '../graph/draft-review.ts';
import { kindStyleOf } from '../graph/kind-style.ts';
import { ACTOR_KINDS, EVIDENCE_STATUSES, RELATION_TYPE_NAMES, STANCES } from '../../../server/domain/vocabulary.ts';
import { h, replaceContent, uniqueId } from './dom.ts';
import { createSearchBox } from './search-box.ts';

/** The key of a draft item, shared with the marks of its places in the text (`data-keys`). */
export const actorKey = (draftId: string) => `actor:${draftId}`;
export const relationKey = (index: number) => `relation:${index}`;

export interface DraftReviewPanelOptions {
  /** Actor search, to link a draft actor to one in the graph. */
  request: Request;
  /** Every edit, with the review it makes. */
  onChange: (review: DraftReview) => void;
  /** Pointer or focus over a draft item (its key), or off it (null). */
  onPoint: (key: string | null) => void;
}

/**
 * The draft beside the text: each actor and relation with its decision and an editor. It keeps
 * only which editors are open; the review itself comes in through `show` and goes out through
 * `onChange`, so the review logic stays in graph/draft-review.ts.
 */
export class DraftReviewPanel {
  readonly element: HTMLElement;
  private review: DraftReview = { actors: [], relations: [] };
  private readonly openEditors = new Set<string>();

  constructor(private readonly options: DraftReviewPanelOptions) {
    this.element = h('div', { class: 'draft-review' });
  }

  show(review: DraftReview): void {
    this.review = review;
    // Re-rendering replaces the controls; keep the keyboard where it was.
    const focused =
      document.activeElement instanceof HTMLElement ? document.activeElement.dataset['control'] : undefined;
    replaceContent(
      this.element,
      h('h3', {}, `Actors (${review.actors.length})`),
      review.actors.length === 0
        ? h('p', { class: 'hint' }, 'No actors found.')
        : h('ul', { class: 'draft-list plain' }, ...review.actors.map((actor) => this.actorItem(actor))),
      h('h3', {}, `Relations (${review.relations.length})`),
      review.relations.length === 0
        ? h('p', { class: 'hint' }, 'No relations found.')
        : h(
            'ul',
            { class: 'draft-list plain' },
            ...review.relations.map((relation, index) => this.relationItem(relation, index)),
          ),
    );
    if (focused) this.element.querySelector<HTMLElement>(`[data-control="${CSS.escape(focused)}"]`)?.focus();
  }

  /** Scrolls to and marks the items of these keys (a place in the text was clicked). */
  reveal(keys: readonly string[]): void {
    const items = [...this.element.querySelectorAll<HTMLElement>('[data-key]')];
    for (const item of items) item.classList.toggle('lit', keys.includes(item.dataset['key'] ?? ''));
    items.find((item) => keys.includes(item.dataset['key'] ?? ''))?.scrollIntoView({ block: 'nearest' });
  }

  private change(next: DraftReview): void {
    this.options.onChange(next);
  }

  private item(key: string, className: string, ...children: Parameters<typeof h>[2][]): HTMLElement {
    const item = h('li', { class: className, dataset: { key }, attrs: { tabindex: -1 } }, ...children);
    item.addEventListener('mouseenter', () => this.options.onPoint(key));
    item.addEventListener('mouseleave', () => this.options.onPoint(null));
    item.addEventListener('focusin', () => this.options.onPoint(key));
    return item;
  }

  private button(key: string, control: string, label: string, onClick: () => void, pressed?: boolean): HTMLElement {
    return h(
      'button',
      {
        attrs: { type: 'button', 'aria-pressed': pressed === undefined ? null : String(pressed) },
        dataset: { control: `${key}:${control}` },
        on: { click: onClick },
      },
      label,
    );
  }

  private toggleEditor(key: string): void {
    if (this.openEditors.has(key)) this.openEditors.delete(key);
    else this.openEditors.add(key);
    this.show(this.review);
  }

  private actorItem(actor: ActorChoice): HTMLElement {
    const key = actorKey(actor.draftId);
    const rejected = actor.decision === 'rejected';
    const summary = h(
      'div',
      { class: 'draft-summary' },
      h('span', { class: 'kind-dot', attrs: { style: `background:${kindStyleOf(actor.kind).colour}` } }),
      h('strong', { class: 'draft-name' }, actor.name),
      h(
        'span',
        { class: actor.existing ? 'badge existing' : 'badge new' },
        actor.existing ? `in the graph: ${actor.id}` : 'new',
      ),
      h(
        'span',
        { class: 'muted' },
        [kindStyleOf(actor.kind).label, actor.country, plural(actor.mentions.length, 'mention')]
          .filter(Boolean)
          .join(' · '),
      ),
    );
    const actions = h(
      'div',
      { class: 'actions' },
      this.button(key, 'decide', rejected ? 'Accept' : 'Reject', () =>
        this.change(decideActor(this.review, actor.draftId, rejected ? 'accepted' : 'rejected')),
      ),
      this.button(key, 'edit', this.openEditors.has(key) ? 'Done' : 'Edit', () => this.toggleEditor(key)),
    );
    return this.item(
      key,
      `draft-item actor-item ${actor.decision}`,
      summary,
      actions,
      this.openEditors.has(key) ? this.actorEditor(actor, key) : null,
    );
  }

  private actorEditor(actor: ActorChoice, key: string): HTMLElement {
    const name = this.textField(key, 'name', 'Name', actor.name, (value) => {
      if (value.trim()) this.change(editActor(this.review, actor.draftId, { name: value.trim() }));
    });
    const kinds = ACTOR_KINDS.map((value) => ({ value, label: kindStyleOf(value).label }));
    const kind = this.selectField(key, 'kind', 'Kind', kinds, actor.kind, (value) =>
      this.change(editActor(this.review, actor.draftId, { kind: value as ActorChoice['kind'] })),
    );
    const country = this.textField(key, 'country', 'Country (ISO code)', actor.country ?? '', (value) =>
      this.change(editActor(this.review, actor.draftId, { country: value })),
    );
    const search = createSearchBox({
      label: 'Link to an actor in the graph',
      placeholder: 'Search by name or alias',
      request: this.options.request,
      onChoose: (known) => this.change(linkActor(this.review, actor.draftId, known)),
    });
    search.input.dataset['control'] = `${key}:link`;
    return h(
      'div',
      { class: 'draft-editor' },
      name,
      kind,
      country,
      search.element,
      actor.existing
        ? this.button(key, 'create', 'Make it a new actor', () =>
            this.change(createActorFrom(this.review, actor.draftId)),
          )
        : null,
    );
  }

  private relationItem(relation: RelationChoice, index: number): HTMLElement {
    const key = relationKey(index);
    const rejected = relation.decision === 'rejected';
    const nameOf = (draftId: string) => actorOf(this.review, draftId)?.name ?? draftId;
    const blockers = rejected ? [] : blockersOf(this.review, relation);
    const summary = h(
      'div',
      { class: 'draft-summary' },
      h('strong', {}, nameOf(relation.from)),
      h(
        'span',
        { class: `relation-type polarity-${relation.polarity.toLowerCase()}` },
        ` ${readable(relation.type)} → `,
      ),
      h('strong', {}, nameOf(relation.to)),
    );
    const facts = h(
      'div',
      { class: 'muted' },
      [
        readable(relation.status),
        readable(relation.stance),
        relation.date ?? 'undated',
        `confidence ${relation.confidence}`,
        `according to ${relation.attribution}`,
      ].join(' · '),
    );
    const actions = h(
      'div',
      { class: 'actions' },
      this.button(key, 'decide', rejected ? 'Accept' : 'Reject', () =>
        this.change(decideRelation(this.review, index, rejected ? 'accepted' : 'rejected')),
      ),
      this.button(key, 'edit', this.openEditors.has(key) ? 'Done' : 'Edit', () => this.toggleEditor(key)),
    );
    return this.item(
      key,
      `draft-item ${relation.decision}${blockers.length > 0 ? ' blocked' : ''}`,
      summary,
      h('blockquote', { class: 'draft-quote' }, relation.quote),
      facts,
      blockers.length > 0 ? h('p', { class: 'error' }, `Will not load: ${blockers.join('; ')}.`) : null,
      actions,
      this.openEditors.has(key) ? this.relationEditor(relation, index, key) : null,
    );
  }

  private relationEditor(relation: RelationChoice, index: number, key: string): HTMLElement {
    return h(
      'div',
      { class: 'draft-editor' },
      this.selectField(key, 'type', 'Type', asChoices(RELATION_TYPE_NAMES), relation.type, (value) =>
        this.change(editRelation(this.review, index, { type: value as RelationChoice['type'] })),
      ),
      this.selectField(key, 'status', 'Status', asChoices(EVIDENCE_STATUSES), relation.status, (value) =>
        this.change(editRelation(this.review, index, { status: value as RelationChoice['status'] })),
      ),
      this.selectField(key, 'stance', 'Stance', asChoices(STANCES), relation.stance, (value) =>
        this.change(editRelation(this.review, index, { stance: value as RelationChoice['stance'] })),
      ),
      this.textField(key, 'date', 'Date (YYYY, YYYY-MM or YYYY-MM-DD)', relation.date ?? '', (value) =>
        this.change(editRelation(this.review, index, { date: value })),
      ),
      this.button(key, 'reverse', 'Reverse direction', () => this.change(reverseRelation(this.review, index))),
    );
  }

  private textField(key: string, control: string, label: string, value: string, onChange: (value: string) => void) {
    const id = uniqueId(control);
    const input = h('input', { attrs: { id, type: 'text' }, dataset: { control: `${key}:${control}` } });
    input.value = value;
    // On change (Enter or leaving the field), not on every key: each edit redraws the list.
    input.addEventListener('change', () => onChange(input.value));
    return h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), input);
  }

  private selectField(
    key: string,
    control: string,
    label: string,
    choices: readonly { value: string; label: string }[],
    value: string,
    onChange: (value: string) => void,
  ) {
    const id = uniqueId(control);
    const select = h(
      'select',
      { attrs: { id }, dataset: { control: `${key}:${control}` } },
      ...choices.map((choice) => h('option', { attrs: { value: choice.value } }, choice.label)),
    );
    select.value = value;
    select.addEventListener('change', () => onChange(select.value));
    return h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), select);
  }
}

/** Vocabulary names as they read in the panels: ATTACK as "attack", MEMBER_OF as "member of". */
function asChoices(values: readonly string[]): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: readable(value) }));
}

function readable(name: string): string {
  return name.toLowerCase().replace(/_/g, ' ');
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
