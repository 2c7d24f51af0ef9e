// $rows: AliasRow[]: an address and another form of it the corpus pairs it with (an Exchange DN
// from X-From/X-To). The DN becomes an Address of kind 'exchange' linked by SAME_AS, evidence for
// identity resolution. The evidence kept is the smallest message id, so order does not matter. New
// or changed evidence marks both addresses dirty: the derive resolves their persons again.
UNWIND $rows AS row
MATCH (a:Address {email: row.email})
MERGE (b:Address {email: row.alias})
  ON CREATE SET b.kind = 'exchange', b.domain = ''
MERGE (a)-[s:SAME_AS {reason: 'exchange-dn'}]->(b)
  ON CREATE SET s.via = row.via, s.evidence = row.message, s.isNew = true
WITH a, b, s, row, row.message < s.evidence AS earlier, coalesce(s.isNew, false) AS isNew
SET s.evidence = CASE WHEN earlier THEN row.message ELSE s.evidence END,
    s.via = CASE WHEN earlier THEN row.via ELSE s.via END
REMOVE s.isNew
WITH a, b WHERE isNew OR earlier
SET a.dirty = true, b.dirty = true
