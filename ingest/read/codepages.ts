/**
 * ① read: Windows code pages of Outlook items, as MIME charset names (for HTML bodies stored as
 * bytes) and as the ANSI code page their 8-bit string properties were written in.
 *
 * A non-Unicode .msg stores strings in the writer's ANSI code page, which the file rarely names
 * (PR_MESSAGE_CODEPAGE is often absent); its Internet code page (PR_INTERNET_CPID) is, and each
 * Internet code page belongs to one ANSI code page: ISO-2022-JP mail comes from a cp932 system.
 */

const CHARSETS: Record<number, string> = {
  65001: 'utf-8',
  20127: 'us-ascii',
  1200: 'utf-16le',
  1201: 'utf-16be',
  874: 'windows-874',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  20866: 'koi8-r',
  21866: 'koi8-u',
  50220: 'iso-2022-jp',
  50221: 'iso-2022-jp',
  50222: 'iso-2022-jp',
  51932: 'euc-jp',
  51949: 'euc-kr',
  52936: 'hz-gb-2312',
  54936: 'gb18030',
  28603: 'iso-8859-13',
  28605: 'iso-8859-15',
};

/** MIME charset name for a Windows code page; utf-8 when unknown (what Outlook writes today). */
export function charsetOfCodepage(codepage: number | undefined): string {
  if (codepage === undefined) return 'utf-8';
  if (CHARSETS[codepage]) return CHARSETS[codepage];
  if (codepage >= 1250 && codepage <= 1258) return `windows-${codepage}`;
  if (codepage >= 28591 && codepage <= 28599) return `iso-8859-${codepage - 28590}`;
  return 'utf-8';
}

const ANSI_OF_INTERNET: Record<number, number> = {
  50220: 932,
  50221: 932,
  50222: 932,
  51932: 932,
  52936: 936,
  54936: 936,
  51949: 949,
  20866: 1251,
  21866: 1251,
  28591: 1252,
  28592: 1250,
  28595: 1251,
  28597: 1253,
  28599: 1254,
  28605: 1252,
  20127: 1252,
};

/** The iconv name of the ANSI code page 8-bit strings were written in, or undefined when unknown. */
export function ansiEncodingOf(
  messageCodepage: number | undefined,
  internetCodepage: number | undefined,
): string | undefined {
  const ansi =
    messageCodepage ??
    (internetCodepage !== undefined ? (ANSI_OF_INTERNET[internetCodepage] ?? internetCodepage) : undefined);
  if (ansi === undefined || ansi === 65001 || ansi === 1200) return undefined;
  if ([874, 932, 936, 949, 950].includes(ansi) || (ansi >= 1250 && ansi <= 1258)) return `cp${ansi}`;
  return undefined;
}
