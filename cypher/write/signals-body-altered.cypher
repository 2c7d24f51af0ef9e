// Signal 'body-altered': a copy whose signature fails the body hash although the same signature
// (same b=), or a signature of the same domain on a copy with the same Message-ID, verifies on
// another copy: that other copy is the body as signed, this one was changed after sending. For the
// copies of this derive's messages ($derive; mark-signature-partners.cypher added the other side).
MATCH (:Message {pending: $derive})<-[:OF]-(bc:Copy)-[:HAS_SIGNATURE]->(bad:Signature {result: 'fail'})
WHERE bad.bodyHashOk = false
CALL (bc, bad) {
  MATCH (good:Signature {signatureHash: bad.signatureHash, result: 'pass'})<-[:HAS_SIGNATURE]-(gc:Copy)
  RETURN gc, good
  UNION
  MATCH (gc:Copy {messageId: bc.messageId})-[:HAS_SIGNATURE]->(good:Signature {result: 'pass'})
  WHERE good.domain = bad.domain
  RETURN gc, good
}
WITH bc, bad, gc, good WHERE gc <> bc
MATCH (bc)-[:OF]->(m:Message)
WITH m, bad, gc, good ORDER BY gc.path
WITH m, bad, collect(gc)[0] AS gc, collect(good)[0] AS good
MERGE (s:Signal {kind: 'body-altered'})
MERGE (m)-[f:FLAGGED]->(s)
SET f.note = 'The body of this copy was changed after sending: its DKIM signature by ' + bad.domain + ' fails the body hash, while the copy at ' + gc.path + coalesce(' #' + gc.position, '') + ' verifies with the signature of ' + good.domain + '.'
