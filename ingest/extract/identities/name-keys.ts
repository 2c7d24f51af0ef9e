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

/**
 * A looser key, for suggesting (never deciding) that two persons may be one: first and last word
 * of the name, with initials, bracketed suffixes and export debris left out, so "Kenneth Lay",
 * "Kenneth L. Lay (E-mail)", "Lay, Kenneth" and Exchange's "kenneth.l.lay.com" share it. Undefined
 * for names that are addresses or too thin (fewer than two words of two letters or more).
 */
export function variantNameKey(name: string): string | undefined {
  let text = name.replace(/\\/g, '').replace(/@ENRON\b/gi, '');
  // "someone@isp.net (Jeff Silver)": the name is the bracketed part; otherwise brackets hold a suffix such as "(E-mail)".
  const bracketed = /^\s*\S+@\S+\s*\(([^()]+)\)\s*$/.exec(text);
  text = bracketed ? bracketed[1]! : text.replace(/\([^()]*\)/g, ' ');
  if (text.includes('@')) return undefined;
  // Exchange turned some addresses into names: "steven.p.south.com" for steven.p.south@enron.com.
  text = text.replace(/\.(com|net|org)\s*$/i, '');
  const words = (fullNameKey(text.replace(/[._]/g, ' ')) ?? '').split(' ').filter((w) => w.length >= 2);
  return words.length >= 2 ? `${words[0]} ${words.at(-1)}` : undefined;
}
