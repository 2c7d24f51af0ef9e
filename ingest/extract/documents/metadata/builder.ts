/**
 * ③ extract (documents): gathers a document's metadata as the format holds it (raw fields, each
 * with its source and tag) and derives the normalised view. Readers add candidates in their order
 * of trust (the PDF Info dictionary before XMP, SummaryInformation before the Word DOP); the first
 * readable one wins and any candidate with a different value is kept as a conflict, because two
 * places in one file disagreeing about its author or date is itself evidence.
 */
import type { MetadataConflict, NormalisedField, NormalisedMetadata, RawField, RawValue } from '../types.js';
import type { ReadDate } from './dates.js';

const DATE_FIELDS = new Set<NormalisedField>(['created', 'modified', 'printed']);
const NUMBER_FIELDS = new Set<NormalisedField>(['revision', 'totalEditSeconds', 'pages', 'words', 'characters']);
// Raw string values beyond this are not metadata but payloads (an XMP packet is kept separately).
const MAX_RAW_STRING = 4096;
const MAX_XMP_CHARS = 64 * 1024;
// Custom properties that stand for a standard field.
const CUSTOM_STANDARD: Record<string, NormalisedField> = { AppVersion: 'appVersion', Language: 'language' };

type Candidate = { where: string; value: string | number; raw: RawValue };

function cleanString(value: RawValue): RawValue {
  if (typeof value === 'string') {
    const trimmed = value.replace(/\0+$/g, '').trim();
    return trimmed.length > MAX_RAW_STRING ? trimmed.slice(0, MAX_RAW_STRING) : trimmed;
  }
  if (Array.isArray(value)) return value.map((v) => cleanString(v) as string);
  return value;
}

export class MetadataBuilder {
  private readonly raw: RawField[] = [];
  private readonly candidates = new Map<NormalisedField, Candidate[]>();
  private readonly custom: Record<string, string | number | boolean> = {};
  private xmp?: string;
  private readonly lateCandidates: [NormalisedField, string, RawValue][] = [];

  /** Records a raw field; with `field`, it is also a candidate for that normalised field. */
  add(source: string, tag: string, value: RawValue | undefined, field?: NormalisedField): void {
    if (value === undefined || value === null) return;
    const cleaned = cleanString(value);
    if (cleaned === '' || (Array.isArray(cleaned) && cleaned.length === 0)) return;
    this.raw.push({ source, tag, value: cleaned });
    if (field) this.candidate(field, `${source} ${tag}`, cleaned, cleaned);
  }

  /** A date field: the raw text is kept as is, the candidate is the UTC instant. */
  addDate(
    source: string,
    tag: string,
    raw: RawValue | undefined,
    read: ReadDate | undefined,
    field: NormalisedField,
  ): void {
    if (raw === undefined || raw === '') return;
    this.raw.push({ source, tag, value: cleanString(raw) });
    if (read)
      this.candidate(field, `${source} ${tag}${read.zoneless ? ' (no time zone; read as UTC)' : ''}`, read.iso, raw);
  }

  /**
   * A user-defined property. A few writers keep standard fields there (LibreOffice and Office 2013+
   * store "AppVersion" as a custom property); those are candidates for the standard field after
   * the standard places.
   */
  addCustom(source: string, name: string, value: string | number | boolean | undefined): void {
    if (value === undefined || value === '') return;
    const cleaned = cleanString(value) as string | number | boolean;
    this.raw.push({ source, tag: name, value: cleaned });
    if (!(name in this.custom)) this.custom[name] = cleaned;
    const standard = CUSTOM_STANDARD[name];
    if (standard) this.lateCandidates.push([standard, `${source} ${name}`, cleaned]);
  }

  setXmp(packet: string): void {
    this.xmp ??= packet.length > MAX_XMP_CHARS ? packet.slice(0, MAX_XMP_CHARS) : packet;
  }

  private candidate(field: NormalisedField, where: string, value: RawValue, raw: RawValue): void {
    let normal: string | number | undefined;
    if (NUMBER_FIELDS.has(field)) {
      const n = typeof value === 'number' ? value : Number(String(value).trim());
      normal = Number.isFinite(n) ? n : undefined;
    } else if (DATE_FIELDS.has(field)) {
      normal = String(value);
    } else {
      normal = Array.isArray(value) ? value.join('; ') : String(value).trim() || undefined;
    }
    if (normal === undefined) return;
    const list = this.candidates.get(field) ?? [];
    list.push({ where, value: normal, raw });
    this.candidates.set(field, list);
  }

  build(): { raw: RawField[]; normalised: NormalisedMetadata } {
    for (const [field, where, value] of this.lateCandidates.splice(0)) this.candidate(field, where, value, value);
    const normalised: NormalisedMetadata = { custom: this.custom, sources: {}, conflicts: [] };
    for (const [field, list] of this.candidates) {
      const first = list[0]!;
      (normalised as unknown as Record<string, unknown>)[field] = first.value;
      normalised.sources[field] = first.where;
      const differing = list.filter((c) => c.value !== first.value);
      if (differing.length > 0) {
        const conflict: MetadataConflict = {
          field,
          values: [first, ...differing].map((c) => ({ source: c.where, value: c.raw })),
        };
        normalised.conflicts.push(conflict);
      }
    }
    if (this.xmp) normalised.xmp = this.xmp;
    return { raw: this.raw, normalised };
  }
}
