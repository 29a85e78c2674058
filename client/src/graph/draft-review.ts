import type {
  ActorKind,
  ArticleInput,
  DraftActorInput,
  DraftInput,
  DraftRelationInput,
  ExtractDraftQuery,
  RelationType,
} from '../api/generated/operations.ts';
import { parsePartialDate } from '../../../server/domain/dates.ts';
import { slugOf } from '../../../server/domain/slug.ts';
import { RELATION_TYPES } from '../../../server/domain/vocabulary.ts';

/**
 * The review of a draft: what the reviewer made of each actor and relation the extractor
 * proposed (accepted or rejected, edited, linked to an actor already in the graph), and the
 * `loadDraft` input that follows from it. Pure: every edit returns a new review.
 */

export type Draft = ExtractDraftQuery['extractDraft'];
export type DraftActor = Draft['actors'][number];
export type DraftRelation = Draft['relations'][number];
export type Decision = 'accepted' | 'rejected';

export interface ActorChoice extends DraftActor {
  /** The id the draft gave it: the draft's relations name their ends by it. */
  readonly draftId: string;
  readonly decision: Decision;
}

export interface RelationChoice extends DraftRelation {
  readonly decision: Decision;
}

export interface DraftReview {
  readonly actors: readonly ActorChoice[];
  readonly relations: readonly RelationChoice[];
}

/** An actor already in the graph, as the search finds it. */
export interface KnownActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly country: string | null;
}

/** Everything proposed starts accepted: the reviewer rejects what is wrong. */
export function startReview(draft: Draft): DraftReview {
  return {
    actors: draft.actors.map((actor) => ({ ...actor, draftId: actor.id, decision: 'accepted' })),
    relations: draft.relations.map((relation) => ({ ...relation, decision: 'accepted' })),
  };
}

export function decideActor(review: DraftReview, draftId: string, decision: Decision): DraftReview {
  return withActor(review, draftId, () => ({ decision }));
}

export function decideRelation(review: DraftReview, index: number, decision: Decision): DraftReview {
  return withRelation(review, index, () => ({ decision }));
}

/**
 * Corrects an actor's name, kind or country. A new actor's id follows its name (an existing one
 * keeps its id); a country is written upper-case, and an empty one means none.
 */
export function editActor(
  review: DraftReview,
  draftId: string,
  patch: { name?: string; kind?: ActorKind; country?: string | null },
): DraftReview {
  return withActor(review, draftId, (actor) => {
    const name = patch.name ?? actor.name;
    const country = patch.country === undefined ? actor.country : patch.country?.trim().toUpperCase() || null;
    return {
      name,
      kind: patch.kind ?? actor.kind,
      country,
      id: actor.existing ? actor.id : slugOf(name) || actor.id,
    };
  });
}

/**
 * Says the draft actor is one already in the graph: it takes that actor's id, name, kind and
 * country, and the name the article used joins its aliases.
 */
export function linkActor(review: DraftReview, draftId: string, known: KnownActor): DraftReview {
  return withActor(review, draftId, (actor) => ({
    id: known.id,
    name: known.name,
    kind: known.kind,
    country: known.country,
    existing: true,
    aliases: unique([...actor.aliases, actor.name]).filter((alias) => alias !== known.name),
    decision: 'accepted',
  }));
}

/** Says the draft actor is a new one after all: an id of its own, from its name. */
export function createActorFrom(review: DraftReview, draftId: string): DraftReview {
  return withActor(review, draftId, (actor) => ({
    id: slugOf(actor.name) || actor.draftId,
    existing: false,
    decision: 'accepted',
  }));
}

/**
 * Corrects a relation. A new type brings the polarity the vocabulary gives it; a date is written
 * YYYY, YYYY-MM or YYYY-MM-DD and its precision follows from how it is written (empty: undated;
 * anything else is kept for the server to refuse by its field).
 */
export function editRelation(
  review: DraftReview,
  index: number,
  patch: { type?: RelationType; status?: RelationChoice['status']; stance?: RelationChoice['stance']; date?: string },
): DraftReview {
  return withRelation(review, index, (relation) => {
    const next: Partial<RelationChoice> = {};
    if (patch.type) Object.assign(next, { type: patch.type, polarity: RELATION_TYPES[patch.type].polarity });
    if (patch.status) next.status = patch.status;
    if (patch.stance) next.stance = patch.stance;
    if (patch.date !== undefined) {
      const written = patch.date.trim();
      const parsed = written === '' ? null : parsePartialDate(written);
      Object.assign(next, {
        date: written === '' ? null : written,
        datePrecision: parsed ? parsed.precision : written === '' ? null : relation.datePrecision,
      });
    }
    return next;
  });
}

/** Swaps who did what to whom. */
export function reverseRelation(review: DraftReview, index: number): DraftReview {
  return withRelation(review, index, (relation) => ({ from: relation.to, to: relation.from }));
}

/** The actor a relation end (a draft id) stands for. */
export function actorOf(review: DraftReview, draftId: string): ActorChoice | undefined {
  return review.actors.find((actor) => actor.draftId === draftId);
}

/** Why an accepted relation cannot be loaded as it stands; empty when it can. */
export function blockersOf(review: DraftReview, relation: RelationChoice): string[] {
  const ends = [relation.from, relation.to].map((draftId) => ({ draftId, actor: actorOf(review, draftId) }));
  const blockers = ends
    .filter(({ actor }) => !actor || actor.decision === 'rejected')
    .map(({ draftId, actor }) => `${actor?.name ?? draftId} is rejected`);
  const [from, to] = ends.map(({ actor }) => actor?.id);
  if (from !== undefined && from === to) blockers.push('both ends are the same actor');
  return blockers;
}

/** The relations that will load: accepted, with both ends accepted and distinct. */
export function loadableRelations(review: DraftReview): RelationChoice[] {
  return review.relations.filter(
    (relation) => relation.decision === 'accepted' && blockersOf(review, relation).length === 0,
  );
}

/**
 * The `loadDraft` input: the accepted actors (two linked to the same graph actor become one,
 * with the names of both) and the loadable relations, their ends renamed to the actors' final
 * ids. Mentions stay behind: the graph keeps quotes, not offsets.
 */
export function buildDraftInput(review: DraftReview): DraftInput {
  const actors = new Map<string, DraftActorInput>();
  for (const actor of review.actors) {
    if (actor.decision !== 'accepted') continue;
    const seen = actors.get(actor.id);
    const aliases = unique([...(seen?.aliases ?? []), ...actor.aliases, ...(seen ? [actor.name] : [])]);
    actors.set(actor.id, {
      id: actor.id,
      name: seen?.name ?? actor.name,
      kind: seen?.kind ?? actor.kind,
      country: seen?.country ?? actor.country,
      aliases: aliases.filter((alias) => alias !== (seen?.name ?? actor.name)),
      existing: actor.existing,
    });
  }
  const finalId = (draftId: string) => actorOf(review, draftId)?.id ?? draftId;
  const relations = loadableRelations(review).map((relation): DraftRelationInput => ({
    from: finalId(relation.from),
    to: finalId(relation.to),
    type: relation.type,
    polarity: relation.polarity,
    quote: relation.quote,
    start: relation.start,
    end: relation.end,
    attribution: relation.attribution,
    stance: relation.stance,
    status: relation.status,
    date: relation.date,
    datePrecision: relation.datePrecision,
    confidence: relation.confidence,
  }));
  return { actors: [...actors.values()], relations };
}

/** The article as `loadDraft` takes it: empty fields left out. */
export function buildArticleInput(article: {
  text: string;
  date: string;
  publisher: string;
  title: string;
}): ArticleInput {
  const given = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    text: article.text,
    ...(given(article.date) ? { date: given(article.date) } : {}),
    ...(given(article.publisher) ? { publisher: given(article.publisher) } : {}),
    ...(given(article.title) ? { title: given(article.title) } : {}),
  };
}

function withActor(
  review: DraftReview,
  draftId: string,
  change: (actor: ActorChoice) => Partial<ActorChoice>,
): DraftReview {
  return {
    ...review,
    actors: review.actors.map((actor) => (actor.draftId === draftId ? { ...actor, ...change(actor) } : actor)),
  };
}

function withRelation(
  review: DraftReview,
  index: number,
  change: (relation: RelationChoice) => Partial<RelationChoice>,
): DraftReview {
  return {
    ...review,
    relations: review.relations.map((relation, i) => (i === index ? { ...relation, ...change(relation) } : relation)),
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
