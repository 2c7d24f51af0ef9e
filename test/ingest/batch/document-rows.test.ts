/**
 * Issue 12: a DocumentRecord → the properties of its Document. The bounds the graph needs (text cut at
 * 1,000,000 characters and said so, dates Neo4j's datetime() takes or none, an indexed editor name of
 * any length) and the JSON the API reads back (anomalies with evidence by field).
 */
import { describe, expect, it } from 'vitest';

import { MAX_DOCUMENT_TEXT_CHARS, documentResultRow, isoOrNull } from '../../../ingest/batch/document-rows.js';
import { readDocument } from '../../../ingest/extract/documents/read-document.js';
import type { DocumentRecord } from '../../../ingest/extract/documents/types.js';

async function textRecord(): Promise<DocumentRecord> {
  return readDocument(Buffer.from('Budget for the second quarter, approved by the board.\n'), { name: 'notes.txt' });
}

describe('documentResultRow', () => {
  it('cuts the text at 1,000,000 characters and says it was cut', async () => {
    const record = await textRecord();
    const long = { ...record, text: 'x'.repeat(MAX_DOCUMENT_TEXT_CHARS + 5), textTruncated: false };
    const row = documentResultRow(long);
    expect((row.props.text as string).length).toBe(1_000_000);
    expect(row.props.textTruncated).toBe(true);
    expect(documentResultRow(record).props.textTruncated).toBe(false);
    expect(documentResultRow(record).props.text).toBe(record.text);
  });

  it('keeps dates Neo4j can hold, as UTC instants, and drops the others', () => {
    expect(isoOrNull('2011-07-29T16:52:00+02:00')).toBe('2011-07-29T14:52:00.000Z');
    expect(isoOrNull('not a date')).toBeNull();
    expect(isoOrNull(undefined)).toBeNull();
    expect(isoOrNull('+010000-01-01T00:00:00Z')).toBeNull();
  });

  it('writes metadata, editors scripts and anomalies as the API reads them', async () => {
    const record = await textRecord();
    const longName = 'Ж'.repeat(5000);
    const row = documentResultRow({
      ...record,
      language: 'und',
      metadata: {
        raw: [{ source: 'test', tag: 'Author', value: 'Рошка Георгий Петрович' }],
        normalised: {
          ...record.metadata.normalised,
          author: 'Рошка Георгий Петрович',
          lastModifiedBy: longName,
          totalEditSeconds: 150,
          modified: '2017-04-27T10:00:00Z',
        },
      },
      anomalies: [
        {
          kind: 'created-after-modified',
          explanation: 'created after it was last saved',
          evidence: [{ field: 'SummaryInformation PIDSI_CREATE_DTM', value: '2017-05-01T00:00:00Z' }],
        },
      ],
    });
    expect(row.props.language).toBeNull();
    expect(row.props.author).toBe('Рошка Георгий Петрович');
    // Indexed: a 5,000-letter name becomes a bounded key (db/index-key.ts), not a failed write.
    expect(Buffer.byteLength(row.props.lastModifiedBy as string)).toBeLessThan(1200);
    expect(row.props.editorScripts).toEqual(['Cyrillic']);
    expect(row.props.editTimeMinutes).toBe(3);
    expect(row.modified).toBe('2017-04-27T10:00:00.000Z');
    expect([row.props.anomalyKinds, row.props.anomalyCount]).toEqual([['created-after-modified'], 1]);
    expect(JSON.parse(row.props.anomaliesJson as string)).toEqual([
      {
        kind: 'created-after-modified',
        explanation: 'created after it was last saved',
        evidence: { 'SummaryInformation PIDSI_CREATE_DTM': '2017-05-01T00:00:00Z' },
      },
    ]);
    expect(JSON.parse(row.props.metadataJson as string).raw).toEqual([
      { source: 'test', tag: 'Author', value: 'Рошка Георгий Петрович' },
    ]);
  });
});
