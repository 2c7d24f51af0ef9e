// How many derives the graph has finished (write/derive-done.cypher counts them): a list of
// correspondents read after this count is current until the count moves (ingest/write/entities.ts).
OPTIONAL MATCH (d:DeriveState {id: 'derive'})
RETURN coalesce(d.derives, 0) AS derives
