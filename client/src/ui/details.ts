import { graphql } from '../api.ts';

/**
 * The details panel. Text from articles is set with textContent, never as HTML, so a quote can
 * never inject markup.
 */
const RELATION = /* GraphQL */ `
  query Relation($id: ID!) {
    relation(id: $id) {
      id type polarity status confidence
      from { name } to { name }
      evidence { quote attribution stance status source { title publisher } }
    }
  }
`;

const ACTOR = /* GraphQL */ `
  query Actor($id: ID!) {
    actor(id: $id) { id name kind aliases country description }
  }
`;

interface RelationDetails {
  relation: {
    id: string;
    type: string;
    polarity: string;
    status: string;
    confidence: number;
    from: { name: string };
    to: { name: string };
    evidence: { quote: string; attribution: string; stance: string; status: string; source: { title: string; publisher: string } }[];
  } | null;
}

interface ActorDetails {
  actor: { id: string; name: string; kind: string; aliases: string[]; country: string | null; description: string | null } | null;
}

export async function showRelation(panel: HTMLElement, id: string): Promise<void> {
  const { relation } = await graphql<RelationDetails>(RELATION, { id });
  panel.replaceChildren();
  if (!relation) return;
  panel.append(
    element('h2', `${relation.from.name} → ${relation.type.toLowerCase()} → ${relation.to.name}`),
    element('p', `${relation.polarity.toLowerCase()}, ${relation.status.toLowerCase()}, confidence ${relation.confidence}`),
  );
  for (const item of relation.evidence) {
    const block = element('blockquote', item.quote);
    block.classList.add('evidence-quote');
    panel.append(
      block,
      element('p', `${item.attribution} — ${item.source.title} (${item.source.publisher}); ${item.stance.toLowerCase()}, ${item.status.toLowerCase()}`),
    );
  }
}

export async function showActor(panel: HTMLElement, id: string): Promise<void> {
  const { actor } = await graphql<ActorDetails>(ACTOR, { id });
  panel.replaceChildren();
  if (!actor) return;
  panel.append(element('h2', actor.name), element('p', `${actor.kind.toLowerCase().replace(/_/g, ' ')}${actor.country ? `, ${actor.country}` : ''}`));
  if (actor.aliases.length) panel.append(element('p', `Also: ${actor.aliases.join(', ')}`));
  if (actor.description) panel.append(element('p', actor.description));
}

function element(tag: string, text: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}
