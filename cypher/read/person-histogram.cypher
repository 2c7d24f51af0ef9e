// Messages per month (the sender's calendar) that the person $id sent and received, only those in
// [$from, $to) when a window is given (the explorer's time filter).
MATCH (p:Person {id: $id})-[:USES]->(:Address)-[r:SENT|TO|CC|BCC]-(m:Message)
WHERE m.date IS NOT NULL AND ($from IS NULL OR (m.date >= datetime($from) AND m.date < datetime($to)))
WITH DISTINCT m, type(r) = 'SENT' AS sent
WITH m.date.year AS year, m.date.month AS month, sent, count(m) AS n
RETURN year, month,
       sum(CASE WHEN sent THEN n ELSE 0 END) AS sent,
       sum(CASE WHEN sent THEN 0 ELSE n END) AS received
ORDER BY year, month
