// GET /api/documents/:sha256 and …/spread: every message that carried the document, earliest first
// (undated last), with its sender, recipients by role, and the attachment's name and part there.
MATCH (m:Message)-[h:HAS_ATTACHMENT]->(:Document {sha256: $sha256})
RETURN m.id AS messageId, toString(m.date) AS date, coalesce(m.subject, '') AS subject,
       coalesce(h.name, '') AS name, h.part AS part,
       COLLECT {
         MATCH (a:Address)-[s:SENT]->(m)
         RETURN {email: a.email, name: coalesce(s.name, a.name), personId: COLLECT { MATCH (p:Person)-[:USES]->(a) RETURN p.id }[0]}
       } AS from,
       COLLECT {
         MATCH (m)-[r:TO|CC|BCC]->(a:Address)
         RETURN {role: type(r), email: a.email, name: coalesce(r.name, a.name),
                 personId: COLLECT { MATCH (p:Person)-[:USES]->(a) RETURN p.id }[0]}
         ORDER BY a.email
       } AS recipients
ORDER BY m.date IS NULL, m.date, m.id, h.part
LIMIT $limit
