// $rows: MessageRow[], one per message id. Returns how many messages this batch created,
// which is how the ingest tells a new message from another copy of a known one.
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
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created
