import type { RelationType } from '../../domain/vocabulary.ts';

/**
 * CAMEO event codes (GDELT's EventCode: a two-digit root, three- and four-digit refinements) on
 * actorgraph's relation types, written from the public CAMEO codebook. PLOVER, which the
 * vocabulary follows, regrouped CAMEO's twenty roots into its event types; the mapping follows
 * that regrouping by root, and a full code where CAMEO puts under one root what the vocabulary
 * keeps apart (a signed agreement under diplomatic cooperation, a killing under assault, a
 * ceasefire under yielding). Codes without a place in the vocabulary map to null: public
 * statements (01) and investigations (09) are not relations between two actors.
 */
interface CameoEntry {
  /** What CAMEO calls the code, in a few words of our own. */
  readonly label: string;
  readonly type: RelationType | null;
}

const ROOTS: Readonly<Record<string, CameoEntry>> = {
  '01': { label: 'public statement', type: null },
  '02': { label: 'appeal', type: 'REQUEST' },
  '03': { label: 'intent to cooperate', type: 'AGREE' },
  '04': { label: 'consultation', type: 'CONSULT' },
  '05': { label: 'diplomatic cooperation', type: 'SUPPORT' },
  '06': { label: 'material cooperation', type: 'COOPERATE' },
  '07': { label: 'aid', type: 'AID' },
  '08': { label: 'yielding', type: 'CONCEDE' },
  '09': { label: 'investigation', type: null },
  '10': { label: 'demand', type: 'REQUEST' },
  '11': { label: 'disapproval', type: 'ACCUSE' },
  '12': { label: 'rejection', type: 'REJECT' },
  '13': { label: 'threat', type: 'THREATEN' },
  '14': { label: 'protest', type: 'PROTEST' },
  '15': { label: 'force posture', type: 'MOBILIZE' },
  '16': { label: 'reduced relations', type: 'SANCTION' },
  '17': { label: 'coercion', type: 'COERCE' },
  '18': { label: 'assault', type: 'ATTACK' },
  '19': { label: 'fight', type: 'ATTACK' },
  '20': { label: 'mass violence', type: 'ATTACK' },
};

/** Full codes whose type differs from their root's (a code also stands for its refinements). */
const REFINEMENTS: Readonly<Record<string, CameoEntry>> = {
  '057': { label: 'formal agreement signed', type: 'AGREE' },
  '087': { label: 'military de-escalation', type: 'RETREAT' },
  '166': { label: 'expulsion or withdrawal', type: 'COERCE' },
  '1823': { label: 'killing by physical assault', type: 'KILL' },
  '186': { label: 'assassination', type: 'KILL' },
  '201': { label: 'mass expulsion', type: 'COERCE' },
  '202': { label: 'mass killing', type: 'KILL' },
  '203': { label: 'ethnic cleansing', type: 'KILL' },
};

/** The entry of a CAMEO event code: the longest refinement that is a prefix of it, else its root. */
export function cameoEntry(code: string): CameoEntry | null {
  for (let length = code.length; length >= 3; length--) {
    const refinement = REFINEMENTS[code.slice(0, length)];
    if (refinement) return refinement;
  }
  return ROOTS[code.slice(0, 2)] ?? null;
}
