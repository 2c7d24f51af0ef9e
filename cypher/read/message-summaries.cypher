// MessageSummary rows for the messages $ids (any order; the server keeps its own).
UNWIND $ids AS id
MATCH (m:Message {id: id})
RETURN m.id AS id, coalesce(m.subject, '') AS subject, toString(m.date) AS date,
       COLLECT {
         MATCH (a:Address)-[s:SENT]->(m)
         RETURN {email: a.email, name: coalesce(s.name, a.name), personId: COLLECT { MATCH (p:Person)-[:USES]->(a) RETURN p.id }[0]}
         LIMIT 1
       }[0] AS from,
       COUNT { (m)-[:TO|CC|BCC]->(:Address) } AS recipients,
       coalesce(m.attachmentCount, 0) > 0 AS hasAttachments,
       m.status AS status, coalesce(m.conflict, false) AS conflict, m.threadId AS threadId
