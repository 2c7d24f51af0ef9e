// $rows: CopyRow[]. One Copy per place a message was found: the provenance of every fact. A copy
// seen again keeps its provenance; its DKIM verdict follows the latest verification (new keys).
// A new copy of a known message marks it pending: its Message-ID, signatures and status may change
// what the derive step concludes (conflicts, threads, verification).
UNWIND $rows AS row
MATCH (m:Message {id: row.message})
MERGE (c:Copy {key: row.key})
  ON CREATE SET c += row.props, c.isNew = true
  ON MATCH SET c.dkimStatus = coalesce(row.props.dkimStatus, c.dkimStatus),
               c.dkimReason = coalesce(row.props.dkimReason, c.dkimReason),
               c.fromDomain = coalesce(row.props.fromDomain, c.fromDomain)
MERGE (c)-[:OF]->(m)
WITH m, c, coalesce(c.isNew, false) AS isNew
REMOVE c.isNew
WITH m WHERE isNew AND m.pending IS NULL
SET m.pending = true
