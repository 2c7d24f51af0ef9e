// Messages each person sent and received in the whole months $fromMonth..$toMonth (yyyy*100+mm,
// inclusive), summed from the ACTIVE_IN buckets the derive keeps: the node sizes and the top-N
// ranking of a date-filtered graph. One row of lists.
MATCH (mo:Month) WHERE mo.month >= $fromMonth AND mo.month <= $toMonth
MATCH (p:Person)-[a:ACTIVE_IN]->(mo)
WITH p, sum(a.sent) AS sent, sum(a.received) AS received
RETURN collect(p.id) AS ids, collect(sent) AS sent, collect(received) AS received
