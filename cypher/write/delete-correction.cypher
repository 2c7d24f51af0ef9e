// Undoes a correction; its addresses are marked dirty so the next derive resolves them again.
MATCH (c:Correction {id: $id})
CALL (c) {
  UNWIND c.addresses AS email
  MATCH (a:Address {email: email})
  SET a.dirty = true
}
DELETE c
RETURN count(*) AS deleted
