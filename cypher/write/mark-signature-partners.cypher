// A copy's signature is compared with the same signature (same b=), or one of the same domain on a
// copy with the same Message-ID, on other copies (signals-body-altered.cypher): the messages of those
// copies join this derive ($derive) so their signals and status are computed again.
MATCH (:Message {pending: $derive})<-[:OF]-(c:Copy)-[:HAS_SIGNATURE]->(s:Signature)
CALL (c, s) {
  MATCH (:Signature {signatureHash: s.signatureHash})<-[:HAS_SIGNATURE]-(o:Copy)
  RETURN o
  UNION
  MATCH (o:Copy {messageId: c.messageId})-[:HAS_SIGNATURE]->(:Signature)
  RETURN o
}
MATCH (o)-[:OF]->(x:Message)
WHERE x.pending IS NULL OR x.pending <> $derive
SET x.pending = $derive
