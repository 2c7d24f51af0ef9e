// $rows: CopyRow[]. One Copy per place a message was found: the provenance of every fact. A copy
// seen again keeps its provenance; its DKIM verdict follows the latest verification (new keys).
UNWIND $rows AS row
MATCH (m:Message {id: row.message})
MERGE (c:Copy {key: row.key})
  ON CREATE SET c += row.props
  ON MATCH SET c.dkimStatus = coalesce(row.props.dkimStatus, c.dkimStatus),
               c.dkimReason = coalesce(row.props.dkimReason, c.dkimReason),
               c.fromDomain = coalesce(row.props.fromDomain, c.fromDomain)
MERGE (c)-[:OF]->(m)
