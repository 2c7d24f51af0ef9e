// Annotations by id ($ids) or on one target ($kind 'person' | 'message' | 'document' by sha256, $target), oldest
// first, each with what it is about now: a message, a document, or the person using most of its addresses.
CALL {
  UNWIND coalesce($ids, []) AS id
  MATCH (n:Annotation {id: id})
  RETURN n
  UNION
  MATCH (:Person {id: $target})-[:USES]->(:Address)<-[:ABOUT]-(n:Annotation)
  WHERE $kind = 'person'
  RETURN n
  UNION
  MATCH (:Message {id: $target})<-[:ABOUT]-(n:Annotation)
  WHERE $kind = 'message'
  RETURN n
  UNION
  MATCH (:Document {sha256: $target})<-[:ABOUT]-(n:Annotation)
  WHERE $kind = 'document'
  RETURN n
}
WITH DISTINCT n
CALL (n) {
  OPTIONAL MATCH (n)-[:ABOUT]->(:Address)<-[:USES]-(p:Person)
  WITH p, count(p) AS addresses
  ORDER BY addresses DESC, p.id
  LIMIT 1
  RETURN p
}
OPTIONAL MATCH (n)-[:ABOUT]->(m:Message)
OPTIONAL MATCH (n)-[:ABOUT]->(d:Document)
RETURN n.id AS id, n.kind AS kind, n.text AS text, n.author AS author, toString(n.at) AS at,
       toString(n.updatedAt) AS updatedAt, n.updatedBy AS updatedBy,
       CASE
         WHEN m IS NOT NULL THEN {kind: 'message', id: m.id, label: coalesce(m.subject, '')}
         WHEN d IS NOT NULL THEN {kind: 'document', id: d.sha256, label: coalesce(d.name, d.title, d.sha256)}
         WHEN p IS NOT NULL THEN {kind: 'person', id: p.id, label: coalesce(p.name, p.id)}
       END AS target
ORDER BY n.at, n.id
