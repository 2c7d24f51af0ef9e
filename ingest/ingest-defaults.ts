/**
 * The ingest's defaults that `leakgraph ingest --help` shows, apart from the pipeline's modules: the
 * command reads them (and starts its entity worker) before it loads the pipeline, which takes half a
 * second of a ten-mail run (issue 13).
 */

// Large batches amortise the round trips; 2,000 Enron messages are ~2 MB of parameters.
export const DEFAULT_BATCH_SIZE = 2_000;
