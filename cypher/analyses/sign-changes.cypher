// sign-changes: actor pairs whose relation turned from cooperative to hostile or back.
// Per unordered pair, the signed groups of fragments/pair-sign-rule (supported signed relations
// grouped by start date, oldest first, groups that cancel out left out): every change of sign
// from one group to the next is a flip, dated by the start of the later group (with the group's
// precision). `before` and
// `after` are the relation ids of the two groups.
MATCH (a:Actor)-[x:RELATES]-(b:Actor)
WHERE a.id < b.id
/*use pair-sign-rule*/
WITH a, b, signGroups AS steps
WITH a, b, steps, [i IN range(1, size(steps) - 1) WHERE steps[i].sign <> steps[i - 1].sign] AS flips
WHERE size(flips) > 0
RETURN a.id AS a, b.id AS b,
       [i IN flips | {date: steps[i].day, datePrecision: steps[i].precision, from: steps[i - 1].sign, to: steps[i].sign,
                      before: steps[i - 1].relationIds, after: steps[i].relationIds}] AS changes
ORDER BY a, b
