import { describe, expect, it } from 'vitest';
import { NLP_CASES, type NlpCaseName } from '../fixtures/nlp/cases.ts';
import { PUBLISHER, dyad, extractCase } from '../support/extract-case.ts';

describe('relations from the dependency parse', () => {
  it('reads the agent of an active verb as the source and its object as the target', async () => {
    const draft = await extractCase('active');
    expect(draft.relations.map(dyad)).toEqual(['russia ATTACK ukraine']);
    expect(draft.relations[0]?.polarity).toBe('HOSTILE');
  });

  it('reads the by-phrase of a passive verb as the source', async () => {
    const draft = await extractCase('passive');
    expect(draft.relations.map(dyad)).toEqual(['russia ATTACK ukraine']);
  });

  it('relates conjoined subjects of a relation between equals to each other', async () => {
    const draft = await extractCase('coordination');
    expect(draft.relations.map(dyad)).toEqual(['israel AGREE united-arab-emirates']);
    expect(draft.relations[0]?.polarity).toBe('COOPERATIVE');
  });

  it("does not make the conjoined agents of a passive each other's partners", async () => {
    const draft = await extractCase('passiveAgents');
    expect(draft.actors.map((actor) => actor.id)).toEqual(['russia', 'france']);
    expect(draft.relations).toEqual([]);
  });

  it('takes the relation from the event noun a light verb delivers ("imposed sanctions on")', async () => {
    const draft = await extractCase('eventNoun');
    expect(draft.relations.map(dyad)).toEqual(['european-union SANCTION belarus']);
  });

  it('reads a payment to a group as aid to it', async () => {
    const draft = await extractCase('allegedly');
    expect(draft.relations.map(dyad)).toEqual(['russia AID taliban']);
  });

  it('reads a verb with the preposition it governs ("called on") and gives each conjoined target its relation', async () => {
    const draft = await extractCase('callOn');
    expect(draft.relations.map(dyad)).toEqual(['russia REQUEST armenia', 'russia REQUEST azerbaijan']);
  });

  it('reads the target of what an agent means to do ("threatened to block Sweden\'s membership")', async () => {
    const draft = await extractCase('intendedTarget');
    expect(draft.relations.map(dyad)).toContain('turkiye THREATEN sweden');
  });

  it('reads "a round of talks" as talks, between conjoined subjects', async () => {
    const draft = await extractCase('roundOfTalks');
    expect(draft.relations.map(dyad)).toEqual(['india CONSULT china']);
  });

  it('makes the subject of a verb of receiving the target ("received a loan from")', async () => {
    const draft = await extractCase('receiving');
    expect(draft.relations.map(dyad)).toEqual(['international-monetary-fund AID sri-lanka']);
  });

  it('reads force used at unnamed targets in a state as force against that state', async () => {
    const draft = await extractCase('onFriday');
    expect(draft.relations.map(dyad)).toEqual(['israel ATTACK syria']);
  });

  it('gives every relation a verbatim quote at its offsets, and every mention its text', async () => {
    for (const name of Object.keys(NLP_CASES) as NlpCaseName[]) {
      const { text } = NLP_CASES[name];
      const draft = await extractCase(name);
      for (const relation of draft.relations) {
        expect(text.slice(relation.start, relation.end), name).toBe(relation.quote);
        expect(relation.quote.length, name).toBeGreaterThan(0);
      }
      for (const actor of draft.actors) {
        for (const mention of actor.mentions) expect(text.slice(mention.start, mention.end), name).toBe(mention.text);
      }
    }
  });

  it('only relates actors the draft lists', async () => {
    for (const name of Object.keys(NLP_CASES) as NlpCaseName[]) {
      const draft = await extractCase(name);
      const ids = new Set(draft.actors.map((actor) => actor.id));
      for (const relation of draft.relations) {
        expect(ids.has(relation.from) && ids.has(relation.to), `${name}: ${dyad(relation)}`).toBe(true);
      }
    }
  });

  it('reads a participle with a by-phrase as passive even without an auxiliary ("stayed blocked by X and Y")', async () => {
    const draft = await extractCase('participleAgent');
    expect(draft.relations.map(dyad)).toEqual(['egypt REJECT qatar', 'bahrain REJECT qatar']);
  });

  it('gives the deed of an accusation to the one accused ("accused Algeria of backing X")', async () => {
    const draft = await extractCase('accusedOfDoing');
    expect(draft.relations.map(dyad)).toEqual(['morocco ACCUSE algeria', 'algeria SUPPORT polisario-front']);
    expect(draft.relations.map((relation) => relation.attribution)).toEqual(['Morocco', 'Morocco']);
  });

  it('reads "it" in what a speaker says as the speaker ("Turkey said it had shelled Syria")', async () => {
    const draft = await extractCase('reportedPronoun');
    expect(draft.relations.map(dyad)).toEqual(['turkiye ATTACK syria']);
  });

  it('reads "him" as the last person who was the subject of a clause, not the last person named', async () => {
    const draft = await extractCase('personalPronoun');
    expect(draft.relations.map(dyad)).toEqual(['russia COERCE alexei-navalny']);
  });

  it('reads a role noun as a tie to the body it is of ("became the 29th member of NATO")', async () => {
    const draft = await extractCase('roleNoun');
    expect(draft.relations.map(dyad)).toEqual(['montenegro MEMBER_OF nato']);
  });

  it('reads exercises with a partner as cooperation, even when the preposition hangs on the light verb', async () => {
    const draft = await extractCase('exercisesWith');
    expect(draft.relations.map(dyad)).toEqual(['japan COOPERATE india']);
  });

  it('does not make an agent the target of its own forces ("withdrew its troops from Georgia")', async () => {
    const draft = await extractCase('ownForces');
    expect(draft.relations.map(dyad)).toEqual(['russia RETREAT georgia']);
  });

  it('knows censuring as an accusation and chairing as leading', async () => {
    const draft = await extractCase('censureAndChair');
    expect(draft.relations.map(dyad)).toEqual(['council-of-europe ACCUSE azerbaijan', 'germany LEADS group-of-seven']);
  });

  it('gives what a participle says of a noun to the one who made the noun ("adopted a statement condemning Iran")', async () => {
    const draft = await extractCase('statementCondemning');
    expect(draft.relations.map(dyad)).toEqual(['arab-league ACCUSE iran']);
  });

  it('reads a plural noun of several actors as each of them ("the leaders of Egypt and Jordan met")', async () => {
    const draft = await extractCase('leadersOf');
    expect(draft.relations.map(dyad)).toEqual(['egypt CONSULT jordan']);
  });

  it('finds the other party on what the verb acts on ("cut ties with Iran")', async () => {
    const draft = await extractCase('tiesWith');
    expect(draft.relations.map(dyad)).toEqual(['morocco SANCTION iran']);
  });

  it('reads a common noun through the name in apposition before its demonym ("his Indian counterpart, Subrahmanyam Jaishankar")', async () => {
    const draft = await extractCase('counterpartNamed');
    expect(draft.relations.map(dyad)).toEqual(['sergey-lavrov CONSULT subrahmanyam-jaishankar']);
  });

  it('reads "both sides" as the two states the text has named most, besides the agent', async () => {
    const draft = await extractCase('bothSides');
    expect(draft.relations.filter((relation) => relation.from === 'russia').map(dyad)).toEqual([
      'russia REQUEST azerbaijan',
      'russia REQUEST armenia',
    ]);
  });

  it('reads an office in a body that is not a state as membership ("Naim Qassem, a Hezbollah official")', async () => {
    const draft = await extractCase('memberTitle');
    expect(draft.relations.map(dyad)).toEqual(['naim-qassem MEMBER_OF hezbollah']);
    expect(draft.relations[0]?.attribution).toBe(PUBLISHER);
  });

  it('reads holding the chair of a body as leading it ("held the ASEAN chair")', async () => {
    const draft = await extractCase('holdsChair');
    expect(draft.relations.map(dyad)).toEqual(['indonesia LEADS asean']);
  });

  it('reads a reaction to an event the article told as a reaction to its agent ("Russia condemned the strikes")', async () => {
    const draft = await extractCase('reactionToEvent');
    expect(draft.relations.map(dyad)).toEqual(['united-states ATTACK syria', 'russia ACCUSE united-states']);
    expect(draft.relations[1]?.attribution).toBe('Russia');
  });

  it('reads a role in apposition as the article\'s own background ("Belarus, Russia\'s closest ally")', async () => {
    const draft = await extractCase('allyInApposition');
    expect(draft.relations.map(dyad)).toEqual(['belarus SUPPORT russia']);
    expect(draft.relations[0]?.attribution).toBe(PUBLISHER);
  });

  it('reads "the bloc" as the international body the text has named most before it', async () => {
    const draft = await extractCase('definiteBody');
    expect(draft.relations.map(dyad)).toEqual(['african-union SANCTION mali', 'african-union SANCTION guinea']);
  });

  it('reads calling someone a threat as an accusation, and calling someone anything else as no relation', async () => {
    const draft = await extractCase('characterisation');
    expect(draft.relations.map(dyad)).toEqual(['iran ACCUSE united-states']);
  });
});

describe('places named with "of"', () => {
  it('does not take "the island of X" where actors meet for a party to the meeting', async () => {
    const draft = await extractCase('placeOfMeeting');
    expect(draft.relations.map(dyad)).toEqual(['aleksandar-vucic CONSULT hashim-thaci']);
  });
});

describe('reactions to an act the sentence describes', () => {
  it('reads "X asked Y ..., a request Z refused" as Z rejecting X', async () => {
    const draft = await extractCase('reactionToDescribedAct');
    expect(draft.relations.map(dyad)).toEqual(['uganda REJECT kenya', 'kenya REQUEST uganda']);
  });

  it('reads "X did ..., a move Y called a threat" as Y accusing X, though "its" names Y', async () => {
    const draft = await extractCase('characterisedAct');
    expect(draft.relations.map(dyad)).toEqual(['egypt ACCUSE ethiopia']);
  });
});

describe('reactions to an act the article told before', () => {
  it('reads a reaction to the words of a told act as a reaction to its agent ("called the launches a threat")', async () => {
    const draft = await extractCase('reactionByWord');
    expect(draft.relations.map(dyad)).toEqual(['north-korea ATTACK south-korea', 'japan ACCUSE north-korea']);
  });

  it('finds the told act by the noun its participle describes ("a resolution condemning X" ... "the resolution")', async () => {
    const draft = await extractCase('reactionToParticipleNoun');
    expect(draft.relations.map(dyad)).toEqual(['arab-league ACCUSE israel', 'united-states REJECT arab-league']);
  });
});

describe('what an actor is urged to do', () => {
  it('proposes the urging, not the act urged ("urged Serbia to recognise Kosovo" is no recognition)', async () => {
    const draft = await extractCase('urgedToAct');
    expect(draft.relations.map(dyad)).toEqual(['germany REQUEST serbia']);
  });
});
