/**
 * The name a bundled document gets inside the story bundle's zip (issue 12): the attachment's own
 * name, never a path out of documents/<sha256>/, never hidden, never empty.
 */
import { describe, expect, it } from 'vitest';

import { bundleFileName } from '../../server/export/bundle-documents.js';

const SHA = 'a'.repeat(64);

describe('bundleFileName (issue 12)', () => {
  it.each([
    ['budget.docx', 'budget.docx'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\x\\report.pdf', 'report.pdf'],
    ['..', `${SHA}.bin`],
    ['', `${SHA}.bin`],
    ['dir/', `${SHA}.bin`],
    ['.hidden.xls', 'hidden.xls'],
    ['tab\there\u0000.doc', 'tab_here_.doc'],
    ['Рошка отчёт.xlsx', 'Рошка отчёт.xlsx'],
  ])('%j → %j', (name, expected) => {
    expect(bundleFileName(name, SHA)).toBe(expected);
  });

  it('cuts a long name to 150 characters, keeping its extension', () => {
    const cut = bundleFileName(`${'x'.repeat(400)}.pdf`, SHA);
    expect(cut).toHaveLength(150);
    expect(cut.endsWith('x.pdf')).toBe(true);
  });
});
