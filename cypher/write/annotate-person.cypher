// A note, tag or bookmark on person $target: ABOUT each address the person uses now, so it stays
// with whoever those addresses belong to after merges, splits and re-ingest. No row when there is
// no such person.
MATCH (p:Person {id: $target})
WITH COLLECT { MATCH (p)-[:USES]->(a:Address) RETURN a } AS addresses
WHERE size(addresses) > 0
CREATE (n:Annotation {id: $id, kind: $kind, text: $text, author: $author, at: datetime()})
WITH n, addresses
UNWIND addresses AS a
CREATE (n)-[:ABOUT]->(a)
RETURN DISTINCT n.id AS id
