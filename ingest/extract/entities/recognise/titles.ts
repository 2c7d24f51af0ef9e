/**
 * Titles, offices and roles written before a person's name, English and French: "CEO Jeff Skilling",
 * "MEVCO Managing Director Phillip Gennarelli", "le ministre Bruno Le Maire", "le Premier ministre Fumimaro
 * Konoe". The name that follows is a person and the title is kept as the mention's role, outside its span
 * (as the CoNLL and WikiNEuRal annotations do). Courtesy titles (M., Mme, Dr) stay in the span: they are
 * how the name is written (rules in classify-runs.ts), and are given as the role too.
 */
import type { Tok } from './tag-text.js';

// Folded single words; titles of several words are in PHRASES.
const TITLES = new Set(
  `ceo cfo coo cto cio cao cco evp svp vp chairman chairwoman chair president vice-president treasurer secretary
  senator sen governor gov mayor commissioner founder co-founder cofounder chancellor ambassador judge justice
  minister congressman congresswoman spokesman spokeswoman spokesperson analyst economist trader lawyer attorney
  prince princess king queen pope bishop cardinal archbishop colonel admiral captain lieutenant sergeant commander
  sheriff coach president-elect premier deputy director manager counsel
  ministre president presidente vice-presidente depute deputee senateur senatrice maire prefet prefete gouverneur
  ambassadeur ambassadrice juge procureur procureure avocat avocate secretaire directeur directrice pdg p-dg
  chancelier chanceliere commissaire conseiller conseillere delegue deleguee porte-parole roi reine princesse
  empereur imperatrice eveque archeveque abbe prophete colonel capitaine commandant marechal amiral
  realisateur realisatrice producteur productrice acteur actrice chanteur chanteuse compositeur compositrice
  ecrivain ecrivaine auteur autrice romancier romanciere poete peintre sculpteur architecte philosophe journaliste
  entraineur entraineuse selectionneur joueur joueuse coequipier coequipiere compatriote rappeur rappeuse
  guitariste pianiste cineaste dramaturge historien historienne geographe economiste footballeur cycliste pilote
  boxeur`
    .split(/\s+/)
    .filter(Boolean),
);
// Multi-word titles, matched before single words so that the longest wins.
const PHRASES = new Set([
  'vice president',
  'executive vice president',
  'senior vice president',
  'vice chairman',
  'managing director',
  'executive director',
  'general manager',
  'general counsel',
  'press secretary',
  'chief executive',
  'chief executive officer',
  'chief financial officer',
  'chief operating officer',
  'attorney general',
  'prime minister',
  'premier ministre',
  "secretaire d'etat",
  'secretaire general',
  'secretaire generale',
  'directeur general',
  'directrice generale',
  'president-directeur general',
]);
// Titles only when written in lower case, as French writes them: "le général Cavaignac" (not "General Motors",
// "Portland General Electric").
const LOWER_CASE_TITLES = new Set(['general']);

const MAX_TITLE_WORDS = 4;
// The words a title can start with: most tokens are none, and are turned down by one set lookup.
const FIRST_WORDS = new Set([...TITLES, ...LOWER_CASE_TITLES, ...[...PHRASES].map((p) => p.split(' ')[0]!)]);

function keyOf(toks: Tok[]): string {
  return toks.map((t) => t.prefix.toLowerCase() + t.key).join(' ');
}

function isTitle(toks: Tok[]): boolean {
  const key = keyOf(toks);
  if (toks.length === 1 && LOWER_CASE_TITLES.has(key)) return !toks[0]!.cap;
  return toks.length === 1 ? TITLES.has(key) : PHRASES.has(key);
}

/** The title as written ("Managing Director", "Premier ministre", "CEO"). */
export function titleText(toks: Tok[]): string {
  return toks
    .map((t, i) => t.prefix + t.text + (i < toks.length - 1 ? (/^\s*$/.test(t.post) ? ' ' : t.post) : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Length of the longest title starting at toks[at] (0 when none). */
export function titleAt(toks: Tok[], at: number): number {
  if (!FIRST_WORDS.has(toks[at]!.key)) return 0;
  for (let n = Math.min(MAX_TITLE_WORDS, toks.length - at); n >= 1; n--) {
    if (isTitle(toks.slice(at, at + n))) return n;
  }
  return 0;
}

/**
 * The title that ends right before the token at `at` in a sentence ("le ministre | Bruno", "the CEO | Jeff"),
 * as [first index, count], or undefined. The words must follow each other with only spaces between them.
 */
export function titleBefore(sentence: Tok[], at: number): [number, number] | undefined {
  for (let n = Math.min(MAX_TITLE_WORDS, at); n >= 1; n--) {
    if (!FIRST_WORDS.has(sentence[at - n]!.key)) continue;
    const toks = sentence.slice(at - n, at);
    if (toks.some((t) => t.post.trim() !== '' && t.post.trim() !== '.')) continue;
    if (isTitle(toks)) return [at - n, n];
  }
  return undefined;
}

/** Whether every word of a run is part of a title (a run "CEO" or "President" alone names nobody). */
export function isOnlyTitle(toks: Tok[]): boolean {
  return toks.length > 0 && titleAt(toks, 0) === toks.length;
}
