// The RelationFilter of the API as one predicate over a RELATES edge, __rel__.
// Every parameter is always given (null when unused), so one plan serves every combination.
// Dates follow server/domain/date-window.ts: a partial date covers its whole period. $asOf..$asOfLast
// is the asOf period, $from the first day of the window and $to its last. The edge's
// validFrom..validFromLast are the days the relation may have begun, validToFirst..validToLast
// the days it may have stopped holding (written by ingest/sync-relates-edges).
// "As of" is what certainly held on a day of the period, or with $asOfPossible what may have held;
// the window holds what may fall in it: events whose period overlaps it, intervals that may have
// held during it (or end on its first day).
($types IS NULL OR __rel__.type IN $types)
AND ($polarity IS NULL OR __rel__.polarity IN $polarity)
AND ($minConfidence IS NULL OR __rel__.confidence >= $minConfidence)
AND ($statuses IS NULL OR __rel__.status IN $statuses)
AND ($includeRetracted OR __rel__.status <> 'RETRACTED')
AND ($asOf IS NULL OR (CASE WHEN $asOfPossible
      THEN (__rel__.validFrom IS NULL OR __rel__.validFrom <= date($asOfLast))
           AND (__rel__.validToLast IS NULL OR __rel__.validToLast > date($asOf))
      ELSE (__rel__.validFromLast IS NULL OR __rel__.validFromLast <= date($asOfLast))
           AND (__rel__.validToFirst IS NULL OR __rel__.validToFirst > date($asOf)) END))
AND ($from IS NULL OR (CASE WHEN __rel__.isEvent
      THEN __rel__.validFromLast >= date($from)
      ELSE __rel__.validToLast IS NULL OR __rel__.validToLast >= date($from) END))
AND ($to IS NULL OR (CASE WHEN __rel__.isEvent
      THEN __rel__.validFrom <= date($to)
      ELSE __rel__.validFrom IS NULL OR __rel__.validFrom <= date($to) END))
AND ($sourceIds IS NULL OR any(sourceId IN __rel__.sourceIds WHERE sourceId IN $sourceIds))
