// The running transactions the API tagged with $tag (metadata leakgraphQuery): an analyst query it
// answered at its own timeout and asked Neo4j to stop, listed again to see whether it has stopped.
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.leakgraphQuery = $tag
RETURN transactionId
