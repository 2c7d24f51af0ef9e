// A note, tag or bookmark on document $target, by its SHA-256 (lower-case hex; Document's key since
// V011, so a note stays with the content however many places it is found in). No row when there is
// no such document.
MATCH (d:Document {sha256: $target})
CREATE (n:Annotation {id: $id, kind: $kind, text: $text, author: $author, at: datetime()})-[:ABOUT]->(d)
RETURN n.id AS id
