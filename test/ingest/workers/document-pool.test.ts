/**
 * Issue 12: documents read in the worker pool come back in input order, one record each; a
 * document that outlives the time limit has its worker terminated and replaced (status timeout),
 * one that exhausts the worker's heap limit is too-complex, and the documents queued behind either
 * are read normally by the fresh worker. The stuck document comes from a test-only worker entry
 * (stall-worker.ts) that blocks its thread, so the hard limit is what ends it, however loaded the
 * machine (a real slow document may reach its own deadline check first: hostile.test.ts).
 */
import { createHash } from 'node:crypto';

import { afterEach, describe, expect, it } from 'vitest';

import type { DocumentRecord } from '../../../ingest/extract/documents/types.js';
import { WorkerPool } from '../../../ingest/workers/pool.js';
import type { DocumentWork } from '../../../ingest/workers/protocol.js';
import { buildDocx, buildPdf, zipParts } from '../extract/documents/build-documents.js';
import { STALL_MARKER } from './stall-on-marker.js';

const STALL_WORKER = new URL('./stall-worker.ts', import.meta.url);

/** A workbook whose shared-string table is ~30 MB of XML: one synchronous parse of seconds and hundreds of MB. */
async function heavyWorkbook(): Promise<Buffer> {
  const strings = Array.from(
    { length: 600_000 },
    (_, i) => `<si><t>cellule ${i} ${(i * 7919) % 100_003}</t></si>`,
  ).join('');
  return zipParts({
    '[Content_Types].xml':
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    'xl/workbook.xml': '<workbook/>',
    'xl/sharedStrings.xml': `<sst>${strings}</sst>`,
    'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row><c t="s"><v>1</v></c></row></sheetData></worksheet>',
  });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function runAll(pool: WorkerPool<'documents'>, items: DocumentWork[]): Promise<DocumentRecord[]> {
  const out: DocumentRecord[] = [];
  for await (const r of pool.map(items)) out.push(r);
  return out;
}

describe('documents in the worker pool (issue 12)', () => {
  let pool: WorkerPool<'documents'> | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('reads documents on two workers, results in input order', async () => {
    const items: DocumentWork[] = [];
    for (let i = 0; i < 12; i++) {
      items.push(
        i % 2
          ? { bytes: await buildPdf({ text: `page ${i}` }), name: `n${i}.pdf` }
          : { bytes: await buildDocx({ body: `texte ${i}` }), name: `n${i}.docx` },
      );
    }
    pool = new WorkerPool('documents', 2, { documents: { now: '2026-01-01T00:00:00Z' } });
    const results = await runAll(pool, items);
    expect(results.map((r) => r.name)).toEqual(items.map((i) => i.name));
    expect(results.map((r) => r.status)).toEqual(items.map(() => 'ok'));
    expect(results.map((r) => r.text)).toEqual(items.map((_, i) => (i % 2 ? `page ${i}` : `texte ${i}`)));
  });

  it('terminates a worker stuck past the time limit and reads what was queued behind it', async () => {
    const stuck = Buffer.from(`Note de service ${STALL_MARKER}`);
    const after = await buildDocx({ body: 'après' });
    pool = new WorkerPool('documents', 1, { documents: { limits: { timeLimitMs: 1000 } } }, STALL_WORKER);
    const started = performance.now();
    const [slow, next] = await runAll(pool, [
      { bytes: stuck, name: 'stuck.txt' },
      { bytes: after, name: 'after.docx' },
    ]);
    expect(slow!.status).toBe('timeout');
    expect(slow!.reason).toBe(
      'time limit of 1000 ms (timeLimitMs) passed while reading; the worker was terminated and replaced',
    );
    expect([slow!.format, slow!.size, slow!.sha256]).toEqual(['text', stuck.length, sha256(stuck)]);
    // The hard limit is the time limit plus a grace of at most the limit again.
    expect(performance.now() - started).toBeGreaterThanOrEqual(2000);
    expect([next!.status, next!.text]).toEqual(['ok', 'après']);
  });

  it('reports a document that exhausts the heap limit as too-complex, naming the limit', async () => {
    const heavy = await heavyWorkbook();
    pool = new WorkerPool('documents', 1, { documents: { limits: { timeLimitMs: 120_000, memoryLimitMb: 128 } } });
    const [big, next] = await runAll(pool, [
      { bytes: heavy, name: 'heavy.xlsx' },
      { bytes: await buildDocx({ body: 'suivant' }), name: 'next.docx' },
    ]);
    expect(big!.status).toBe('too-complex');
    expect(big!.reason).toMatch(/memory limit of 128 MB \(memoryLimitMb\) exhausted/);
    expect([next!.status, next!.text]).toEqual(['ok', 'suivant']);
  });
});
