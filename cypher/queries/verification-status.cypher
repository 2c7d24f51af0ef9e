// name:        verification-status
// title:       Messages by verification status
// result:      table
// description: Messages whose DKIM evidence and copies make them verified, contradicted or
//              unverifiable, with the reason and any warning signals. Empty until `leakgraph verify`
//              (or an ingest with verification) has run.
// param:       status string = "contradicted" -- verified, contradicted or unverifiable
// param:       limit int = 200 -- how many messages at most

MATCH (m:Message) WHERE m.status = $status
OPTIONAL MATCH (a:Address)-[:SENT]->(m)
RETURN toString(m.date) AS date, coalesce(a.name, a.email) AS from, m.subject AS subject, m.status AS status,
       m.statusReason AS reason, COLLECT { MATCH (m)-[:FLAGGED]->(s:Signal) RETURN s.kind ORDER BY s.kind } AS signals,
       m.id AS messageId
ORDER BY m.date, m.id
LIMIT $limit
