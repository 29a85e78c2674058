// sign-changes: actor pairs whose relation turned from cooperative to hostile or back.
// Per unordered pair, the signed relations that pass the filter are grouped by start date (an
// unknown start counts as the earliest); each group's sign is the sign of the sum of sign x
// confidence of its relations (groups that cancel out are skipped); every change of sign from one
// group to the next is a flip, dated by the start of the later group. `before` and `after` are the
// relation ids of the two groups. A change's date comes with its precision: the coarsest among the
// relations of the later group (a group of one relation known to the year reads "2020").
MATCH (a:Actor)-[x:RELATES]-(b:Actor)
WHERE a.id < b.id AND x.sign <> 0 AND /*include relation-filter(x)*/
WITH a, b, x.validFrom AS day, sum(x.sign * x.confidence) AS weight, collect(x.id) AS ids,
     collect(x.datePrecision) AS precisions
ORDER BY a.id, b.id, day IS NOT NULL, day
WITH a, b, collect({day: day, sign: toInteger(sign(weight)), ids: ids,
                    precision: CASE WHEN 'YEAR' IN precisions THEN 'YEAR'
                                    WHEN 'MONTH' IN precisions THEN 'MONTH' ELSE 'DAY' END}) AS groups
WITH a, b, [group IN groups WHERE group.sign <> 0] AS steps
WITH a, b, steps, [i IN range(1, size(steps) - 1) WHERE steps[i].sign <> steps[i - 1].sign] AS flips
WHERE size(flips) > 0
RETURN a.id AS a, b.id AS b,
       [i IN flips | {date: steps[i].day, datePrecision: steps[i].precision, from: steps[i - 1].sign, to: steps[i].sign,
                      before: steps[i - 1].ids, after: steps[i].ids}] AS changes
ORDER BY a, b
