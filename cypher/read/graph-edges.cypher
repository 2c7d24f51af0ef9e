// The EMAILED edges among the persons $elements (element ids, read earlier in the same transaction
// by graph-persons*.cypher or graph-person-elements.cypher), with at least $minCount messages, as
// one row of lists. $index maps each element id to its position in $elements: sources and targets
// come back as positions, dates as epoch seconds and UTC offsets — tens of thousands of edges cost
// little to send and decode that way. Element ids rather than Person.id: the far end of each edge
// is looked up without reading its id property, half the database's time on the 5,000-person
// overview of the ×4 benchmark (69,013 edges walked, 54,480 kept: 77 ms instead of 140 ms).
// An edge's four date values are one list: collect() drops nulls, and a pair of undated mails
// only has no first or last, so four separate lists would shift every later edge's dates.
UNWIND range(0, size($elements) - 1) AS i
MATCH (p:Person) WHERE elementId(p) = $elements[i]
// q is found in $index or left out, so it is one of the chosen persons without a check of its label
// (one per edge walked: 69,011 on the ×4 overview, where the compact read went from 155 to 141 ms).
MATCH (p)-[e:EMAILED]->(q)
WITH i, e, $index[elementId(q)] AS j
WHERE j IS NOT NULL AND e.count >= $minCount
RETURN collect(i) AS sources, collect(j) AS targets, collect(e.count) AS counts,
       collect(coalesce(e.to, 0)) AS to, collect(coalesce(e.cc, 0)) AS cc, collect(coalesce(e.bcc, 0)) AS bcc,
       collect([e.first.epochSeconds, e.first.offsetSeconds,
                e.last.epochSeconds, e.last.offsetSeconds]) AS dates
