// $rows: [{message, email, role: 'SENT'|'TO'|'CC'|'BCC', name}] of copies of messages already in the
// graph. Copies may disagree on a display name; the smallest one is kept, whatever order they come
// in, and the address's names are recounted (Address.dirty).
UNWIND $rows AS row
MATCH (m:Message {id: row.message})-[r]-(a:Address {email: row.email})
WHERE type(r) = row.role AND (r.name IS NULL OR row.name < r.name)
SET r.name = row.name, a.dirty = true
