// A note, tag or bookmark on message $target. No row when there is no such message.
MATCH (m:Message {id: $target})
CREATE (n:Annotation {id: $id, kind: $kind, text: $text, author: $author, at: datetime()})-[:ABOUT]->(m)
RETURN n.id AS id
