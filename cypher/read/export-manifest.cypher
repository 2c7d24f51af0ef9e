// One manifest row per message $ids: the facts a reader checks a story against.
UNWIND $ids AS id
MATCH (m:Message {id: id})
RETURN m.id AS id, m.messageId AS messageId, toString(m.date) AS date, coalesce(m.subject, '') AS subject,
       COLLECT { MATCH (a:Address)-[:SENT]->(m) RETURN {email: a.email, personId: COLLECT { MATCH (p:Person)-[:USES]->(a) RETURN p.id }[0]} }[0] AS from,
       COLLECT {
         MATCH (m)-[r:TO|CC|BCC]->(a:Address)
         RETURN {role: type(r), email: a.email, personId: COLLECT { MATCH (p:Person)-[:USES]->(a) RETURN p.id }[0]}
         ORDER BY type(r) DESC, a.email
       } AS recipients
