// $rows: MessageRow[], one per message id. Returns the ids this batch created: only new messages
// get their sender/recipient edges (write/create-*.cypher); a copy of a known message adds its
// provenance and at most recipients the known copies hid (BCC, merge-bcc.cypher).
UNWIND $rows AS row
MERGE (m:Message {id: row.id})
  ON CREATE SET m += row.props, m.date = datetime(row.date), m.isNew = true
// The smallest Message-ID of all copies names the message, whatever order the copies come in.
SET m.messageId = CASE
    WHEN row.messageId IS NOT NULL AND (m.messageId IS NULL OR row.messageId < m.messageId) THEN row.messageId
    ELSE m.messageId
  END
WITH m, coalesce(m.isNew, false) AS isNew
REMOVE m.isNew
WITH m WHERE isNew
RETURN collect(m.id) AS created
