import type { ActorKind, RelationType, SourceKind } from '../../domain/vocabulary.ts';

/**
 * One row of coded event data (a GDELT event, an ACLED event), read and checked, before its actors
 * are resolved: what the importers of each format produce and the loader writes.
 */
export interface CodedActor {
  /** The coder's own code ("USAGOV", "TAL"), when it has one. */
  readonly code: string | null;
  /** The name as the coder writes it. */
  readonly name: string | null;
  /** ISO 3166-1 alpha-2 of the country the actor belongs to, when the row says. */
  readonly country: string | null;
  /**
   * STATE when the actor is the state itself (GDELT's code is a bare country code), ORGAN when it
   * is one of the state's organs (its government, military or security forces: "USAGOV",
   * "Military Forces of Pakistan"), null for anyone else, who is known by name.
   */
  readonly standsFor: 'STATE' | 'ORGAN' | null;
  /** What kind of actor the coder says it is (state forces, rebels, ...), when it says. */
  readonly kind: ActorKind | null;
}

export interface CodedSource {
  readonly id: string;
  readonly kind: SourceKind;
  readonly title: string;
  readonly publisher: string;
  readonly url: string | null;
  /** `YYYY-MM-DD`. */
  readonly published: string | null;
}

export interface CodedEvent {
  /** The line the row starts on (the header of a CSV is line 1). */
  readonly line: number;
  /** The row's own id in its dataset (GLOBALEVENTID, event_id_cnty). */
  readonly rowId: string;
  readonly type: RelationType;
  /** Goldstein-like intensity when the coder gives one; else the type's. */
  readonly intensity: number | null;
  /** `YYYY-MM-DD`: coded events are dated to the day. */
  readonly date: string;
  readonly actor1: CodedActor;
  readonly actor2: CodedActor;
  readonly source: CodedSource;
  /** The coder's description of the event (GDELT), or its notes (ACLED). */
  readonly quote: string;
  /** The coder, named: "GDELT 2.0 event coder", "ACLED". */
  readonly attribution: string;
  readonly confidence: number;
  /** Kept as the coder gives them, on the evidence. */
  readonly details: {
    readonly coder: string;
    readonly eventCode: string;
    readonly numSources: number | null;
    readonly numArticles: number | null;
    readonly fatalities: number | null;
  };
}

/**
 * What reading one row gave: an event, a row that is well formed but names no relation actorgraph
 * keeps (one actor only, an event code without a relation type), or a malformed row.
 */
export type RowOutcome =
  | { readonly kind: 'event'; readonly event: CodedEvent }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'malformed'; readonly message: string };

/** A text cut to a length limit of the knowledge model (server/ingest/limits.ts). */
export function cut(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
