// The RelationFilter of the API as one predicate over a RELATES edge or Relation node, __rel__.
// Every parameter is always given (null when unused), so one plan serves every combination.
($types IS NULL OR __rel__.type IN $types)
AND ($polarity IS NULL OR __rel__.polarity IN $polarity)
AND ($minConfidence IS NULL OR __rel__.confidence >= $minConfidence)
AND ($statuses IS NULL OR __rel__.status IN $statuses)
AND ($includeRetracted OR __rel__.status <> 'RETRACTED')
AND ($asOf IS NULL OR (
      (__rel__.validFrom IS NULL OR __rel__.validFrom <= date($asOf))
      AND (__rel__.validTo IS NULL OR __rel__.validTo > date($asOf))))
AND ($from IS NULL OR (CASE WHEN __rel__.isEvent
      THEN __rel__.validFrom >= date($from)
      ELSE __rel__.validTo IS NULL OR __rel__.validTo >= date($from) END))
AND ($to IS NULL OR (CASE WHEN __rel__.isEvent
      THEN __rel__.validFrom <= date($to)
      ELSE __rel__.validFrom IS NULL OR __rel__.validFrom <= date($to) END))
AND ($sourceIds IS NULL OR any(sourceId IN __rel__.sourceIds WHERE sourceId IN $sourceIds))
