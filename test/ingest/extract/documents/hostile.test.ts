/**
 * Issue 12: hostile and broken documents are recorded with a status and a reason that names the
 * limit or the damage, never a crash: a zip-bomb DOCX, a billion-laughs part, a PDF decompression
 * bomb, deeply nested OLE storages, truncated files, oversize input, a reader out of time.
 */
import { deflateSync } from 'node:zlib';
import CFB from 'cfb';
import { describe, expect, it } from 'vitest';

import { readDocument } from '../../../../ingest/extract/documents/read-document.js';
import { buildDocx, buildPdf, zipParts } from './build-documents.js';

const MiB = 1024 * 1024;

describe('hostile documents (issue 12)', () => {
  it('refuses a zip-bomb DOCX before inflating it (ratio limit)', async () => {
    const docx = await buildDocx({});
    const bomb = await zipParts({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': Buffer.alloc(64 * MiB, 0x20),
    });
    expect(bomb.length).toBeLessThan(MiB);
    const r = await readDocument(bomb, { name: 'bomb.docx' });
    expect(r.status).toBe('too-complex');
    expect(r.reason).toMatch(/inflates \d+ times its compressed size \(limit 200; zip bomb\?\)/);
    expect((await readDocument(docx, { name: 'fine.docx' })).status).toBe('ok');
  });

  it('stops inflating at the package budget (maxUnzippedBytes)', async () => {
    const text = Buffer.from(Array.from({ length: 400_000 }, (_, i) => `<w:t>${(i * 7919) % 100003}</w:t>`).join(''));
    const big = await zipParts({ '[Content_Types].xml': '<Types/>', 'word/document.xml': text });
    const r = await readDocument(big, { name: 'big.docx' }, { maxUnzippedBytes: 2 * MiB });
    expect(r.status).toBe('too-complex');
    expect(r.reason).toMatch(/over the 2097152-byte limit for one package/);
  });

  it('refuses XML that declares entities (billion laughs), naming the part', async () => {
    const lol = [
      '<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
    ].join('');
    const documentXml = `<?xml version="1.0"?><!DOCTYPE w:document [${lol}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
    const r = await readDocument(await buildDocx({ documentXml }), { name: 'laughs.docx' });
    expect(r.status).toBe('too-complex');
    expect(r.reason).toMatch(/word\/document\.xml declares XML entities/);
  });

  it('refuses a PDF whose streams inflate past the limit (decompression bomb), single and chained Flate', async () => {
    const pdf = (await buildPdf({})).toString('latin1');
    const plant = (dict: string, data: Buffer) => {
      const at = pdf.lastIndexOf('xref');
      return Buffer.concat([
        Buffer.from(pdf.slice(0, at), 'latin1'),
        Buffer.from(`99 0 obj\n<< ${dict} /Length ${data.length} >>\nstream\n`),
        data,
        Buffer.from(`\nendstream\nendobj\n${pdf.slice(at)}`, 'latin1'),
      ]);
    };
    const single = await readDocument(
      plant('/Filter /FlateDecode', deflateSync(Buffer.alloc(40 * MiB))),
      { name: 'bomb.pdf' },
      { maxPdfInflatedBytes: 16 * MiB },
    );
    expect(single.status).toBe('too-complex');
    expect(single.reason).toMatch(/inflates? past the 16777216-byte limit \(decompression bomb\?\)/);
    const chained = plant('/Filter [/FlateDecode /FlateDecode]', deflateSync(deflateSync(Buffer.alloc(40 * MiB))));
    expect(chained.length).toBeLessThan(64 * 1024);
    const r = await readDocument(chained, { name: 'bomb2.pdf' }, { maxPdfInflatedBytes: 16 * MiB });
    expect(r.status).toBe('too-complex');
  });

  it('refuses OLE storages nested deeper than the limit', async () => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(
      cfb,
      `${Array.from({ length: 30 }, (_, i) => `/ObjectPool${i}`).join('')}/Ole10Native`,
      Buffer.from('x'),
    );
    CFB.utils.cfb_add(cfb, '/WordDocument', Buffer.alloc(64));
    const bytes = CFB.write(cfb, { type: 'buffer' }) as Buffer;
    const r = await readDocument(bytes, { name: 'nested.doc' });
    expect(r.status).toBe('too-complex');
    expect(r.reason).toMatch(/nested 31 deep \(limit 16/);
  });

  it('reports truncated and damaged files with a reason', async () => {
    const docx = await buildDocx({ body: 'bonjour' });
    const cut = await readDocument(docx.subarray(0, docx.length - 200), { name: 'cut.docx' });
    expect([cut.status, cut.format]).toEqual(['truncated', 'docx']);
    expect(cut.reason).toMatch(/cut off/);
    const pdf = await buildPdf({ text: 'bonjour' });
    const halfPdf = await readDocument(pdf.subarray(0, 300), { name: 'half.pdf' });
    expect(['corrupt', 'ok']).toContain(halfPdf.status); // pdfjs rebuilds what it can; either way, no crash
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100, 7)]);
    const brokenOle = await readDocument(ole, { name: 'broken.xls' });
    expect(['corrupt', 'truncated']).toContain(brokenOle.status);
    expect(brokenOle.reason).toMatch(/OLE2 container cannot be read/);
    const noise = await readDocument(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)), {
      name: 'noise.bin',
    });
    expect(noise.status).toBe('unsupported');
  });

  it('does not open a document over the byte limit', async () => {
    const r = await readDocument(await buildPdf({}), { name: 'a.pdf' }, { maxBytes: 100 });
    expect([r.status, r.format]).toEqual(['oversize', 'pdf']);
    expect(r.reason).toMatch(/over the 100-byte limit/);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stops between pages at the time limit and keeps what it read', async () => {
    const pages = await buildPdf({ text: 'page' });
    const r = await readDocument(pages, { name: 'a.pdf' }, { timeLimitMs: 0.001 });
    expect(r.status).toBe('timeout');
    expect(r.reason).toMatch(/time limit of 0.001 ms reached while reading page 1 of 1/);
    expect(r.metadata.normalised.pages).toBe(1);
  });

  it('caps the text and says so', async () => {
    const r = await readDocument(Buffer.from('mot '.repeat(10_000)), { name: 'a.txt' }, { maxTextChars: 1000 });
    expect([r.status, r.textTruncated, r.text.length]).toEqual(['ok', true, 999]);
  });
});
