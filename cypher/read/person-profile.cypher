// GET /api/persons/:id: the person, each address with why it belongs to the person and its own
// volume, and the dates of the first and last message sent or received.
MATCH (p:Person {id: $id})
CALL (p) {
  OPTIONAL MATCH (p)-[:USES]->(:Address)-[:SENT|TO|CC|BCC]-(m:Message) WHERE m.date IS NOT NULL
  RETURN toString(min(m.date)) AS first, toString(max(m.date)) AS last
}
RETURN p.id AS id, coalesce(p.name, p.id) AS name, coalesce(p.names, []) AS names,
       coalesce(p.sent, 0) AS sent, coalesce(p.received, 0) AS received, first, last,
       COLLECT {
         MATCH (p)-[u:USES]->(a:Address)
         RETURN {email: a.email, kind: a.kind, reason: coalesce(u.reason, ''),
                 sent: COUNT { (a)-[:SENT]->() }, received: COUNT { ()-[:TO|CC|BCC]->(a) }}
         ORDER BY a.email
       } AS addresses
