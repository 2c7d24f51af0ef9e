// The running transactions the API tagged with $tag (metadata leakgraphQuery): an analyst query it
// answered at its own timeout and now asks Neo4j to stop.
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.leakgraphQuery = $tag
RETURN transactionId
