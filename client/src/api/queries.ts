// Every GraphQL operation the client sends. Fragments keep the fields the graph draws in one place,
// so an overview, a neighbourhood and a path all produce the same element data.

const ACTOR_FIELDS = /* GraphQL */ `
  fragment ActorFields on Actor {
    id
    name
    kind
    country
    aliases
    degree
  }
`;

const RELATION_FIELDS = /* GraphQL */ `
  fragment RelationFields on Relation {
    id
    type
    polarity
    intensity
    status
    confidence
    validFrom
    validTo
    datePrecision
    validToPrecision
    isEvent
    evidenceCount
    from {
      id
    }
    to {
      id
    }
  }
`;

/** A relation with both of its actors, for views that arrive without the actors. */
const RELATION_WITH_ENDS = /* GraphQL */ `
  fragment RelationWithEnds on Relation {
    ...RelationFields
    from {
      ...ActorFields
    }
    to {
      ...ActorFields
    }
  }
  ${ACTOR_FIELDS}
  ${RELATION_FIELDS}
`;

/** A page of relations with both ends: the overview of a graph small enough to read whole. */
export const OVERVIEW = /* GraphQL */ `
  query Overview($filter: RelationFilter, $first: Int) {
    relations(filter: $filter, first: $first) {
      totalCount
      nodes {
        ...RelationWithEnds
      }
    }
  }
  ${RELATION_WITH_ENDS}
`;

export const NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood($actorId: ID!, $depth: Int, $filter: RelationFilter) {
    neighborhood(actorId: $actorId, depth: $depth, filter: $filter) {
      actors {
        ...ActorFields
      }
      relations {
        ...RelationFields
      }
    }
  }
  ${ACTOR_FIELDS}
  ${RELATION_FIELDS}
`;

/** The relations among actors fetched separately (two expansions, a pinned actor and a path). */
export const RELATIONS_AMONG = /* GraphQL */ `
  query RelationsAmong($actorIds: [ID!]!, $filter: RelationFilter) {
    relationsAmong(actorIds: $actorIds, filter: $filter) {
      ...RelationFields
    }
  }
  ${RELATION_FIELDS}
`;

export const ACTOR_NODE = /* GraphQL */ `
  query ActorNode($id: ID!) {
    actor(id: $id) {
      ...ActorFields
    }
  }
  ${ACTOR_FIELDS}
`;

export const RELATION_EDGE = /* GraphQL */ `
  query RelationEdge($id: ID!) {
    relation(id: $id) {
      ...RelationWithEnds
    }
  }
  ${RELATION_WITH_ENDS}
`;

export const SHORTEST_PATHS = /* GraphQL */ `
  query ShortestPaths($fromId: ID!, $toId: ID!, $maxDepth: Int, $filter: RelationFilter) {
    shortestPaths(fromId: $fromId, toId: $toId, maxDepth: $maxDepth, filter: $filter) {
      length
      actors {
        ...ActorFields
      }
      relations {
        ...RelationFields
        evidence {
          quote
          attribution
          stance
          status
          source {
            title
            publisher
            published
          }
        }
      }
    }
  }
  ${ACTOR_FIELDS}
  ${RELATION_FIELDS}
`;

export const SEARCH_ACTORS = /* GraphQL */ `
  query SearchActors($search: String!, $first: Int) {
    actors(search: $search, first: $first) {
      edges {
        score
        node {
          ...ActorFields
        }
      }
    }
  }
  ${ACTOR_FIELDS}
`;

export const ACTOR_DETAILS = /* GraphQL */ `
  query ActorDetails($id: ID!, $filter: RelationFilter, $first: Int) {
    actor(id: $id) {
      ...ActorFields
      description
      wikidata
      relations(filter: $filter, first: $first) {
        totalCount
        nodes {
          ...RelationFields
          from {
            id
            name
          }
          to {
            id
            name
          }
        }
      }
    }
  }
  ${ACTOR_FIELDS}
  ${RELATION_FIELDS}
`;

export const RELATION_DETAILS = /* GraphQL */ `
  query RelationDetails($id: ID!) {
    relation(id: $id) {
      ...RelationFields
      quad
      mode
      summary
      dateAsWritten
      validToPrecision
      from {
        id
        name
        kind
      }
      to {
        id
        name
        kind
      }
      location {
        id
        name
      }
      evidence {
        id
        quote
        attribution
        anonymous
        stance
        status
        confidence
        note
        retracted
        retractedAt
        grading {
          code
          reliability
          credibility
        }
        source {
          id
          title
          publisher
          published
          publishedPrecision
          url
          kind
        }
        citedSource {
          id
          title
          publisher
        }
        attributedTo {
          id
          name
        }
      }
      linkedRelations {
        kind
        direction
        relation {
          id
          type
          from {
            id
            name
          }
          to {
            id
            name
          }
        }
      }
    }
  }
  ${RELATION_FIELDS}
`;

/** The vocabulary and the sources, so the filter controls list what the API accepts. */
export const FILTER_CHOICES = /* GraphQL */ `
  query FilterChoices {
    types: __type(name: "RelationType") {
      enumValues {
        name
      }
    }
    polarities: __type(name: "Polarity") {
      enumValues {
        name
      }
    }
    statuses: __type(name: "RelationStatus") {
      enumValues {
        name
      }
    }
    sources(first: 500) {
      totalCount
      nodes {
        id
        title
        publisher
        published
      }
    }
  }
`;

export const ANALYSIS_OVERLAY = /* GraphQL */ `
  query AnalysisOverlay($name: String!, $params: AnalysisParams) {
    analysisOverlay(name: $name, params: $params) {
      name
      summary
      relationIds
      actors {
        actorId
        value
        group
        label
      }
    }
  }
`;
