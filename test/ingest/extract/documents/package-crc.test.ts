/**
 * The package-part-altered check (checks/check-package.ts) on a real Word file edited in place: Apache
 * Tika's testWORD.docx, rewritten uncompressed and its title changed from "Sample Word" to "Simple
 * Word" in word/document.xml's bytes, the zip's records left alone — what a hex editor leaves. The
 * answer key is Python's zipfile (test/support/zip_part_edit.py): the part's recorded CRC-32, the
 * CRC-32 of its edited bytes, and testzip()'s own verdict on each file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readDocument } from '../../../../ingest/extract/documents/read-document.js';
import type { DocumentRecord } from '../../../../ingest/extract/documents/types.js';
import { runsOk, skipUnless } from '../../../support/optional.js';
import { missingShared, sharedPath } from '../../../support/shared.js';
import { tempDir } from '../../read/read-helpers.js';
import { DOCUMENTS_DIR } from './fixtures.js';

const WORD = `${DOCUMENTS_DIR}/tika/testWORD.docx`;
const PYTHON = '/usr/bin/python3';
const SCRIPT = join(import.meta.dirname, '../../../support/zip_part_edit.py');
const NOW = new Date('2026-01-01T00:00:00Z');

const skip =
  missingShared(WORD) ??
  skipUnless(
    runsOk(PYTHON, ['-c', 'import zipfile, zlib']),
    "Debian's python3 not found",
    'the answer key of the zip CRC check: apt-get install python3',
  );

interface Key {
  recorded: string;
  actual: string;
  storedBad: string | null;
  editedBad: string | null;
}

describe.skipIf(!!skip)('a package part edited in place (package-part-altered)', () => {
  const tmp = tempDir('leakgraph-package-crc-');
  afterAll(() => tmp.remove());
  let key: Key;
  let stored: DocumentRecord;
  let edited: DocumentRecord;

  beforeAll(async () => {
    const args = [SCRIPT, sharedPath(WORD), 'word/document.xml', 'Sample Word', 'Simple Word', tmp.dir];
    key = JSON.parse(execFileSync(PYTHON, args, { encoding: 'utf8' })) as Key;
    const read = (file: string) =>
      readDocument(readFileSync(join(tmp.dir, file)), { name: 'testWORD.docx' }, {}, { now: NOW });
    stored = await read('stored.zip');
    edited = await read('edited.zip');
  });

  it('the premise: zipfile finds the edited part bad, and nothing bad in the copy before the edit', () => {
    expect(key.storedBad).toBeNull();
    expect(key.editedBad).toBe('word/document.xml');
    expect(key.recorded).not.toBe(key.actual);
  });

  it('names the part, with the CRC-32 the zip recorded and the one its bytes give', () => {
    expect(edited.status).toBe('ok');
    expect(edited.structure.packageCrcMismatches).toEqual([
      { part: 'word/document.xml', recorded: key.recorded, actual: key.actual },
    ]);
    const anomaly = edited.anomalies.find((a) => a.kind === 'package-part-altered');
    expect(anomaly?.evidence).toEqual([
      { field: 'zip entry word/document.xml CRC-32 recorded', value: key.recorded },
      { field: 'zip entry word/document.xml CRC-32 of its bytes', value: key.actual },
    ]);
    expect(anomaly?.explanation).toMatch(/^The part word\/document\.xml of the package does not give the CRC-32/);
  });

  it('reads the text as the bytes now say', () => {
    expect(edited.text).toContain('Simple Word Document Title');
    expect(stored.text).toContain('Sample Word Document Title');
  });

  it('flags nothing in the same package before the edit', () => {
    expect(stored.structure.packageCrcMismatches).toBeUndefined();
    expect(stored.anomalies.map((a) => a.kind)).not.toContain('package-part-altered');
    // Everything else it says of the document is the same.
    expect(edited.anomalies.filter((a) => a.kind !== 'package-part-altered')).toEqual(stored.anomalies);
  });
});
