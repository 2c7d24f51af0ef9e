/**
 * Test-only worker entry for the pool's crash test (pool.test.ts): the real parse worker, behind a
 * listener that kills the worker when a parse chunk holds a message with the crash marker, as a
 * parser bug or an exhausted heap would. The listener's module is imported first, so it sees each
 * chunk before the real worker does.
 */
import './crash-on-marker.js';
import '../../../ingest/workers/parse-worker.js';
