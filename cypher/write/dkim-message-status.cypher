// Message.status and Message.statusReason from its copies' DKIM status and the conflict flag:
//   verified      some copy is verified: the content is proven, whatever another message claims
//                 (a conflicting message with the same Message-ID is then the suspect one);
//   contradicted  otherwise, some copy is contradicted, or another message claims its Message-ID;
//   unverifiable  otherwise, when at least one copy was checked;
//   (unset)       no copy has been checked yet (ingested before verification, see `leakgraph verify --rebuild`).
// For this derive's messages ($derive). Auto-commit (CALL … IN TRANSACTIONS).
MATCH (m:Message {pending: $derive})
CALL (m) {
  OPTIONAL MATCH (c:Copy)-[:OF]->(m) WHERE c.dkimStatus IS NOT NULL
  WITH m, collect(c) AS checked
  WITH m, checked,
       [c IN checked WHERE c.dkimStatus = 'verified' | c.dkimReason] AS verified,
       [c IN checked WHERE c.dkimStatus = 'contradicted' | c.dkimReason] AS contradicted,
       [c IN checked WHERE c.dkimStatus = 'unverifiable' | c.dkimReason] AS unverifiable
  SET m.status = CASE
        WHEN size(verified) > 0 THEN 'verified'
        WHEN size(contradicted) > 0 OR m.conflict = true THEN 'contradicted'
        WHEN size(checked) > 0 THEN 'unverifiable'
        ELSE null
      END,
      m.statusReason = CASE
        WHEN size(verified) > 0 THEN verified[0]
        WHEN size(contradicted) > 0 THEN contradicted[0]
        WHEN m.conflict = true THEN 'another message with different content claims its Message-ID <' + coalesce(m.messageId, '?') + '>'
        WHEN size(checked) > 0 THEN unverifiable[0]
        ELSE null
      END
} IN TRANSACTIONS OF 2000 ROWS
