// Everything the API reads about verification, in one place (issue 7 writes it):
//   Message.status / statusReason (cypher/write/dkim-message-status.cypher),
//   (Copy)-[:HAS_SIGNATURE]->(Signature) per DKIM-Signature header (cypher/write/dkim-merge-signatures.cypher),
//   (Message)-[:FLAGGED {note}]->(Signal {kind}) (cypher/write/signals-*.cypher).
// $ids: messages; one row each. Absent data reads as null / empty lists.
UNWIND $ids AS id
MATCH (m:Message {id: id})
RETURN m.id AS id, m.status AS status, m.statusReason AS statusReason,
       COLLECT {
         MATCH (c:Copy)-[:OF]->(m)
         MATCH (c)-[:HAS_SIGNATURE]->(s:Signature)
         RETURN {result: s.result, domain: coalesce(s.domain, ''), selector: coalesce(s.selector, ''),
                 aligned: coalesce(s.aligned, false), bodyHashOk: s.bodyHashOk, time: toString(s.time),
                 expired: coalesce(s.expired, false), keySource: s.keySource, reason: s.reason, copy: c.key}
         ORDER BY c.key, s.index
       } AS signatures,
       COLLECT {
         MATCH (m)-[f:FLAGGED]->(g:Signal)
         RETURN {kind: g.kind, explanation: coalesce(f.note, g.kind)}
         ORDER BY g.kind
       } AS signals
