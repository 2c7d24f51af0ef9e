// An analyst's correction to identity resolution: $kind 'merge' (these addresses are one person) or
// 'split' (these addresses are a person of their own). Kept until undone; applied on every resolve.
CREATE (c:Correction {id: $id, kind: $kind, addresses: $addresses, note: $note, at: datetime()})
RETURN c.id AS id
