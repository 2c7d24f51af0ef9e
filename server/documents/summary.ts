/**
 * A Document row → its DocumentSummary (the detail, the search hits): null for what the document pass
 * has not written yet, whatever the row held for it.
 */
import type { DocumentSummary } from '../../contract/index.js';

export type SummaryRow = Omit<DocumentSummary, 'format' | 'contentType' | 'status'> &
  Partial<Pick<DocumentSummary, 'format' | 'contentType' | 'status'>>;

export const documentSummary = (row: SummaryRow): DocumentSummary => ({
  sha256: row.sha256,
  name: row.name,
  format: row.format ?? null,
  contentType: row.contentType ?? null,
  size: row.size,
  status: row.status ?? null,
  anomalyCount: row.anomalyCount,
});
