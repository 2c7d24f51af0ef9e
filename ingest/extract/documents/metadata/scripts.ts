/**
 * ③ extract (documents): the writing systems of a name ("Рошка Георгий Петрович" → Cyrillic), by
 * the Unicode Script property of its letters. The graph phase compares them with the scripts of
 * the corpus's correspondents: a Cyrillic editor in a French campaign's files is worth a look.
 */

// Scripts seen in European and world office documents; letters of any other script count as "Other".
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Thai',
  'Devanagari',
  'Armenian',
  'Georgian',
] as const;
const PATTERNS = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

/** Scripts of the letters of `text`, most letters first; empty when it has no letters. */
export function scriptsOf(text: string): string[] {
  const counts = new Map<string, number>();
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    const script = PATTERNS.find(([, re]) => re.test(char))?.[0] ?? 'Other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}
