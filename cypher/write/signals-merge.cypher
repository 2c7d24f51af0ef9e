// $rows: MessageSignalRow[] (ingest/extract/signals/rows.ts). Per-message signals computed in the
// parse worker, and the properties the corpus-level passes compare per sender: client (mail program
// family), messageIdDomain, messageIdNote (set when the Message-ID domain is foreign to the message).
// Copies of one message come in any order: the smallest value of each is kept.
UNWIND $rows AS row
MATCH (m:Message {id: row.message})
SET m.client = CASE WHEN m.client IS NULL OR row.client < m.client THEN coalesce(row.client, m.client) ELSE m.client END,
    m.messageIdDomain = CASE WHEN m.messageIdDomain IS NULL OR row.messageIdDomain < m.messageIdDomain
                             THEN coalesce(row.messageIdDomain, m.messageIdDomain) ELSE m.messageIdDomain END,
    m.messageIdNote = CASE WHEN m.messageIdNote IS NULL OR row.messageIdNote < m.messageIdNote
                           THEN coalesce(row.messageIdNote, m.messageIdNote) ELSE m.messageIdNote END
WITH m, row
UNWIND row.signals AS signal
MERGE (s:Signal {kind: signal.kind})
MERGE (m)-[f:FLAGGED]->(s)
SET f.note = CASE WHEN f.note IS NULL OR signal.note < f.note THEN signal.note ELSE f.note END
