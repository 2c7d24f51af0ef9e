/**
 * What the document dump (document-dump.ts) should show as anomalies, derived from the fixtures'
 * answer key (exiftool's author, last editor and dates) and the messages as written there — never
 * from the graph. Per-document: a PDF dated before PDF existed. Cross-document, each by the rule
 * ingest/extract/document-signals/ documents:
 *  - editor-not-correspondent: the key's author or last editor is no correspondent's display name
 *    nor mailbox (compared folded: case, accents, spacing). The code also matches name variants
 *    ("Last, First"); the dump's names are exact or foreign, so the simpler comparison suffices.
 *  - modified-after-sent: the key's modification date more than a day after the first mail carrying it.
 *  - same-name-different-hash: another fixture sent or found under one of its names.
 * The two rules these cannot model — edit bursts (3+ saves of one editor in minutes) and foreign
 * scripts (a profile of 20+ named correspondents) — cannot arise here, and dumpAnomalies says so if
 * the dump grows until they could.
 */
import { keySecond } from '../../ingest/extract/documents/fixtures.js';
import { ALL, LOOSE, MESSAGES, addresses, parseAddress } from './document-dump.js';

type Normalised = Record<string, string | number | string[]>;

// PDF 1.0 was published in 1993: a PDF dated earlier claims a date before its format existed.
export const PDF_EXISTS = Date.parse('1993-01-01T00:00:00Z') / 1000;
const DAY = 24 * 3600;
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The key's create and modify dates of a fixture, in seconds (zoneless = UTC, bare dates at midnight). */
export function keyDates(n: Normalised): number[] {
  return (['create_date', 'modify_date'] as const).flatMap((f) =>
    n[f] ? [keySecond(n[`${f}_iso`] as string | undefined, String(n[f]))] : [],
  );
}

export interface ExpectedAnomalies {
  /** Fixtures with a PDF date before 1993 (the reader's date-before-format). */
  beforeFormat: string[];
  /** Per fixture, the cross-document kinds it should carry (in the order the signals list them). */
  cross: Map<string, string[]>;
  /** Per fixture flagged editor-not-correspondent, its evidence: the outside editors by field. */
  outsiders: Map<string, Record<string, string>>;
  /** Fixtures with any anomaly. */
  anomalous: string[];
}

const EDITOR_FIELDS = [
  ['author', 'author'],
  ['last_modified_by', 'lastModifiedBy'],
] as const;

export function dumpAnomalies(
  keyOf: (fixture: string) => { extension: string; normalized: Normalised },
): ExpectedAnomalies {
  const people = MESSAGES.flatMap((m) => [
    parseAddress(m.headers.from!),
    ...addresses(m.headers.to),
    ...addresses(m.headers.cc),
  ]);
  const known = new Set(people.flatMap((p) => [...(p.name ? [fold(p.name)] : []), fold(p.email.split('@')[0]!)]));
  // The key's editors of a fixture not among the correspondents, by the field the signal names them by.
  const outside = (f: string): Record<string, string> =>
    Object.fromEntries(
      EDITOR_FIELDS.map(([key, field]) => [field, String(keyOf(f).normalized[key] ?? '')]).filter(
        ([, name]) => name.trim() && !known.has(fold(name)),
      ),
    );
  const lastEditors = ALL.map((f) => keyOf(f).normalized.last_modified_by ?? keyOf(f).normalized.author);
  if (
    new Set(people.map((p) => p.email)).size >= 20 ||
    lastEditors.some((e) => e && lastEditors.filter((x) => x === e).length >= 3)
  )
    throw new Error('the dump could now raise edit bursts or foreign scripts: model them in document-expectations.ts');

  const names = new Map<string, Set<string>>();
  const sentAs = [
    ...MESSAGES.flatMap((m) => m.attachments.map((a) => [a.name, a.fixture] as const)),
    ...LOOSE.map((l) => [l.name, l.fixture] as const),
  ];
  for (const [name, f] of sentAs) names.set(name, (names.get(name) ?? new Set()).add(f));
  const firstSent = (f: string) => {
    const dates = MESSAGES.filter((m) => m.attachments.some((a) => a.fixture === f)).map(
      (m) => Date.parse(m.headers.date) / 1000,
    );
    return dates.length ? Math.min(...dates) : null;
  };

  const beforeFormat = ALL.filter(
    (f) => keyOf(f).extension === 'pdf' && keyDates(keyOf(f).normalized).some((s) => s < PDF_EXISTS),
  );
  const cross = new Map<string, string[]>();
  const outsiders = new Map<string, Record<string, string>>();
  for (const f of ALL) {
    if (Object.keys(outside(f)).length) outsiders.set(f, outside(f));
    const n = keyOf(f).normalized;
    const modified = n.modify_date ? keySecond(n.modify_date_iso as string | undefined, String(n.modify_date)) : null;
    const sent = firstSent(f);
    cross.set(f, [
      ...(outsiders.has(f) ? ['editor-not-correspondent'] : []),
      ...(modified !== null && sent !== null && modified - sent > DAY ? ['modified-after-sent'] : []),
      ...(sentAs.some(([name, g]) => g === f && names.get(name)!.size > 1) ? ['same-name-different-hash'] : []),
    ]);
  }
  const anomalous = ALL.filter((f) => beforeFormat.includes(f) || cross.get(f)!.length > 0).sort();
  return { beforeFormat: beforeFormat.sort(), cross, outsiders, anomalous };
}
