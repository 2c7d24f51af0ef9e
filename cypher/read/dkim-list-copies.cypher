// Copies to verify again (`leakgraph verify`), one page at a time in key order: after $after, at most
// $limit. With $all = false only copies whose evidence could change with new keys: never checked,
// or with a signature that had no key. Returns what readRawCopy needs to find the bytes again.
MATCH (c:Copy)
WHERE c.key > $after
  AND ($all OR c.dkimStatus IS NULL OR EXISTS { (c)-[:HAS_SIGNATURE]->(s:Signature) WHERE s.result = 'nokey' })
RETURN c.key AS key, c.sha256 AS sha256, c.path AS path, c.entries AS entries, c.format AS format,
       c.offset AS offset, c.length AS length, c.position AS position, c.mailbox AS mailbox, c.folder AS folder
ORDER BY c.key
LIMIT $limit
