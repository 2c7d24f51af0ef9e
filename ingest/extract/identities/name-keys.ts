/**
 * ③ identities: what makes two display names "the same name". "Slinger, Ryan", "Ryan Slinger"
 * and "RYAN SLINGER" are one name; "Ryan" alone is not a full name and never joins anything.
 */

/** "Slinger, Ryan" → "Ryan Slinger"; anything else unchanged (trimmed, quotes dropped). */
export function displayForm(name: string): string {
  const clean = name.replace(/^["'\s]+|["'\s]+$/g, '').replace(/\s+/g, ' ');
  const lastFirst = /^([^,]+),\s*([^,]+)$/.exec(clean);
  return lastFirst ? `${lastFirst[2]!.trim()} ${lastFirst[1]!.trim()}` : clean;
}

/**
 * Key for comparing full names: display form, accents and case folded, punctuation dropped.
 * Undefined for names too thin to identify anyone (fewer than two words of two letters or more).
 */
export function fullNameKey(name: string): string | undefined {
  const words = displayForm(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words.filter((w) => w.length >= 2).length < 2) return undefined;
  return words.join(' ');
}
