// A bulk load drops the message full-text index while it writes and builds it once at the end
// (ingest/write/bulk-index.ts): maintaining it row by row costs twice the CPU.
DROP INDEX message_text IF EXISTS
