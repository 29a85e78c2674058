// influence: the directed actor graph "who acts on whom" in the window. One row per ordered pair
// of actors with at least one relation from a to b that passes the filter (self-relations left
// out), with the number of those relations by polarity. server/analyses/influence.ts sums the
// rows into each actor's degree (in, out, by polarity) and runs PageRank on these pairs (one edge
// however many relations) and betweenness on the same pairs undirected, with GDS or built in.
MATCH (a:Actor)-[x:RELATES]->(b:Actor)
WHERE a <> b AND /*include relation-filter(x)*/
RETURN a.id AS a, b.id AS b,
       count(CASE WHEN x.sign > 0 THEN 1 END) AS cooperative,
       count(CASE WHEN x.sign < 0 THEN 1 END) AS hostile,
       count(CASE WHEN x.sign = 0 THEN 1 END) AS neutral
ORDER BY a, b
