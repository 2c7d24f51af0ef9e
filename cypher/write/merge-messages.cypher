// $rows: MessageRow[], one per message id. Returns the ids this batch created: only new messages
// get their sender/recipient edges (write/create-*.cypher); a copy of a known message adds its
// provenance and at most recipients the known copies hid (BCC, merge-bcc.cypher).
// A new message carries the derive marks (migrations/V009): pending, uncounted, entityPending.
UNWIND $rows AS row
MERGE (m:Message {id: row.id})
  ON CREATE SET m += row.props, m.date = datetime(row.date), m.copy = row.copy, m.isNew = true,
                m.pending = true, m.uncounted = true, m.entityPending = true
  // A write before any read: it takes the node's lock, so what follows reads what another batch in
  // flight committed (copy, messageId, and the smallest-wins values of signals-merge and
  // merge-role-names in this transaction) instead of losing its update.
  ON MATCH SET m.isNew = false
WITH m, row, coalesce(m.isNew, false) AS isNew
// The properties come from the copy with the smallest key, whatever order the copies come in. A
// copy of the same content may carry the date with another UTC offset: then the counts that keep
// first/last dates are rebuilt for its correspondents (Address.rebuild).
CALL (m, row, isNew) {
  WITH m, row WHERE NOT isNew AND row.copy < m.copy
  WITH m, row, coalesce(toString(m.date), '') <> coalesce(toString(datetime(row.date)), '') AS redated
  SET m += row.props, m.date = datetime(row.date), m.copy = row.copy, m.pending = true
  WITH m WHERE redated
  MATCH (m)-[:SENT|TO|CC|BCC]-(a:Address)
  SET a.rebuild = true
}
// The smallest Message-ID of all copies names the message, whatever order the copies come in.
SET m.messageId = CASE
    WHEN row.messageId IS NOT NULL AND (m.messageId IS NULL OR row.messageId < m.messageId) THEN row.messageId
    ELSE m.messageId
  END
REMOVE m.isNew
WITH m WHERE isNew
RETURN collect(m.id) AS created
