/**
 * Caps on text taken from the leak into names and fields: archive entry names, header values,
 * attachment names. A hostile dump can carry a 3 MB tar entry name or a header of megabytes; kept
 * whole, it would land in every Copy, every failure and every line the CLI prints about it. A
 * capped value keeps its start and says how much was cut, so the analyst sees that it was.
 * (The bytes themselves stay in the source: `leakgraph show --raw` reads them again.)
 */

// Real header values stay far below this (the longest subject seen in a public list archive: 8.6 KB,
// kept whole); past it a header is a payload, not a header.
export const MAX_HEADER_CHARS = 16_384;
// Longer than any path a file system accepts (PATH_MAX is 4,096 bytes).
export const MAX_NAME_CHARS = 1_024;

const mark = (cut: number) => `… [${cut} more characters cut]`;

/**
 * `value` when it has at most `max` characters (UTF-16 units); else its start and a mark saying how
 * many characters were cut, `max` characters in all, so capping a capped value changes nothing.
 */
export function capText(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = max - mark(value.length).length;
  // Never end on the first half of a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(value[end - 1] ?? '')) end--;
  return `${value.slice(0, end)}${mark(value.length - end)}`;
}

export const capHeader = (value: string): string => capText(value, MAX_HEADER_CHARS);
export const capName = (value: string): string => capText(value, MAX_NAME_CHARS);
