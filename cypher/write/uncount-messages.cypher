// $ids: the page of messages the count-*.cypher statements of this same transaction just counted.
UNWIND $ids AS id
MATCH (m:Message {id: id})
REMOVE m.uncounted
