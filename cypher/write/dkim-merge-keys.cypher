// $rows: DkimKeyRow[] (ingest/extract/dkim/rows.ts). One node per distinct key record: id = hash of
// name + record, so a selector reused with a new key is a new node. `sources` lists every place the
// analyst's key store (or, with --dns, DNS) offered it, sorted, so the order of the runs does not show.
UNWIND $rows AS row
MERGE (k:DkimKey {id: row.id})
  ON CREATE SET k.name = row.name, k.domain = row.domain, k.selector = row.selector, k.record = row.record, k.sources = []
SET k.sources = CASE WHEN row.source IN k.sources THEN k.sources
                     ELSE COLLECT { UNWIND k.sources + row.source AS s RETURN s ORDER BY s } END
