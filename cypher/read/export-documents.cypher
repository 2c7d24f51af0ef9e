// Story bundle (issue 12): the documents the cited messages $ids carry, each once, with the names it was
// attached under, the cited messages that carried it (earliest first), and the analyst's tags and notes on it.
UNWIND $ids AS id
MATCH (m:Message {id: id})-[h:HAS_ATTACHMENT]->(d:Document)
WITH d, collect(DISTINCT h.name) AS names, collect(DISTINCT m) AS carriers
ORDER BY d.sha256
RETURN d.sha256 AS sha256, coalesce(d.name, '') AS name, d.format AS format, coalesce(d.size, 0) AS size,
       d.status AS status, coalesce(d.anomalyCount, 0) AS anomalyCount, coalesce(d.anomalyKinds, []) AS anomalyKinds,
       [n IN names WHERE n IS NOT NULL] AS names,
       COLLECT { UNWIND carriers AS m RETURN m.id ORDER BY m.date, m.id } AS messages,
       COLLECT { MATCH (d)<-[:ABOUT]-(n:Annotation {kind: 'tag'}) RETURN n.text ORDER BY n.at, n.id } AS tags,
       COLLECT {
         MATCH (d)<-[:ABOUT]-(n:Annotation {kind: 'note'})
         RETURN {text: n.text, author: n.author, at: toString(n.at)} ORDER BY n.at, n.id
       } AS notes
