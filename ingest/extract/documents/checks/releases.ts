/**
 * ③ extract (documents): when formats and programs first existed, for the date checks. Dates are
 * public release dates (general availability); a program that claims to have saved a file before
 * its own release — less a beta margin — is out of place in that file's history.
 */
import type { DocumentFormat } from '../types.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** First public release of each container format (the earliest a genuine file can be dated). */
export const FORMAT_SINCE: Partial<Record<DocumentFormat, { since: number; what: string }>> = {
  pdf: { since: day('1993-06-15'), what: 'PDF 1.0 (Acrobat 1.0, June 1993)' },
  docx: { since: day('2006-11-30'), what: 'Office Open XML (Office 2007, November 2006)' },
  xlsx: { since: day('2006-11-30'), what: 'Office Open XML (Office 2007, November 2006)' },
  pptx: { since: day('2006-11-30'), what: 'Office Open XML (Office 2007, November 2006)' },
  odt: { since: day('2005-05-01'), what: 'OpenDocument 1.0 (OASIS, May 2005)' },
  ods: { since: day('2005-05-01'), what: 'OpenDocument 1.0 (OASIS, May 2005)' },
  odp: { since: day('2005-05-01'), what: 'OpenDocument 1.0 (OASIS, May 2005)' },
  doc: { since: day('1993-01-01'), what: 'OLE2 compound files (Word 6, 1993)' },
  xls: { since: day('1987-01-01'), what: 'Excel BIFF (Excel 2.0, 1987)' },
  ppt: { since: day('1993-01-01'), what: 'OLE2 compound files (PowerPoint 4, 1994)' },
  rtf: { since: day('1987-01-01'), what: 'RTF 1.0 (1987)' },
};

/** PDF header versions and the Acrobat release that introduced each. */
export const PDF_VERSION_SINCE: Record<string, { since: number; what: string }> = {
  '1.1': { since: day('1994-11-01'), what: 'PDF 1.1 (Acrobat 2.0)' },
  '1.2': { since: day('1996-11-01'), what: 'PDF 1.2 (Acrobat 3.0)' },
  '1.3': { since: day('1999-04-01'), what: 'PDF 1.3 (Acrobat 4.0)' },
  '1.4': { since: day('2001-05-01'), what: 'PDF 1.4 (Acrobat 5.0)' },
  '1.5': { since: day('2003-05-01'), what: 'PDF 1.5 (Acrobat 6.0)' },
  '1.6': { since: day('2004-12-01'), what: 'PDF 1.6 (Acrobat 7.0)' },
  '1.7': { since: day('2006-11-01'), what: 'PDF 1.7 (Acrobat 8.0)' },
  '2.0': { since: day('2017-07-28'), what: 'PDF 2.0 (ISO 32000-2)' },
};

// Microsoft Office major versions (app.xml AppVersion / PIDDSI_VERSION high word).
const OFFICE: Record<number, [string, string]> = {
  8: ['1997-01-01', 'Office 97'],
  9: ['1999-06-07', 'Office 2000'],
  10: ['2001-05-31', 'Office XP'],
  11: ['2003-10-21', 'Office 2003'],
  12: ['2006-11-30', 'Office 2007'],
  14: ['2010-06-15', 'Office 2010'],
  15: ['2012-10-11', 'Office 2013'],
  16: ['2015-09-22', 'Office 2016'],
};

// LibreOffice and OpenOffice.org major.minor releases, as named in meta:generator and PDF producers.
const LIBREOFFICE: Record<string, string> = {
  '3.3': '2011-01-25',
  '3.4': '2011-06-03',
  '3.5': '2012-02-14',
  '3.6': '2012-08-08',
  '4.0': '2013-02-07',
  '4.1': '2013-07-25',
  '4.2': '2014-01-30',
  '4.3': '2014-07-30',
  '4.4': '2015-01-29',
  '5.0': '2015-08-05',
  '5.1': '2016-02-10',
  '5.2': '2016-08-03',
  '5.3': '2017-02-01',
  '5.4': '2017-07-28',
  '6.0': '2018-01-31',
  '6.1': '2018-08-08',
  '6.2': '2019-02-07',
  '6.3': '2019-08-08',
  '6.4': '2020-01-29',
  '7.0': '2020-08-05',
  '7.1': '2021-02-03',
  '7.2': '2021-08-19',
  '7.3': '2022-02-02',
  '7.4': '2022-08-18',
  '7.5': '2023-02-02',
  '7.6': '2023-08-21',
  '24.2': '2024-02-01',
  '24.8': '2024-08-22',
  '25.2': '2025-02-06',
  '25.8': '2025-08-20',
};
const OPENOFFICE: Record<string, string> = {
  '1.0': '2002-05-01',
  '1.1': '2003-09-02',
  '2.0': '2005-10-20',
  '2.1': '2006-12-12',
  '2.2': '2007-03-28',
  '2.3': '2007-09-17',
  '2.4': '2008-03-27',
  '3.0': '2008-10-13',
  '3.1': '2009-05-07',
  '3.2': '2010-02-11',
  '3.3': '2011-01-26',
  '3.4': '2012-05-08',
  '4.0': '2013-07-23',
  '4.1': '2014-04-29',
};

export interface Release {
  since: number;
  what: string;
}

/** Office major version from "16.0000" / "12.0" / "11.8132". */
export function officeRelease(appVersion: string | undefined): Release | undefined {
  const major = Number(appVersion?.match(/^(\d+)\./)?.[1]);
  const entry = OFFICE[major];
  return entry ? { since: day(entry[0]), what: `${entry[1]} (version ${major})` } : undefined;
}

/** The release named by an application or producer string, when it names one we know. */
export function programRelease(name: string | undefined): Release | undefined {
  if (!name) return undefined;
  const lo = name.match(/LibreOffice[ /_](\d+\.\d+)/i);
  if (lo && LIBREOFFICE[lo[1]!]) return { since: day(LIBREOFFICE[lo[1]!]!), what: `LibreOffice ${lo[1]}` };
  const oo = name.match(/OpenOffice(?:\.org)?[ /_](\d+\.\d+)/i);
  if (oo && OPENOFFICE[oo[1]!]) return { since: day(OPENOFFICE[oo[1]!]!), what: `OpenOffice ${oo[1]}` };
  // Product names with a year: "Microsoft® Word 2016", "Acrobat Distiller 2017", "Office 2019".
  const year = name.match(
    /\b(?:Office|Word|Excel|PowerPoint|Acrobat[A-Za-z ]*|Distiller)\D{0,12}((?:19|20)\d\d)\b/i,
  )?.[1];
  if (year)
    return {
      since: day(`${Number(year) - 1}-07-01`),
      what: `${name.trim()} (a ${year} product, released from mid-${Number(year) - 1})`,
    };
  return undefined;
}
