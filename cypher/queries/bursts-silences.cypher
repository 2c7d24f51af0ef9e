// name:        bursts-silences
// title:       Sudden bursts or silences in a relationship
// result:      table
// description: Month by month, the messages two people exchanged (either direction), compared with
//              the three months before: "burst" when a month has at least `factor` times their
//              average (and at least `minBurst` messages), "silence" when it drops to nothing after
//              an average of two or more.
// param:       a person = "@top(1)" -- one person (default: the most active person)
// param:       b person -- the other (default: a's most frequent correspondent)
// param:       factor float = 3.0 -- how many times the recent average makes a burst
// param:       minBurst int = 5 -- fewest messages in a burst month

MATCH (a:Person {id: $a})
OPTIONAL CALL (a) {
  MATCH (a)-[e:EMAILED]-(q:Person) WHERE q <> a
  RETURN q.id AS busiest ORDER BY e.count DESC, q.id LIMIT 1
}
MATCH (b:Person {id: coalesce($b, busiest)})
CALL (a, b) {
  MATCH (a)-[:USES]->(:Address)-[:SENT]->(m:Message)-[:TO|CC|BCC]->(:Address)<-[:USES]-(b)
  RETURN DISTINCT m
  UNION
  MATCH (b)-[:USES]->(:Address)-[:SENT]->(m:Message)-[:TO|CC|BCC]->(:Address)<-[:USES]-(a)
  RETURN DISTINCT m
}
WITH a, b, m WHERE m.date IS NOT NULL
WITH a, b, m.date.year * 12 + m.date.month - 1 AS month, count(*) AS n
ORDER BY month
WITH a, b, collect({month: month, n: n}) AS counted
UNWIND range(counted[0].month, counted[-1].month) AS month
WITH a, b, month, coalesce([c IN counted WHERE c.month = month | c.n][0], 0) AS n
ORDER BY month
WITH a, b, collect({month: month, n: n}) AS series
UNWIND range(0, size(series) - 1) AS i
WITH a, b, series[i] AS current, series[CASE WHEN i < 3 THEN 0 ELSE i - 3 END..i] AS before
WITH a, b, current, CASE WHEN size(before) = 0 THEN null ELSE reduce(s = 0.0, x IN before | s + x.n) / size(before) END AS average
RETURN toString(current.month / 12) + '-' + right('0' + toString(current.month % 12 + 1), 2) AS month,
       current.n AS messages, round(average, 1) AS previousAverage,
       CASE
         WHEN average IS NOT NULL AND current.n >= $minBurst AND current.n >= $factor * average THEN 'burst'
         WHEN average IS NOT NULL AND current.n = 0 AND average >= 2 THEN 'silence'
         ELSE ''
       END AS change,
       a.name AS personA, b.name AS personB
ORDER BY month
