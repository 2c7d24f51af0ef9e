// The EMAILED edges from the persons $ids[$start], $ids[$start + $step], … (before $end) to any of
// $ids, with at least $minCount messages, as one row of lists. The server reads $step such slices in
// parallel for large graphs; interleaved, not in blocks, because $ids come busiest first and the
// first block would hold most of the edges (5,000 persons of the ×4 benchmark: 593 ms and 167 ms in
// blocks, 337 ms each interleaved). $index maps
// each id to its position in $ids: sources and targets come back as positions, dates as epoch
// seconds and UTC offsets — tens of thousands of edges cost little to send and decode that way.
// An edge's four date values are one list: collect() drops nulls, and a pair of undated mails
// only has no first or last, so four separate lists would shift every later edge's dates.
UNWIND range($start, $end - 1, $step) AS i
MATCH (:Person {id: $ids[i]})-[e:EMAILED]->(q:Person)
WITH i, e, $index[q.id] AS j
WHERE j IS NOT NULL AND e.count >= $minCount
RETURN collect(i) AS sources, collect(j) AS targets, collect(e.count) AS counts,
       collect(coalesce(e.to, 0)) AS to, collect(coalesce(e.cc, 0)) AS cc, collect(coalesce(e.bcc, 0)) AS bcc,
       collect([e.first.epochSeconds, e.first.offsetSeconds,
                e.last.epochSeconds, e.last.offsetSeconds]) AS dates
