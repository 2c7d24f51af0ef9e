// $rows: MessageSignalRow[] (ingest/extract/signals/rows.ts). Per-message signals computed in the
// parse worker, and the properties the corpus-level passes compare per sender: client (mail program
// family), messageIdDomain, messageIdNote (set when the Message-ID domain is foreign to the message).
UNWIND $rows AS row
MATCH (m:Message {id: row.message})
SET m.client = coalesce(row.client, m.client),
    m.messageIdDomain = coalesce(row.messageIdDomain, m.messageIdDomain),
    m.messageIdNote = coalesce(row.messageIdNote, m.messageIdNote)
WITH m, row
UNWIND row.signals AS signal
MERGE (s:Signal {kind: signal.kind})
MERGE (m)-[f:FLAGGED]->(s)
SET f.note = signal.note
