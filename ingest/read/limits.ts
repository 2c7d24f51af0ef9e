/**
 * ① read: the bounds on hostile input. Leaked dumps are not trusted: an archive can claim a
 * petabyte (zip bombs), hold millions of empty entries, nest archives without end, or hide a
 * "message" the size of a disk image. Each bound stops one such input with an issue that names
 * the limit and the command-line option that raises it; the rest of the dump is still read.
 */

export interface ReadLimits {
  /** A single message larger than this is reported, not parsed. */
  maxMessageBytes: number;
  /** Bytes decompressed out of one archive on disk, every nested layer included. */
  maxArchiveBytes: number;
  /** Entries listed in one archive on disk, every nested layer included. */
  maxArchiveEntries: number;
  /** Containers inside containers (a .tar.gz is two: gzip, then tar). */
  maxArchiveDepth: number;
  /**
   * A zip or PST found inside another archive needs random access, so it is held in memory; this
   * bounds what all such nested containers of one archive on disk hold at once.
   */
  maxBufferedBytes: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

// Real mail with attachments reaches tens of MB; beyond this it is a disk image, not a message.
export const DEFAULT_MAX_MESSAGE_BYTES = 64 * MiB;
// The full Enron tarball expands to 1.7 GB and the largest public leak archives to tens of GB;
// a zip bomb expands to petabytes. At ~300 MB/s of inflate this stops one after a few minutes.
export const DEFAULT_MAX_ARCHIVE_BYTES = 64 * GiB;
// The full Enron tarball holds 517,401 files; millions of entries more is a bomb of empty files.
export const DEFAULT_MAX_ARCHIVE_ENTRIES = 5_000_000;
// Real dumps nest a few levels (a zip of per-custodian .tar.gz of mbox.gz is four); 42.zip nests six.
export const DEFAULT_MAX_ARCHIVE_DEPTH = 8;
// Held in memory, so bounded well below the ingest's 1 GB memory target; larger nested
// archives are reported with the advice to unpack the outer one first.
export const DEFAULT_MAX_BUFFERED_BYTES = 512 * MiB;

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES,
  maxArchiveBytes: DEFAULT_MAX_ARCHIVE_BYTES,
  maxArchiveEntries: DEFAULT_MAX_ARCHIVE_ENTRIES,
  maxArchiveDepth: DEFAULT_MAX_ARCHIVE_DEPTH,
  maxBufferedBytes: DEFAULT_MAX_BUFFERED_BYTES,
};

/** The command-line option that raises each limit, quoted in every message about it. */
export const LIMIT_OPTIONS: Record<keyof ReadLimits, string> = {
  maxMessageBytes: '--max-message-mb',
  maxArchiveBytes: '--max-archive-gb',
  maxArchiveEntries: '--max-archive-entries',
  maxArchiveDepth: '--max-archive-depth',
  maxBufferedBytes: '--max-buffer-mb',
};

function formatBytes(n: number): string {
  if (n >= GiB && n % GiB === 0) return `${n / GiB} GiB`;
  if (n >= MiB && n % MiB === 0) return `${n / MiB} MiB`;
  return `${n} bytes`;
}

/** "the 64 MiB limit on one message (raise it with --max-message-mb)" */
export function describeLimit(limits: ReadLimits, which: keyof ReadLimits): string {
  const value = limits[which];
  const what: Record<keyof ReadLimits, string> = {
    maxMessageBytes: `the ${formatBytes(value)} limit on one message`,
    maxArchiveBytes: `the ${formatBytes(value)} limit on bytes decompressed from one archive`,
    maxArchiveEntries: `the ${value.toLocaleString('en-US')}-entry limit on one archive`,
    maxArchiveDepth: `the limit of ${value} nested containers`,
    maxBufferedBytes: `the ${formatBytes(value)} limit on nested archives held in memory (all levels at once)`,
  };
  return `${what[which]} (raise it with ${LIMIT_OPTIONS[which]})`;
}

/** Rejects limits that would disable a bound or make no sense (zero, negative, fractional). */
export function checkReadLimits(limits: ReadLimits): ReadLimits {
  for (const key of Object.keys(DEFAULT_READ_LIMITS) as (keyof ReadLimits)[]) {
    const value = limits[key];
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(
        `read limit ${key} (${LIMIT_OPTIONS[key]}): expecting a whole number ≥ 1, got ${String(value)}`,
      );
    }
  }
  return limits;
}
