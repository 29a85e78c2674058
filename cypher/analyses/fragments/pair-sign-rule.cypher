// The pair-sign rule, written once: balance, blocs (through fragments/signed-pairs), reach
// (through fragments/pair-sign) and sign-changes all read a pair's sign from here.
// Expects a, b (two actors) and x (a RELATES edge between them, either direction) from the MATCH
// before it; leaves one row per pair (a, b) with signGroups, its signed groups oldest first.
// Only supported signed relations take part: a relation that is neutral (sign 0), DENIED (its
// only live evidence denies it), RETRACTED, or whose derived confidence is 0 (a denial as strong
// as the support) says nothing about how the pair stands, so it can neither decide nor cancel a
// sign. A DISPUTED relation counts with its confidence, which the denial has already discounted.
// The relations are grouped by start date (an unknown start counts as the earliest); a group's
// sign is the sign of the sum of sign x confidence of its relations, and a group that cancels
// out (as many cooperative as hostile) is dropped, so the pair keeps the sign it had before.
// The last group is the pair's sign now; each change of sign between groups is a flip.
WITH a, b, x
WHERE x.sign <> 0 AND x.confidence > 0 AND NOT x.status IN ['DENIED', 'RETRACTED']
  AND /*include relation-filter(x)*/
// Confidences have three decimals: rounding the sum to six makes a group that cancels out
// exactly 0 (0.1 + 0.2 - 0.3 is not, in floating point).
// A group's date comes with the coarsest precision among its relations (one relation known to the
// year makes the group's date read "2020").
WITH a, b, x.validFrom AS day, round(sum(x.sign * x.confidence), 6) AS weight, collect(x.id) AS ids,
     collect(x.datePrecision) AS precisions
WHERE weight <> 0
ORDER BY day IS NOT NULL, day
WITH a, b, collect({day: day, sign: toInteger(sign(weight)), relationIds: ids,
                    precision: CASE WHEN 'YEAR' IN precisions THEN 'YEAR'
                                    WHEN 'MONTH' IN precisions THEN 'MONTH' ELSE 'DAY' END}) AS signGroups
