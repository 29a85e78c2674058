// Which of the given actor ids name no actor, so reach can say so instead of finding nothing.
UNWIND $actorIds AS actorId
OPTIONAL MATCH (actor:Actor {id: actorId})
WITH actorId, actor
WHERE actor IS NULL
RETURN actorId
