// Which of the text values a console query returned are the ids of actors or relations, so that
// `RETURN a.id` marks the actor as touched just as `RETURN a` does.
RETURN
  COLLECT { MATCH (a:Actor) WHERE a.id IN $texts RETURN a.id } AS actorIds,
  COLLECT { MATCH (r:Relation) WHERE r.id IN $texts RETURN r.id } AS relationIds
