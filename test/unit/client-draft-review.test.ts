import { describe, expect, it } from 'vitest';
import {
  blockersOf,
  buildArticleInput,
  buildDraftInput,
  createActorFrom,
  decideActor,
  decideRelation,
  editActor,
  editRelation,
  linkActor,
  reverseRelation,
  startReview,
  type Draft,
} from '../../client/src/graph/draft-review.ts';
import { markText } from '../../client/src/graph/text-marks.ts';
import { reviewedDraft } from '../support/draft-fixture.ts';

const draft = (): Draft => reviewedDraft();

describe('reviewing a draft', () => {
  it('starts with everything accepted, and loads the draft as proposed', () => {
    const input = buildDraftInput(startReview(draft()));
    expect(input.actors.map((actor) => actor.id)).toEqual(['veloria', 'pakistan', 'coral-coast-front']);
    expect(input.relations).toHaveLength(3);
    expect(input.relations[2]).toEqual({ ...draft().relations[2] });
    // Offsets stay in the review; the graph keeps quotes.
    expect(input.actors[0]).not.toHaveProperty('mentions');
  });

  it('leaves out a rejected relation', () => {
    const input = buildDraftInput(decideRelation(startReview(draft()), 1, 'rejected'));
    expect(input.relations.map((relation) => relation.quote)).toEqual([
      draft().relations[0]!.quote,
      draft().relations[2]!.quote,
    ]);
  });

  it('leaves out a rejected actor and every relation that needs it, saying why', () => {
    const review = decideActor(startReview(draft()), 'coral-coast-front', 'rejected');
    expect(blockersOf(review, review.relations[2]!)).toEqual(['Coral Coast Front is rejected']);
    const input = buildDraftInput(review);
    expect(input.actors.map((actor) => actor.id)).toEqual(['veloria', 'pakistan']);
    expect(input.relations.map((relation) => relation.to)).toEqual(['pakistan', 'pakistan']);
  });

  it('renames a new actor and its id with it, and the relations follow', () => {
    const review = editActor(startReview(draft()), 'coral-coast-front', {
      name: 'Coral Coast Liberation Front',
      kind: 'POLITICAL_PARTY',
      country: ' fj ',
    });
    const input = buildDraftInput(review);
    expect(input.actors[2]).toMatchObject({
      id: 'coral-coast-liberation-front',
      name: 'Coral Coast Liberation Front',
      kind: 'POLITICAL_PARTY',
      country: 'FJ',
    });
    expect(input.relations[2]!.from).toBe('coral-coast-liberation-front');
  });

  it('keeps the id of an existing actor when it is renamed', () => {
    const input = buildDraftInput(
      editActor(startReview(draft()), 'pakistan', { name: 'Islamic Republic of Pakistan' }),
    );
    expect(input.actors[1]).toMatchObject({ id: 'pakistan', name: 'Islamic Republic of Pakistan' });
  });

  it('links an actor to one in the graph: its id, name, kind and country, the article’s name as an alias', () => {
    const review = linkActor(startReview(draft()), 'veloria', {
      id: 'republic-of-veloria',
      name: 'Republic of Veloria',
      kind: 'STATE',
      country: 'VL',
    });
    const input = buildDraftInput(review);
    expect(input.actors[0]).toEqual({
      id: 'republic-of-veloria',
      name: 'Republic of Veloria',
      kind: 'STATE',
      country: 'VL',
      aliases: ['Velorian', 'Veloria'],
      existing: true,
    });
    expect(input.relations.map((relation) => relation.from)).toEqual([
      'republic-of-veloria',
      'republic-of-veloria',
      'coral-coast-front',
    ]);
    expect(input.relations[2]!.to).toBe('republic-of-veloria');
  });

  it('makes one actor of two linked to the same graph actor, and drops a relation between them', () => {
    const review = linkActor(startReview(draft()), 'veloria', {
      id: 'pakistan',
      name: 'Pakistan',
      kind: 'STATE',
      country: 'PK',
    });
    expect(blockersOf(review, review.relations[0]!)).toEqual(['both ends are the same actor']);
    const input = buildDraftInput(review);
    expect(input.actors.map((actor) => actor.id)).toEqual(['pakistan', 'coral-coast-front']);
    expect(input.actors[0]!.aliases).toEqual(expect.arrayContaining(['Veloria', 'Islamabad']));
    expect(input.relations.map((relation) => [relation.from, relation.to])).toEqual([
      ['coral-coast-front', 'pakistan'],
    ]);
  });

  it('makes a resolved actor a new one with an id from its name', () => {
    const review = createActorFrom(editActor(startReview(draft()), 'pakistan', { name: 'Pakistan Navy' }), 'pakistan');
    expect(buildDraftInput(review).actors[1]).toMatchObject({ id: 'pakistan-navy', existing: false });
    expect(buildDraftInput(review).relations[0]!.to).toBe('pakistan-navy');
  });

  it('edits a relation: a new type brings its polarity, a date its precision, and the ends can be swapped', () => {
    let review = editRelation(startReview(draft()), 0, { type: 'ACCUSE', status: 'DENIED', date: '2021-03' });
    review = reverseRelation(review, 0);
    const [relation] = buildDraftInput(review).relations;
    expect(relation).toMatchObject({
      type: 'ACCUSE',
      polarity: 'HOSTILE',
      status: 'DENIED',
      date: '2021-03',
      datePrecision: 'MONTH',
      from: 'pakistan',
      to: 'veloria',
    });
    const undated = buildDraftInput(editRelation(review, 0, { date: ' ' })).relations[0];
    expect(undated).toMatchObject({ date: null, datePrecision: null });
  });

  it('never changes the review it is given', () => {
    const review = startReview(draft());
    const before = JSON.stringify(review);
    decideRelation(review, 0, 'rejected');
    editActor(review, 'veloria', { name: 'Elsewhere' });
    linkActor(review, 'veloria', { id: 'x', name: 'X', kind: 'STATE', country: null });
    expect(JSON.stringify(review)).toBe(before);
  });

  it('gives the article with its empty fields left out', () => {
    expect(buildArticleInput({ text: 'Text.', date: '', publisher: ' Wire ', title: '' })).toEqual({
      text: 'Text.',
      publisher: 'Wire',
    });
  });
});

describe('marking mentions and quotes in the text', () => {
  it('cuts the text at every mark, with the keys of the marks over each run', () => {
    const runs = markText('Veloria signed a pact with Pakistan.', [
      { start: 0, end: 35, key: 'quote' },
      { start: 0, end: 7, key: 'veloria' },
      { start: 27, end: 35, key: 'pakistan' },
    ]);
    expect(runs).toEqual([
      { text: 'Veloria', start: 0, keys: ['quote', 'veloria'] },
      { text: ' signed a pact with ', start: 7, keys: ['quote'] },
      { text: 'Pakistan', start: 27, keys: ['quote', 'pakistan'] },
      { text: '.', start: 35, keys: [] },
    ]);
  });

  it('leaves out marks outside the text or empty, and keeps the whole text', () => {
    const runs = markText('Short.', [
      { start: 2, end: 99, key: 'beyond' },
      { start: 3, end: 3, key: 'empty' },
    ]);
    expect(runs).toEqual([{ text: 'Short.', start: 0, keys: [] }]);
  });
});
