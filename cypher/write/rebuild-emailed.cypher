// Rebuilds the person-level who-talked-to-whom edges of every dirty person from the message edges,
// never by incrementing, so they are exact after reruns, crashes, merges and splits.
// Per pair (p → q): count = messages from p's addresses with one of q's addresses among the
// recipients; to/cc/bcc = how many of them had q in that role (its strongest one); first/last dates.
// Runs after delete-emailed.cypher removed every edge touching a dirty person. Outgoing edges of
// dirty persons are created whole; incoming ones only from clean senders (dirty senders create
// theirs as outgoing), so each edge is created once. Also refreshes p.sent and p.received.
MATCH (p:Person {dirty: true})
CALL (p) {
  CALL (p) {
    // Two MATCH clauses: in one, a person mailing their own address would need the same USES
    // relationship twice, which a single pattern never matches, and the self-edge would be lost.
    MATCH (p)-[:USES]->(:Address)-[:SENT]->(m:Message)-[r:TO|CC|BCC]->(b:Address)
    MATCH (b)<-[:USES]-(q:Person)
    WITH q, m, min(CASE type(r) WHEN 'TO' THEN 0 WHEN 'CC' THEN 1 ELSE 2 END) AS role
    WITH q, count(m) AS count,
         sum(CASE role WHEN 0 THEN 1 ELSE 0 END) AS to,
         sum(CASE role WHEN 1 THEN 1 ELSE 0 END) AS cc,
         sum(CASE role WHEN 2 THEN 1 ELSE 0 END) AS bcc,
         min(m.date) AS first, max(m.date) AS last
    CREATE (p)-[:EMAILED {count: count, to: to, cc: cc, bcc: bcc, first: first, last: last}]->(q)
  }
  CALL (p) {
    MATCH (p)-[:USES]->(b:Address)<-[r:TO|CC|BCC]-(m:Message)<-[:SENT]-(:Address)<-[:USES]-(s:Person)
    WHERE s.dirty IS NULL
    WITH s, m, min(CASE type(r) WHEN 'TO' THEN 0 WHEN 'CC' THEN 1 ELSE 2 END) AS role
    WITH s, count(m) AS count,
         sum(CASE role WHEN 0 THEN 1 ELSE 0 END) AS to,
         sum(CASE role WHEN 1 THEN 1 ELSE 0 END) AS cc,
         sum(CASE role WHEN 2 THEN 1 ELSE 0 END) AS bcc,
         min(m.date) AS first, max(m.date) AS last
    CREATE (s)-[:EMAILED {count: count, to: to, cc: cc, bcc: bcc, first: first, last: last}]->(p)
  }
  CALL (p) {
    OPTIONAL MATCH (p)-[:USES]->(:Address)-[:SENT]->(sent:Message)
    WITH p, count(DISTINCT sent) AS sent
    OPTIONAL MATCH (p)-[:USES]->(:Address)<-[:TO|CC|BCC]-(received:Message)
    WITH p, sent, count(DISTINCT received) AS received
    SET p.sent = sent, p.received = received
  }
} IN TRANSACTIONS OF 100 ROWS
