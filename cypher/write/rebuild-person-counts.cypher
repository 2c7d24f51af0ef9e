// Rebuilds the counts of every dirty person from the message edges, so they are exact after merges,
// splits and revealed recipients (every other person's counts grow with count-*.cypher):
// - EMAILED p → q: count = messages from p's addresses with one of q's addresses among the
//   recipients; to/cc/bcc = how many of them had q in that role (its strongest one); first/last dates;
// - EMAILED_IN p → q {month}: the same per calendar month (UTC; month = yyyy*100+mm; undated mail has none);
// - ACTIVE_IN p → (:Month): messages p sent and received that month; p.sent, p.received, p.volume;
// - p.domain: the host of the address p sends from most among those with a domain (then the first
//   by address; '' when none has one), which the overview colours p by: read, not walked. The same
//   expression is in count-person-volumes.cypher and migrations/V016__person_domain.cypher.
// Runs after delete-person-counts.cypher. Outgoing edges of dirty persons are created whole;
// incoming ones only from clean senders (dirty senders create theirs as outgoing), so each edge is
// created once. Auto-commit.
// $everyone: true when the derive marked the whole graph (mark-everything.cypher).
MATCH (p:Person {dirty: true})
CALL (p) {
  CALL (p) {
    // Two MATCH clauses: in one, a person mailing their own address would need the same USES
    // relationship twice, which a single pattern never matches, and the self-edge would be lost.
    MATCH (p)-[:USES]->(:Address)-[:SENT]->(m:Message)-[r:TO|CC|BCC]->(b:Address)
    MATCH (b)<-[:USES]-(q:Person)
    WITH q, m, min(CASE type(r) WHEN 'TO' THEN 0 WHEN 'CC' THEN 1 ELSE 2 END) AS role
    WITH q, m, role, CASE WHEN m.date IS NULL THEN null ELSE datetime({epochSeconds: m.date.epochSeconds}) END AS utc
    WITH q, utc.year * 100 + utc.month AS month, count(m) AS count,
         sum(CASE role WHEN 0 THEN 1 ELSE 0 END) AS to,
         sum(CASE role WHEN 1 THEN 1 ELSE 0 END) AS cc,
         sum(CASE role WHEN 2 THEN 1 ELSE 0 END) AS bcc,
         min(m.date) AS first, max(m.date) AS last
    CALL (p, q, month, count, to, cc, bcc, first, last) {
      WITH * WHERE month IS NOT NULL
      CREATE (p)-[:EMAILED_IN {month: month, count: count, to: to, cc: cc, bcc: bcc, first: first, last: last}]->(q)
    }
    WITH q, sum(count) AS count, sum(to) AS to, sum(cc) AS cc, sum(bcc) AS bcc, min(first) AS first, max(last) AS last
    CREATE (p)-[:EMAILED {count: count, to: to, cc: cc, bcc: bcc, first: first, last: last}]->(q)
  }
  CALL (p) {
    // $everyone (every person is dirty: a derive of the whole graph) leaves no clean sender, and the
    // walk that would find none is as long as the one above: skipped.
    WITH p WHERE NOT $everyone
    MATCH (p)-[:USES]->(b:Address)<-[r:TO|CC|BCC]-(m:Message)<-[:SENT]-(:Address)<-[:USES]-(s:Person)
    WHERE s.dirty IS NULL
    WITH s, m, min(CASE type(r) WHEN 'TO' THEN 0 WHEN 'CC' THEN 1 ELSE 2 END) AS role
    WITH s, m, role, CASE WHEN m.date IS NULL THEN null ELSE datetime({epochSeconds: m.date.epochSeconds}) END AS utc
    WITH s, utc.year * 100 + utc.month AS month, count(m) AS count,
         sum(CASE role WHEN 0 THEN 1 ELSE 0 END) AS to,
         sum(CASE role WHEN 1 THEN 1 ELSE 0 END) AS cc,
         sum(CASE role WHEN 2 THEN 1 ELSE 0 END) AS bcc,
         min(m.date) AS first, max(m.date) AS last
    CALL (p, s, month, count, to, cc, bcc, first, last) {
      WITH * WHERE month IS NOT NULL
      CREATE (s)-[:EMAILED_IN {month: month, count: count, to: to, cc: cc, bcc: bcc, first: first, last: last}]->(p)
    }
    WITH s, sum(count) AS count, sum(to) AS to, sum(cc) AS cc, sum(bcc) AS bcc, min(first) AS first, max(last) AS last
    CREATE (s)-[:EMAILED {count: count, to: to, cc: cc, bcc: bcc, first: first, last: last}]->(p)
  }
  CALL (p) {
    OPTIONAL CALL (p) {
      MATCH (p)-[:USES]->(:Address)-[:SENT]->(m:Message)
      RETURN DISTINCT m, 1 AS sent, 0 AS received
      UNION
      MATCH (p)-[:USES]->(:Address)<-[:TO|CC|BCC]-(m:Message)
      RETURN DISTINCT m, 0 AS sent, 1 AS received
    }
    WITH p, CASE WHEN m.date IS NULL THEN null ELSE datetime({epochSeconds: m.date.epochSeconds}) END AS utc, sent, received
    WITH p, utc.year * 100 + utc.month AS month, sum(sent) AS sent, sum(received) AS received
    CALL (p, month, sent, received) {
      WITH * WHERE month IS NOT NULL AND sent + received > 0
      MERGE (mo:Month {month: month})
      CREATE (p)-[:ACTIVE_IN {sent: sent, received: received}]->(mo)
    }
    WITH p, sum(sent) AS sent, sum(received) AS received
    SET p.sent = sent, p.received = received, p.volume = sent + received
  }
  SET p.domain = coalesce(COLLECT {
    MATCH (p)-[:USES]->(a:Address) WHERE a.domain <> ''
    RETURN a.domain ORDER BY COUNT { (a)-[:SENT]->() } DESC, a.email LIMIT 1
  }[0], '')
} IN TRANSACTIONS OF 100 ROWS
