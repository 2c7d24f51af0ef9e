// An analyst's correction to identity resolution: $kind 'merge' (these addresses are one person) or
// 'split' (these addresses are a person of their own). Kept until undone; applied on every resolve.
// Its addresses are marked dirty: the next derive resolves the persons they reach, and only those.
CREATE (c:Correction {id: $id, kind: $kind, addresses: $addresses, note: $note, at: datetime()})
WITH c
CALL (c) {
  UNWIND c.addresses AS email
  MATCH (a:Address {email: email})
  SET a.dirty = true
}
RETURN c.id AS id
