/**
 * Issue 12: the formats the fixture key does not cover — HTML, plain text in its encodings, CSV,
 * mail found among documents (real .msg and maildir files of ../shared), a plain zip archive, an
 * image without OCR, unknown binary — each detected by content, whatever its name says. Expected
 * values are what the test writes into the bytes, or the fixtures' own nature (every .msg of the
 * Outlook corpus is an Outlook item, every maildir file a message).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { readDocument } from '../../../../ingest/extract/documents/read-document.js';
import { missingShared, sharedPath } from '../../../support/shared.js';
import { zipParts } from './build-documents.js';

const MESSAGE_NOTE = 'an e-mail message: read as a message by the mail pipeline';

describe('HTML, text and CSV documents (issue 12)', () => {
  it('reads an HTML page: text without markup, scripts or links, title, meta author, language', async () => {
    const html =
      '<!DOCTYPE html><html lang="fr"><head><title>Note de synthèse</title><meta name="author" content="Claire Martin">' +
      '<meta name="generator" content="LibreOffice 7.3"><script>document.write("piège")</script></head>' +
      '<body><h1>Budget</h1><p>Le <a href="http://example.org/x">trésorier</a> valide.</p><img src="http://example.org/p.png"></body></html>';
    const r = await readDocument(Buffer.from(html), { name: 'note.htm' });
    expect([r.status, r.format, r.kind, r.mimeType]).toEqual(['ok', 'html', 'document', 'text/html']);
    expect(r.text).toContain('Le trésorier valide.');
    expect(r.text).not.toMatch(/example\.org|piège|<p>/);
    const n = r.metadata.normalised;
    expect([n.title, n.author, n.application, n.language]).toEqual([
      'Note de synthèse',
      'Claire Martin',
      'LibreOffice 7.3',
      'fr',
    ]);
  });

  it('decodes UTF-8, UTF-16 with a BOM and Windows-1252 text', async () => {
    const words = 'Déclaration de la préfecture à Besançon, reçue à l’Élysée par le secrétaire général.';
    const latin = words.replace('’', "'"); // every other letter is in Latin-1, hence in Windows-1252
    const cases: [Buffer, string][] = [
      [Buffer.from(words), words],
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(words, 'utf16le')]), words],
      [Buffer.from(latin, 'latin1'), latin],
    ];
    for (const [bytes, expected] of cases) {
      const r = await readDocument(bytes, { name: 'a.txt' });
      expect([r.status, r.format, r.text, r.language]).toEqual(['ok', 'text', expected, 'fr']);
    }
  });

  it('tells CSV from prose by its separators', async () => {
    const csv = 'nom;montant;date\nDupont;1200;2017-03-01\nMartin;800;2017-03-02\nDurand;450;2017-03-04\n';
    const r = await readDocument(Buffer.from(csv), { name: 'export.dat' });
    expect([r.status, r.format, r.kind, r.mimeType]).toEqual(['ok', 'csv', 'spreadsheet', 'text/csv']);
    expect(r.text).toContain('Durand;450');
    const prose = await readDocument(Buffer.from('Une phrase.\nUne autre, plus longue.\nFin.\n'), { name: 'a.csv' });
    expect([prose.format, prose.extensionMismatch]).toEqual(['text', undefined]); // a .csv may hold plain text
  });
});

describe.skipIf(!!missingShared('fixtures/outlook/msg'))('Outlook items among documents (issue 12)', () => {
  it('reports every .msg of the fixture corpus as a message for the mail pipeline', async () => {
    const dir = sharedPath('fixtures/outlook/msg');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.msg'));
    expect(files).toHaveLength(44);
    for (const file of files) {
      const r = await readDocument(readFileSync(join(dir, file)), { name: file });
      expect([r.status, r.format, r.kind, r.reason], file).toEqual(['ok', 'msg', 'message', MESSAGE_NOTE]);
    }
  });
});

const MAILDIR = 'fixtures/enron-dev-sample/maildir';
describe.skipIf(!!missingShared(MAILDIR))('mail files among documents (issue 12)', () => {
  it('reports every message of the Enron maildir sample as a message, whatever its name', async () => {
    const files = readdirSync(sharedPath(MAILDIR), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files).toHaveLength(972); // ../shared/README.md: 972 real Enron messages
    for (const e of files) {
      const r = await readDocument(readFileSync(join(e.parentPath, e.name)), { name: `${e.name}txt` });
      expect([r.status, r.format, r.kind, r.mimeType], e.name).toEqual(['ok', 'eml', 'message', 'message/rfc822']);
      expect(r.reason).toBe(`${MESSAGE_NOTE}; named .txt, but the content is eml`);
    }
  });
});

describe('containers and content that are not documents (issue 12)', () => {
  it('leaves a plain zip archive to the archive reader, saying so', async () => {
    const zip = await zipParts({ 'a.txt': 'un', 'b/c.txt': 'deux' });
    const r = await readDocument(zip, { name: 'rapport.docx' });
    expect([r.status, r.format, r.kind, r.extensionMismatch]).toEqual([
      'unsupported',
      'zip',
      'archive',
      { extension: 'docx', detected: 'zip' },
    ]);
    expect(r.reason).toBe(
      'a zip archive of 2 entries, not an office document; its entries are files of their own; named .docx, but the content is zip',
    );
  });

  it('marks an image without OCR as having no text layer', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
    const r = await readDocument(jpeg, { name: 'scan.jpg' });
    expect([r.status, r.format, r.kind, r.mimeType, r.textLayer]).toEqual([
      'ok',
      'image',
      'image',
      'image/jpeg',
      'none',
    ]);
    expect(r.reason).toBe('no text layer: the pages are images (OCR is off)');
  });

  it('reports unknown binary content as unsupported, with its hash and size', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const r = await readDocument(bytes, { name: 'dump.bin' });
    expect([r.status, r.format, r.reason, r.size]).toEqual([
      'unsupported',
      'unknown',
      'unrecognised binary content',
      4096,
    ]);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
