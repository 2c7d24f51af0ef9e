/**
 * Test-only worker entry for the document pool's time-limit test (document-pool.test.ts): the real
 * parse worker, behind a listener that stalls the thread on a document holding the stall marker.
 * The listener's module is imported first, so it sees each chunk before the real worker does.
 */
import './stall-on-marker.js';
import '../../../ingest/workers/parse-worker.js';
