// The documents whose signals depend on the ones being judged ($shas): the other documents of the
// same editor, by the documents' editor links as they are now (called before and after the links
// are judged again: a burst grows, or shrinks when a name moves to another person), and the other
// contents found under the same names ($names: attachments, loose files, archive entries; generic names left out by the caller). Read ones only.
CALL () {
  UNWIND $shas AS sha
  MATCH (:Document {sha256: sha})-[:METADATA_PERSON {editor: true}]->()<-[:METADATA_PERSON {editor: true}]-(o:Document)
  RETURN o
  UNION
  UNWIND $names AS name
  MATCH (:Message)-[:HAS_ATTACHMENT {name: name}]->(o:Document)
  RETURN o
  UNION
  UNWIND $names AS name
  MATCH (o:Document)-[:FOUND_IN {name: name}]->(:File)
  RETURN o
  UNION
  UNWIND $names AS name
  MATCH (:Document)-[:CONTAINS {name: name}]->(o:Document)
  RETURN o
}
WITH DISTINCT o WHERE o.state = 'read'
SET o.signalsPending = coalesce(o.signalsPending, 'neighbour')
