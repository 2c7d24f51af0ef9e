// $rows: CopyRow[]. One Copy per place a message was found: the provenance of every fact.
UNWIND $rows AS row
MATCH (m:Message {id: row.message})
MERGE (c:Copy {key: row.key})
  ON CREATE SET c += row.props
MERGE (c)-[:OF]->(m)
