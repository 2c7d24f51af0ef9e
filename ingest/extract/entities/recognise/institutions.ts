/**
 * French parties, institutions and public bodies whose names are written partly in lower case or open with a
 * function word, so no capitalised run covers them whole: "En Marche !", "la Caisse des dépôts", "Cour des
 * comptes", "Rassemblement national", and ministries ("ministère de l'Intérieur"). Matched word by word on
 * the tagged sentence (a set lookup per word), longest first. Written for this project from the names in
 * public use; the list is short on purpose: capitalised names are the rules' business.
 */
import type { Tok } from './tag-text.js';

const NAMES = `
en marche | la republique en marche | republique en marche | les republicains | parti socialiste | parti communiste francais
rassemblement national | front national | la france insoumise | france insoumise | europe ecologie les verts
mouvement democrate | modem | union des democrates et independants | lutte ouvriere | nouveau parti anticapitaliste
debout la france | reconquete | parti radical | union pour un mouvement populaire | les verts | generation ecologie
caisse des depots | caisse des depots et consignations | banque de france | banque publique d'investissement
cour des comptes | cour de cassation | conseil d'etat | conseil constitutionnel | conseil economique social et environnemental
assemblee nationale | senat | quai d'orsay | autorite des marches financiers | autorite de la concurrence
commission europeenne | parlement europeen | conseil europeen | banque centrale europeenne | cour de justice de l'union europeenne
parquet national financier | agence francaise de developpement | pole emploi | france travail | haute autorite de sante
haute autorite pour la transparence de la vie publique | conseil superieur de la magistrature | cour europeenne des droits de l'homme
`
  .split(/[|\n]/)
  .map((n) => n.trim())
  .filter(Boolean)
  .map((n) => n.split(/\s+|(?<=')/).filter(Boolean));

// A ministry: "ministère de l'Intérieur", "ministère des Armées", "ministère de la Transition écologique".
const MINISTRY = new Set(['ministere', 'secretariat']);
const LINKS = new Set(['de', 'des', 'du', 'la', "l'"]);

const byHead = new Map<string, string[][]>();
for (const words of NAMES.sort((a, b) => b.length - a.length)) {
  const list = byHead.get(words[0]!) ?? [];
  list.push(words);
  byHead.set(words[0]!, list);
}

/** The words a token stands for in the list: elided articles ("l'") are their own word. */
function keysOf(tok: Tok): string[] {
  return tok.prefix ? [tok.prefix.toLowerCase().replace('’', "'"), tok.key] : [tok.key];
}

function matchAt(sentence: Tok[], i: number, words: string[]): number {
  let w = 0;
  let j = i;
  while (w < words.length && j < sentence.length) {
    for (const key of keysOf(sentence[j]!)) {
      if (key !== words[w]) return 0;
      w++;
    }
    j++;
  }
  return w === words.length ? j - i : 0;
}

/** "ministère de l'Intérieur (et des Outre-mer)": the ministry word, links, and the capitalised name. */
function ministryAt(sentence: Tok[], i: number): number {
  if (!MINISTRY.has(sentence[i]!.key)) return 0;
  let j = i + 1;
  while (j < sentence.length && LINKS.has(sentence[j]!.key) && !sentence[j]!.cap) j++;
  if (j >= sentence.length || !sentence[j]!.cap || j === i + 1) return 0;
  return j + 1 - i;
}

/** [first token, token count] of each institution named in a sentence. */
export function findInstitutions(sentence: Tok[]): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < sentence.length; i++) {
    const tok = sentence[i]!;
    const head = tok.prefix ? tok.prefix.toLowerCase().replace('’', "'") : tok.key;
    let n = ministryAt(sentence, i);
    for (const words of byHead.get(head) ?? []) {
      if (n) break;
      n = matchAt(sentence, i, words);
    }
    // A name in the list needs a capital somewhere ("le sénat romain" aside, "Sénat" is the institution).
    if (n && sentence.slice(i, i + n).some((t) => t.cap)) {
      found.push([i, n]);
      i += n - 1;
    }
  }
  return found;
}
