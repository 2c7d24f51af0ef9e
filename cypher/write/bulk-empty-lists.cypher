// After a bulk first load ($label, $property from the CSV kinds table, ingest/write/csv/kinds.ts):
// an empty CSV field is no property at all, so the lists the files held empty are set to [] here,
// as the transactional path stores them. Every such list is a property the kinds table declares
// never null, so a node lacking it is a node whose list was empty.
MATCH (n:$($label)) WHERE n[$property] IS NULL
CALL (n) { SET n[$property] = [] } IN TRANSACTIONS OF 20000 ROWS
