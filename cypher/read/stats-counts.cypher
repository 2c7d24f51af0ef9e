// GET /api/stats: node counts by label and relationship counts by type, from the count store
// (db.stats.retrieve reads the counts Neo4j keeps, it does not scan the graph).
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN [n IN data.nodes WHERE n.label IS NOT NULL | {name: n.label, count: n.count}] AS labels,
       [r IN data.relationships WHERE r.relationshipType IS NOT NULL AND r.startLabel IS NULL AND r.endLabel IS NULL
         | {name: r.relationshipType, count: r.count}] AS relationships
