import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphql } from './api.ts';
import { toElements, type ActorPayload, type RelationPayload } from './graph/elements.ts';
import { graphStyle } from './view/style.ts';
import { showActor, showRelation } from './ui/details.ts';

cytoscape.use(fcose);

const OVERVIEW = /* GraphQL */ `
  query Overview {
    actors(first: 300) { totalCount nodes { id name kind } }
    relations(first: 500) { totalCount nodes { id type polarity confidence status from { id } to { id } } }
  }
`;

interface Overview {
  actors: { totalCount: number; nodes: ActorPayload[] };
  relations: { totalCount: number; nodes: RelationPayload[] };
}

async function start(): Promise<void> {
  const status = document.getElementById('status')!;
  const cy = cytoscape({ container: document.getElementById('graph'), style: graphStyle });
  (window as unknown as { cy: cytoscape.Core }).cy = cy;
  try {
    const data = await graphql<Overview>(OVERVIEW);
    cy.add(toElements(data.actors.nodes, data.relations.nodes));
    cy.layout({ name: 'fcose', animate: false } as cytoscape.LayoutOptions).run();
    status.textContent = `${data.actors.totalCount} actors, ${data.relations.totalCount} relations`;
  } catch (error) {
    status.textContent = `Could not load the graph: ${(error as Error).message}`;
  }
  const details = document.getElementById('details')!;
  cy.on('tap', 'node', (event) => void showActor(details, String(event.target.id())));
  cy.on('tap', 'edge', (event) => void showRelation(details, String(event.target.id())));
}

void start();
