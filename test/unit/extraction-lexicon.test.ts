import { describe, expect, it } from 'vitest';
import { combinedPredicate, nounPredicate, verbPredicate } from '../../server/extraction/predicate-lexicon.ts';

const typeOfVerb = (lemma: string, particle?: string, prepositions: string[] = []) =>
  verbPredicate(lemma, particle, prepositions)?.type ?? null;
const typeOfNoun = (lemma: string, prepositions: string[] = []) =>
  nounPredicate(lemma, undefined, prepositions)?.type ?? null;

describe('the predicate lexicon', () => {
  it('knows the verbs of blocking, ratifying, censuring, chairing and ousting', () => {
    expect(typeOfVerb('block')).toBe('REJECT');
    expect(typeOfVerb('ratify')).toBe('SUPPORT');
    expect(typeOfVerb('censure')).toBe('ACCUSE');
    expect(typeOfVerb('chair')).toBe('LEADS');
    expect(typeOfVerb('oust')).toBe('COERCE');
    expect(typeOfVerb('sentence')).toBe('COERCE');
  });

  it('knows the common news verbs and event nouns of each type, not only those of one region or story', () => {
    expect(typeOfVerb('decry')).toBe('ACCUSE');
    expect(typeOfVerb('deport')).toBe('COERCE');
    expect(typeOfVerb('massacre')).toBe('KILL');
    expect(typeOfVerb('accede')).toBe('MEMBER_OF');
    expect(typeOfVerb('normalise')).toBe('AGREE');
    expect(typeOfNoun('expulsion')).toBe('COERCE');
    expect(typeOfNoun('veto')).toBe('REJECT');
    expect(typeOfNoun('accession')).toBe('MEMBER_OF');
  });

  it('reads a verb with its particle or preposition when the pair means more ("hold up", "list as")', () => {
    expect(typeOfVerb('hold', 'up')).toBe('REJECT');
    expect(typeOfVerb('bring', 'down')).toBe('ATTACK');
    expect(typeOfVerb('list', undefined, ['as'])).toBe('SANCTION');
    expect(typeOfVerb('hold')).toBeNull();
  });

  it('knows event nouns of force, truce, curbs and offices', () => {
    expect(typeOfNoun('drills')).toBe('MOBILIZE');
    expect(typeOfNoun('truce')).toBe('AGREE');
    expect(typeOfNoun('curbs')).toBe('SANCTION');
    expect(typeOfNoun('command')).toBe('LEADS');
  });

  it('reads exercises with a partner as cooperation and exercises alone as mobilisation', () => {
    expect(typeOfNoun('exercises', ['with'])).toBe('COOPERATE');
    expect(typeOfNoun('exercises', ['around'])).toBe('MOBILIZE');
  });

  it('reads credit for something as praise and a credit alone as a loan', () => {
    expect(typeOfNoun('credit', ['for'])).toBe('SUPPORT');
    expect(typeOfNoun('credit')).toBe('AID');
  });

  it('turns a cancelled meeting into a snub', () => {
    const meeting = nounPredicate('meeting');
    expect(meeting && combinedPredicate('cancel', meeting).type).toBe('REJECT');
  });
});
