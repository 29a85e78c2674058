import type { RelationType } from '../../domain/vocabulary.ts';

/**
 * ACLED's event types and sub-event types (its codebook) on actorgraph's relation types. The sub-
 * event type decides where it is known; the event type is the fallback for a sub-event type this
 * table does not list. Strategic developments that are no act of one actor on another (a change
 * of a group's activity, a base set up, "other") map to null and are skipped.
 */
const BY_SUB_EVENT: Readonly<Record<string, RelationType | null>> = {
  'armed clash': 'ATTACK',
  'government regains territory': 'ATTACK',
  'non-state actor overtakes territory': 'ATTACK',
  'air/drone strike': 'ATTACK',
  'shelling/artillery/missile attack': 'ATTACK',
  'remote explosive/landmine/ied': 'ATTACK',
  'suicide bomb': 'ATTACK',
  grenade: 'ATTACK',
  'chemical weapon': 'ATTACK',
  attack: 'ATTACK',
  'sexual violence': 'ATTACK',
  'abduction/forced disappearance': 'COERCE',
  'peaceful protest': 'PROTEST',
  'protest with intervention': 'PROTEST',
  'excessive force against protesters': 'ATTACK',
  'violent demonstration': 'PROTEST',
  'mob violence': 'ATTACK',
  agreement: 'AGREE',
  arrests: 'COERCE',
  'disrupted weapons use': 'COERCE',
  'looting/property destruction': 'COERCE',
  'non-violent transfer of territory': 'CONCEDE',
  'change to group/activity': null,
  'headquarters or base established': null,
  other: null,
};

const BY_EVENT: Readonly<Record<string, RelationType | null>> = {
  battles: 'ATTACK',
  'explosions/remote violence': 'ATTACK',
  'violence against civilians': 'ATTACK',
  protests: 'PROTEST',
  riots: 'PROTEST',
  'strategic developments': null,
};

/**
 * The relation type of an ACLED event; undefined when neither type is one ACLED defines. A
 * violent event that killed people is KILL: the vocabulary keeps lethal force apart.
 */
export function acledRelationType(
  eventType: string,
  subEventType: string,
  fatalities: number,
): RelationType | null | undefined {
  const sub = subEventType.trim().toLowerCase();
  const type = sub in BY_SUB_EVENT ? BY_SUB_EVENT[sub] : BY_EVENT[eventType.trim().toLowerCase()];
  if (type === 'ATTACK' && fatalities > 0) return 'KILL';
  return type;
}
