// A note, tag or bookmark on document $target (Document nodes come with document ingest). No row
// when there is no such document.
MATCH (d:Document {id: $target})
CREATE (n:Annotation {id: $id, kind: $kind, text: $text, author: $author, at: datetime()})-[:ABOUT]->(d)
RETURN n.id AS id
