// Notes and tags of the persons $persons and the messages $messages, for exports: one row per target
// with its tags and its notes (text, author, time), oldest first.
CALL {
  UNWIND $persons AS id
  MATCH (:Person {id: id})-[:USES]->(:Address)<-[:ABOUT]-(n:Annotation)
  WHERE n.kind IN ['note', 'tag']
  RETURN 'person' AS kind, id, n
  UNION
  UNWIND $messages AS id
  MATCH (:Message {id: id})<-[:ABOUT]-(n:Annotation)
  WHERE n.kind IN ['note', 'tag']
  RETURN 'message' AS kind, id, n
}
WITH kind, id, n ORDER BY n.at, n.id
WITH kind, id, collect(DISTINCT n) AS annotations
RETURN kind, id,
       [x IN annotations WHERE x.kind = 'tag' | x.text] AS tags,
       [x IN annotations WHERE x.kind = 'note' | {text: x.text, author: x.author, at: toString(x.at)}] AS notes
