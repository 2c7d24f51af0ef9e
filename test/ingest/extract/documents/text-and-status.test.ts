/**
 * Issue 12: every fixture document's text holds the answer key's probe words (pdftotext, catdoc,
 * xls2csv, catppt, docx2txt) where the key's text is reliable; encrypted files are reported
 * encrypted with their evidence (except the two that open with an empty password); mislabelled
 * and broken files get a status and a reason. Where the key tool's text is not the document's
 * text, the file and the words are listed with the reason (TEXT_EXCEPTIONS), and the test checks
 * the exception still applies.
 */
import { describe, expect, it } from 'vitest';

import { missingShared } from '../../../support/shared.js';
import { DOCUMENTS_DIR, keyText, readAnswerKey, useFixtureRecords } from './fixtures.js';

const skip = missingShared(DOCUMENTS_DIR);

const RAW_XML =
  'docx2txt printed the package XML instead of text (its key text starts with "<?<w:document"); these probes are XML names';
const FIELD_CODE =
  'catdoc prints Word field instructions (HYPERLINK, MERGEFIELD, REF targets); a reader shows the field result';

/** Probe words the key tool produced that are not the document's text, per file, and why. */
const TEXT_EXCEPTIONS: Record<string, { words: string[] | 'xml-markup' | { positions: number[] }; reason: string }> = {
  'tika/testAltChunkHTML.docx': { words: 'xml-markup', reason: RAW_XML },
  'tika/testAltChunkMHT.docx': { words: 'xml-markup', reason: RAW_XML },
  'tika/testExternalRefs.docx': { words: 'xml-markup', reason: RAW_XML },
  'tika/testSubdocument.docx': { words: 'xml-markup', reason: RAW_XML },
  'tika/testWORD.doc': { words: ['OnMainHeading', 'HYPERLINK'], reason: FIELD_CODE },
  'tika/testWORD_2006ml.doc': { words: ['HYPERLINK'], reason: FIELD_CODE },
  'tika/testWORD_various.doc': { words: ['HYPERLINK'], reason: FIELD_CODE },
  'tika/testWORD_specialControlCharacter1415.doc': { words: ['MERGEFIELD', 'TEXT'], reason: FIELD_CODE },
  'tika/testWPSAttachment.docx': {
    words: ['falsefalsefalsefalsefalsefalsefalsefalse', 'false'],
    reason:
      'the document body is only embedded objects; docx2txt printed the values of WPS private wpsCustomData elements',
  },
  'tika/testEXCEL_phonetic.xls': {
    // By position in probe_words: the noise is not safely reproducible as literals (stray format characters).
    words: { positions: [2, 3, 4, 5, 8] },
    reason:
      'xls2csv decodes the phonetic-guide runs of BIFF8 strings as text, producing CJK-looking noise (probe words 3-6 and 9)',
  },
};
// docx2txt joins a heading and the next paragraph without a space ("Objective" + "Getting …").
const JOINED_WORDS: Record<string, string[]> = { 'tika/testWORD_template.docx': ['ObjectiveGetting'] };

describe.skipIf(!!skip)('document text and status against the answer key (issue 12)', () => {
  const fixtures = useFixtureRecords();

  const all = skip ? {} : readAnswerKey().files;
  const withText = Object.entries(all).filter(([, e]) => e.text?.reliable && (e.text.probe_words?.length ?? 0) > 0);

  it('has over a hundred files with reliable key text', () => expect(withText.length).toBeGreaterThan(100));

  it.each(withText.map(([path]) => [path]))('%s holds the probe words', (path) => {
    const entry = fixtures.key().files[path]!;
    const record = fixtures.records().get(path)!;
    const exception = TEXT_EXCEPTIONS[path];
    const joined = JOINED_WORDS[path] ?? [];
    const compact = record.text.replace(/\s+/g, '');
    const markup =
      keyText(entry)
        .match(/<[^>]*>/g)
        ?.join(' ') ?? '';
    const probes = entry.text!.probe_words!;
    const excusedWords =
      exception === undefined
        ? []
        : exception.words === 'xml-markup'
          ? probes.filter((w) => markup.includes(w))
          : Array.isArray(exception.words)
            ? exception.words
            : exception.words.positions.map((i) => probes[i]!);
    for (const word of probes) {
      const excused = excusedWords.includes(word);
      if (excused) continue;
      if (joined.includes(word)) expect(compact, `${word} (joined by docx2txt)`).toContain(word);
      else expect(record.text, word).toContain(word);
    }
    if (exception) {
      // The exception must still be needed: an excused word really is absent from our text.
      expect(
        excusedWords.some((w) => !record.text.includes(w)),
        exception.reason,
      ).toBe(true);
    }
  });

  const encrypted = Object.entries(all).filter(([, e]) => e.encrypted);
  it('has the 19 encrypted fixtures', () => expect(encrypted).toHaveLength(19));

  it.each(encrypted.map(([path]) => [path]))('%s is reported as encrypted, with evidence', (path) => {
    const entry = fixtures.key().files[path]!;
    const record = fixtures.records().get(path)!;
    expect(record.encryption?.evidence.length).toBeGreaterThan(0);
    if (entry.readable_without_password) {
      expect(record.status).toBe('ok');
      expect(record.encryption?.readableWithoutPassword).toBe(true);
      for (const word of entry.text?.probe_words ?? []) expect(record.text).toContain(word);
    } else {
      expect(record.status).toBe('encrypted');
      expect(record.reason).toMatch(/password-protected/);
      expect(record.encryption?.readableWithoutPassword).toBe(false);
    }
  });

  it('reads no unencrypted fixture as encrypted', () => {
    const wrong = [...fixtures.records()].filter(
      ([path, r]) => !fixtures.key().files[path]!.encrypted && (r.status === 'encrypted' || r.encryption),
    );
    expect(wrong.map(([p]) => p)).toEqual([]);
  });

  it('reports the mislabelled and broken files of the README with a reason', () => {
    const wordPerfect = fixtures.records().get('tika/testWordPerfect_42.doc')!;
    expect(wordPerfect.status).toBe('unsupported');
    expect(wordPerfect.reason).toMatch(/named \.doc/);
    const biff4 = fixtures.records().get('tika/testEXCEL_4.xls')!;
    expect([biff4.status, biff4.format, biff4.formatDetail]).toEqual(['ok', 'xls', 'BIFF4 (bare stream, Excel 2-4)']);
    expect(biff4.text.length).toBeGreaterThan(1000);
    const notZip = fixtures.records().get('tika/testODTnotaZipFile.odt')!;
    expect([notZip.status, notZip.format, notZip.extensionMismatch?.extension]).toEqual(['ok', 'text', 'odt']);
    expect(notZip.reason).toMatch(/named \.odt, but the content is text/);
    const truncated = fixtures.records().get('tika/testWORD_truncated.docx')!;
    expect(truncated.status).toBe('truncated');
    expect(truncated.reason).toMatch(/cut off/);
    const bom = fixtures.records().get('tika/testPDF_bom.pdf')!;
    expect([bom.status, bom.format]).toEqual(['ok', 'pdf']);
  });

  it('detects the format from the content: the extension where the key says they match', () => {
    const same: Record<string, string> = {};
    for (const [path, entry] of Object.entries(fixtures.key().files)) {
      if (!entry.content_matches_extension) continue;
      same[path] = fixtures.records().get(path)!.format;
      expect(fixtures.records().get(path)!.format, path).toBe(entry.extension);
    }
    expect(Object.keys(same).length).toBeGreaterThan(200);
  });

  it('marks the scanned PDF as having no text layer', () => {
    const scan = fixtures.records().get('tika/testOCR.pdf')!;
    expect([scan.status, scan.textLayer]).toEqual(['ok', 'none']);
    expect(scan.reason).toMatch(/no text layer/);
  });
});
