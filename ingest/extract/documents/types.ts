/**
 * ③ extract (documents): the types of one read document — an attachment or a loose file — as
 * evidence. Leaf module: imports nothing internal, so the graph phase, the API and the workers can
 * take these types without pulling a parser in.
 *
 *   bytes ──readDocument──▶ DocumentRecord { identity, format, status, text, metadata, structure, anomalies }
 */

/** What the bytes are, decided from their content (magic numbers, container entries), never from the name. */
export type DocumentFormat =
  | 'pdf'
  | 'docx'
  | 'doc'
  | 'xlsx'
  | 'xls'
  | 'pptx'
  | 'ppt'
  | 'odt'
  | 'ods'
  | 'odp'
  | 'rtf'
  | 'html'
  | 'text'
  | 'csv'
  | 'eml'
  | 'msg'
  | 'image'
  | 'wordperfect'
  | 'ole'
  | 'zip'
  | 'tar'
  | 'gzip'
  | 'unknown';

/** What the analyst deals with: messages (.eml/.msg) become messages in the pipeline, not documents;
 * an archive's files become documents of their own (CONTAINS). */
export type DocumentKind =
  'document' | 'spreadsheet' | 'presentation' | 'text' | 'message' | 'image' | 'archive' | 'other';

/**
 * ok: read. encrypted: password-protected, only what is in clear was read (see `encryption`).
 * corrupt: damaged beyond reading. truncated: cut off (a zip without its directory, a PDF without
 * its end). unsupported: a format this reader does not read (WordPerfect, an image without OCR).
 * oversize: larger than the byte limit, not opened. timeout / too-complex: a time, memory or
 * structure limit was hit (zip bomb, billion laughs, decompression bomb, nesting) — `reason` names it.
 */
export type DocumentStatus =
  'ok' | 'encrypted' | 'corrupt' | 'truncated' | 'unsupported' | 'oversize' | 'timeout' | 'too-complex';

/** text: the format has a text layer. none: it has none (scanned PDF, image) and OCR did not run. ocr: text came from OCR. */
export type TextLayer = 'text' | 'none' | 'ocr';

export type RawValue = string | number | boolean | string[];

/** One metadata field exactly as the format holds it: where it sits, under which tag, with which value. */
export interface RawField {
  /** The part of the file: "docProps/core.xml", "SummaryInformation", "PDF Info", "XMP", "RTF \\info", "Word DOP"… */
  source: string;
  /** The tag as the format names it: "dc:creator", "PIDSI_AUTHOR", "/Author", "\\operator"… */
  tag: string;
  value: RawValue;
}

/** The fields every format shares, normalised: strings trimmed, dates as ISO 8601 UTC. */
export interface NormalisedMetadata {
  author?: string;
  lastModifiedBy?: string;
  company?: string;
  manager?: string;
  title?: string;
  subject?: string;
  keywords?: string;
  description?: string;
  category?: string;
  template?: string;
  /** Program that wrote the file as it names itself ("Microsoft Office Word", "LibreOffice/7.3…"). */
  application?: string;
  /** Its version as the file records it ("16.0000", "12.0"). */
  appVersion?: string;
  /** PDF: the program that wrote the PDF (/Producer, pdf:Producer). */
  producer?: string;
  /** PDF: the program the document was made in (/Creator, xmp:CreatorTool). */
  creatorTool?: string;
  created?: string;
  modified?: string;
  printed?: string;
  revision?: number;
  /** Total editing time in seconds (OLE stores seconds, OOXML/RTF minutes, ODF an ISO duration). */
  totalEditSeconds?: number;
  pages?: number;
  words?: number;
  characters?: number;
  /** Declared language: a BCP 47 tag ("en-US") or a Windows LCID number as text ("1033"). */
  language?: string;
  /** User-defined properties (OOXML custom.xml, OLE user-defined set, ODF meta:user-defined, PDF Info extras). */
  custom: Record<string, string | number | boolean>;
  /** The embedded XMP packet, when there is one (capped). */
  xmp?: string;
  /** For each normalised field, the raw field it came from ("docProps/core.xml dc:creator"). */
  sources: Partial<Record<NormalisedField, string>>;
  /** Fields whose candidate raw tags disagree (PDF Info vs XMP, SummaryInformation vs the Word DOP). */
  conflicts: MetadataConflict[];
}

export type NormalisedField = Exclude<keyof NormalisedMetadata, 'custom' | 'xmp' | 'sources' | 'conflicts'>;

export interface MetadataConflict {
  field: NormalisedField;
  values: { source: string; value: RawValue }[];
}

/** A person named in metadata, with the writing system(s) of the name. */
export interface MetadataPerson {
  role: 'author' | 'lastModifiedBy' | 'manager' | 'xmpCreator';
  name: string;
  /** Unicode scripts of the letters ("Latin", "Cyrillic", "Han"…), most letters first. */
  scripts: string[];
}

/** Facts about how the file was built, for forgery checks; only those the format has are set. */
export interface StructureFacts {
  /** PDF header version ("1.7"). */
  pdfVersion?: string;
  /** PDF: count of %%EOF markers and startxref keywords; linearized files carry one extra. */
  pdfEofMarkers?: number;
  pdfStartxrefs?: number;
  pdfLinearized?: boolean;
  /** PDF: saves appended to the original file (each adds a startxref), linearization accounted for. */
  pdfIncrementalUpdates?: number;
  /** PDF optional content groups (layers) that were never flattened, by name. */
  pdfLayers?: string[];
  pdfHasForms?: boolean;
  pdfHasXfa?: boolean;
  pdfHasSignatures?: boolean;
  pdfHasJavaScript?: boolean;
  /** Files embedded in the document (PDF attachments, OLE ObjectPool objects, OOXML embeddings). */
  embeddedObjects?: number;
  /** OOXML app.xml AppVersion / OLE PIDDSI_VERSION as recorded ("16.0000"). */
  officeAppVersion?: string;
  /** Word FIB nFib (file format revision) and the Word generation it implies. */
  wordFib?: number;
  /** OOXML: strict (ISO 29500) rather than transitional namespaces. */
  ooxmlStrict?: boolean;
  hasMacros?: boolean;
  /** OLE: depth of the storage tree and its entry count. */
  oleDepth?: number;
  oleEntries?: number;
  /** ODF: office:version. */
  odfVersion?: string;
  /** OOXML/ODF: parts read whose bytes do not give the CRC-32 the package records for them. */
  packageCrcMismatches?: PackageCrcMismatch[];
}

/** A package part (a zip entry) whose bytes do not give the CRC-32 its entry records. */
export interface PackageCrcMismatch {
  part: string;
  /** The CRC-32 the zip records, and the one the part's bytes give (8 lower-case hex digits). */
  recorded: string;
  actual: string;
}

export interface EncryptionInfo {
  /** Each fact that shows it: "PDF /Encrypt dictionary (Standard, V2 R3)", "OLE EncryptedPackage stream"… */
  evidence: string[];
  /** True when the file opened without a password (an empty user password): the text was read. */
  readableWithoutPassword: boolean;
}

export type AnomalyKind =
  | 'created-after-modified'
  | 'date-in-future'
  | 'date-before-format'
  | 'application-newer-than-saved'
  | 'producer-is-editor'
  | 'pdf-incremental-updates'
  | 'pdf-unflattened-layers'
  | 'package-part-altered';

/** One sign that the document may not be what it claims; never a verdict. */
export interface DocumentAnomaly {
  kind: AnomalyKind;
  /** Plain language: what was seen and what could explain it. */
  explanation: string;
  /** The field values it rests on, by raw source and tag. */
  evidence: { field: string; value: RawValue }[];
}

export interface DocumentRecord {
  sha256: string;
  size: number;
  /** File name as found (attachment filename, path basename). */
  name?: string;
  /** Content type as declared by the carrying message part, if any. */
  declaredType?: string;
  format: DocumentFormat;
  /** Finer detail of the format: "Word 97-2003", "Word 6/95", "BIFF4", "PDF 1.7", "OOXML strict". */
  formatDetail?: string;
  mimeType: string;
  kind: DocumentKind;
  /** Set when the name's extension says another format than the content (a WordPerfect file named .doc). */
  extensionMismatch?: { extension: string; detected: DocumentFormat };
  status: DocumentStatus;
  /** Plain-language reason for any status other than ok, naming the limit or evidence; for an ok
   * document, a note on how it was read (a misnamed file, a scan without text layer). */
  reason?: string;
  encryption?: EncryptionInfo;
  text: string;
  textTruncated: boolean;
  textLayer: TextLayer;
  /** ISO 639-1 of the text ("en", "fr") or "und". */
  language: string;
  /** Counted from the extracted text (the metadata's claimed counts are in metadata.normalised). */
  counts: { pages?: number; words: number; characters: number };
  metadata: { raw: RawField[]; normalised: NormalisedMetadata };
  /** People named in metadata with their scripts, for the corpus-level comparison. */
  people: MetadataPerson[];
  structure: StructureFacts;
  anomalies: DocumentAnomaly[];
  /** Milliseconds spent reading (for the benchmark and the slowest-document report). */
  elapsedMs: number;
}
