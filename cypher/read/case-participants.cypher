// The persons who sent or received the messages $ids: the persons of a story bundle built from the case list.
UNWIND $ids AS id
MATCH (:Message {id: id})-[:SENT|TO|CC|BCC]-(:Address)<-[:USES]-(p:Person)
RETURN DISTINCT p.id AS id
ORDER BY id
