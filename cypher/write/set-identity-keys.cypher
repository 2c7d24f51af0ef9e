// $rows: [{email, orgNameKey, nameKeys}]: the keys identity resolution grouped each address by, stored
// so the next resolution finds the addresses a change can reach (ingest/write/identity-scope.ts).
UNWIND $rows AS row
MATCH (a:Address {email: row.email})
SET a.orgNameKey = row.orgNameKey, a.nameKeys = row.nameKeys
