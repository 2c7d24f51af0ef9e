/**
 * ③ extract (documents): OLE property sets (MS-OLEPS), the SummaryInformation and
 * DocumentSummaryInformation streams every OLE Office file carries: author, last saved by, dates,
 * application, company, manager, counts, and the user-defined properties.
 *
 * No maintained npm package reads property sets on their own (SheetJS parses them only inside its
 * .xls reader, word-extractor and msgreader not at all), so this is glue over cfb's streams: the
 * format is a table of (id, offset) pairs and a dozen value types. Every read is bounds-checked;
 * a damaged set yields the properties read before the damage.
 */
import iconv from 'iconv-lite';

import type { MetadataBuilder } from './builder.js';
import { readFiletime } from './dates.js';
import type { NormalisedField } from '../types.js';

const FMTID_SUMMARY = 'e0859ff2f94f6810ab9108002b27b3d9';
const FMTID_DOC_SUMMARY = '02d5cdd59c2e1b10939708002b2cf9ae';
const FMTID_USER_DEFINED = '05d5cdd59c2e1b10939708002b2cf9ae';

type Prop = { name: string; field?: NormalisedField };

const SUMMARY: Record<number, Prop> = {
  2: { name: 'PIDSI_TITLE', field: 'title' },
  3: { name: 'PIDSI_SUBJECT', field: 'subject' },
  4: { name: 'PIDSI_AUTHOR', field: 'author' },
  5: { name: 'PIDSI_KEYWORDS', field: 'keywords' },
  6: { name: 'PIDSI_COMMENTS', field: 'description' },
  7: { name: 'PIDSI_TEMPLATE', field: 'template' },
  8: { name: 'PIDSI_LASTAUTHOR', field: 'lastModifiedBy' },
  9: { name: 'PIDSI_REVNUMBER', field: 'revision' },
  10: { name: 'PIDSI_EDITTIME', field: 'totalEditSeconds' },
  11: { name: 'PIDSI_LASTPRINTED', field: 'printed' },
  12: { name: 'PIDSI_CREATE_DTM', field: 'created' },
  13: { name: 'PIDSI_LASTSAVE_DTM', field: 'modified' },
  14: { name: 'PIDSI_PAGECOUNT', field: 'pages' },
  15: { name: 'PIDSI_WORDCOUNT', field: 'words' },
  16: { name: 'PIDSI_CHARCOUNT', field: 'characters' },
  18: { name: 'PIDSI_APPNAME', field: 'application' },
  19: { name: 'PIDSI_DOC_SECURITY' },
};

const DOC_SUMMARY: Record<number, Prop> = {
  2: { name: 'PIDDSI_CATEGORY', field: 'category' },
  3: { name: 'PIDDSI_PRESFORMAT' },
  4: { name: 'PIDDSI_BYTECOUNT' },
  5: { name: 'PIDDSI_LINECOUNT' },
  6: { name: 'PIDDSI_PARCOUNT' },
  7: { name: 'PIDDSI_SLIDECOUNT' },
  8: { name: 'PIDDSI_NOTECOUNT' },
  9: { name: 'PIDDSI_HIDDENCOUNT' },
  10: { name: 'PIDDSI_MMCLIPCOUNT' },
  11: { name: 'PIDDSI_SCALE' },
  12: { name: 'PIDDSI_HEADINGPAIR' },
  13: { name: 'PIDDSI_DOCPARTS' },
  14: { name: 'PIDDSI_MANAGER', field: 'manager' },
  15: { name: 'PIDDSI_COMPANY', field: 'company' },
  16: { name: 'PIDDSI_LINKSDIRTY' },
  17: { name: 'PIDDSI_CCHWITHSPACES' },
  19: { name: 'PIDDSI_SHAREDDOC' },
  22: { name: 'PIDDSI_HYPERLINKSCHANGED' },
  23: { name: 'PIDDSI_VERSION', field: 'appVersion' },
  26: { name: 'PIDDSI_CONTENTTYPE' },
  27: { name: 'PIDDSI_CONTENTSTATUS' },
  28: { name: 'PIDDSI_LANGUAGE' },
  29: { name: 'PIDDSI_DOCVERSION' },
};

type Value = string | number | boolean | string[] | { filetime: [number, number] } | undefined;

class Reader {
  constructor(
    private readonly buf: Buffer,
    private codepage = 1252,
  ) {}
  ok(at: number, n: number): boolean {
    return at >= 0 && at + n <= this.buf.length;
  }
  u16(at: number): number {
    return this.ok(at, 2) ? this.buf.readUInt16LE(at) : NaN;
  }
  u32(at: number): number {
    return this.ok(at, 4) ? this.buf.readUInt32LE(at) : NaN;
  }
  setCodepage(cp: number): void {
    this.codepage = cp;
  }
  string8(at: number, length: number): string | undefined {
    if (!this.ok(at, length)) return undefined;
    const bytes = this.buf.subarray(at, at + length);
    const cp = this.codepage === 65001 ? 'utf8' : this.codepage === 1200 ? 'utf16le' : `cp${this.codepage}`;
    const text = iconv.encodingExists(cp) ? iconv.decode(bytes, cp) : bytes.toString('latin1');
    return text.replace(/\0[\s\S]*$/, '');
  }
  string16(at: number, chars: number): string | undefined {
    if (!this.ok(at, chars * 2)) return undefined;
    return this.buf.toString('utf16le', at, at + chars * 2).replace(/\0[\s\S]*$/, '');
  }
  /** One typed value (MS-OLEPS TypedPropertyValue) at `at`. */
  value(at: number, depth = 0): Value {
    const type = this.u16(at);
    const v = at + 4;
    switch (type) {
      case 0x02: // VT_I2
        return this.ok(v, 2) ? this.buf.readInt16LE(v) : undefined;
      case 0x03: // VT_I4
      case 0x16: // VT_INT
        return this.ok(v, 4) ? this.buf.readInt32LE(v) : undefined;
      case 0x12: // VT_UI2
        return this.u16(v);
      case 0x13: // VT_UI4
      case 0x17: // VT_UINT
        return this.u32(v);
      case 0x04: // VT_R4
        return this.ok(v, 4) ? this.buf.readFloatLE(v) : undefined;
      case 0x05: // VT_R8
        return this.ok(v, 8) ? this.buf.readDoubleLE(v) : undefined;
      case 0x0b: // VT_BOOL
        return this.ok(v, 2) ? this.buf.readUInt16LE(v) !== 0 : undefined;
      case 0x1e: // VT_LPSTR
        return this.string8(v + 4, this.u32(v));
      case 0x1f: // VT_LPWSTR
        return this.string16(v + 4, this.u32(v));
      case 0x40: // VT_FILETIME
        return this.ok(v, 8) ? { filetime: [this.u32(v), this.u32(v + 4)] } : undefined;
      case 0x101e: // VT_VECTOR | VT_LPSTR
      case 0x101f: // VT_VECTOR | VT_LPWSTR
      case 0x100c: // VT_VECTOR | VT_VARIANT
        return depth === 0 ? this.vector(type, v) : undefined;
      default:
        return undefined; // blobs, clipboard thumbnails, CLSIDs: not metadata an analyst reads
    }
  }
  private vector(type: number, at: number): string[] | undefined {
    const count = Math.min(this.u32(at), 256);
    const out: string[] = [];
    let p = at + 4;
    for (let i = 0; i < count && this.ok(p, 4); i++) {
      if (type === 0x100c) {
        const item = this.value(p, 1);
        const t = this.u16(p);
        out.push(String(item ?? ''));
        p += t === 0x1f ? 8 + align4(this.u32(p + 4) * 2) : t === 0x1e ? 8 + align4(this.u32(p + 4)) : 8;
      } else if (type === 0x101f) {
        const n = this.u32(p);
        out.push(this.string16(p + 4, n) ?? '');
        p += 4 + align4(n * 2);
      } else {
        const n = this.u32(p);
        out.push(this.string8(p + 4, n) ?? '');
        p += 4 + align4(n);
      }
    }
    return out;
  }
}

function align4(n: number): number {
  return Number.isFinite(n) ? (n + 3) & ~3 : 0;
}

function fmtid(buf: Buffer, at: number): string {
  return buf.subarray(at, at + 16).toString('hex');
}

/** Word-version fields: PIDDSI_VERSION holds major in the high word, build in the low ("16.0000"). */
function appVersion(v: number): string {
  return `${v >>> 16}.${String(v & 0xffff).padStart(4, '0')}`;
}

function record(meta: MetadataBuilder, source: string, prop: Prop, value: Value): void {
  if (value === undefined) return;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const [low, high] = value.filetime;
    if (prop.field === 'totalEditSeconds') {
      // PIDSI_EDITTIME is a duration in 100-ns ticks, stored as a FILETIME.
      const seconds = Math.round((high * 2 ** 32 + low) / 1e4) / 1e3;
      meta.add(source, prop.name, seconds, 'totalEditSeconds');
      return;
    }
    const read = readFiletime(low, high);
    meta.addDate(source, prop.name, read?.iso ?? `FILETIME ${high}:${low}`, read, prop.field ?? 'modified');
    return;
  }
  if (prop.name === 'PIDDSI_VERSION' && typeof value === 'number') {
    meta.add(source, prop.name, appVersion(value), 'appVersion');
    return;
  }
  meta.add(source, prop.name, value, prop.field);
}

/** Reads every section of one property set stream into `meta`. */
export function readPropertySet(stream: Buffer, meta: MetadataBuilder, source: string): void {
  const r = new Reader(stream);
  if (r.u16(0) !== 0xfffe) return;
  const sections = Math.min(r.u32(24), 4);
  for (let s = 0; s < sections; s++) {
    const id = fmtid(stream, 28 + s * 20);
    const base = r.u32(28 + s * 20 + 16);
    if (!Number.isFinite(base)) return;
    const count = Math.min(r.u32(base + 4), 1024);
    const entries: { pid: number; at: number }[] = [];
    for (let i = 0; i < count; i++) {
      const pid = r.u32(base + 8 + i * 8);
      const off = r.u32(base + 12 + i * 8);
      if (Number.isFinite(pid) && Number.isFinite(off)) entries.push({ pid, at: base + off });
    }
    const codepage = entries.find((e) => e.pid === 1);
    if (codepage) r.setCodepage(r.u16(codepage.at + 4) & 0xffff);
    if (id === FMTID_USER_DEFINED) {
      readUserDefined(r, entries, meta, `${source} (user-defined)`);
      continue;
    }
    const table = id === FMTID_SUMMARY ? SUMMARY : id === FMTID_DOC_SUMMARY ? DOC_SUMMARY : undefined;
    if (!table) continue;
    for (const { pid, at } of entries) {
      const prop = table[pid];
      if (prop) record(meta, source, prop, r.value(at));
    }
  }
}

function readUserDefined(
  r: Reader,
  entries: { pid: number; at: number }[],
  meta: MetadataBuilder,
  source: string,
): void {
  const dictionary = entries.find((e) => e.pid === 0);
  if (!dictionary) return;
  const names = new Map<number, string>();
  const unicode = entries.some((e) => e.pid === 1 && r.u16(e.at + 4) === 1200);
  const n = Math.min(r.u32(dictionary.at), 1024);
  let p = dictionary.at + 4;
  for (let i = 0; i < n && r.ok(p, 8); i++) {
    const pid = r.u32(p);
    const length = r.u32(p + 4);
    const name = unicode ? r.string16(p + 8, length) : r.string8(p + 8, length);
    if (name !== undefined) names.set(pid, name);
    p += 8 + (unicode ? align4(length * 2) : length);
  }
  for (const { pid, at } of entries) {
    const name = names.get(pid);
    if (!name || pid < 2) continue;
    const value = r.value(at);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      meta.addCustom(source, name, readFiletime(value.filetime[0], value.filetime[1])?.iso);
    } else if (value !== undefined) {
      meta.addCustom(source, name, Array.isArray(value) ? value.join('; ') : value);
    }
  }
}
