/**
 * Given names and surnames of many countries, from @faker-js/faker's locale tables (maintained lists of
 * real names per locale, used here as a lexicon, never to generate anything). Latin-script locales only:
 * the text this project reads writes names in Latin letters. Folded (lower case, no accents).
 * About 17,000 given names and 14,000 surnames; 13 MB of heap; built once (lexicon-cache.ts), then read by each
 * worker (instead of loading the 34 locale modules).
 */
import { fold } from '../../normalise/normalise-mention.js';
import { cachedLexicon } from './lexicon-cache.js';

const LOCALES = `
af_ZA cs_CZ cy da de en en_IN en_NG en_GH en_ZA es fi fr hr hu id_ID it lv nb_NO nl pl pt_BR pt_PT ro sk sl_SI sv tr
vi yo_NG zu_ZA sr_RS_latin uz_UZ_latin ku_kmr_latin
`
  .split(/\s+/)
  .filter(Boolean);

interface PersonDefinitions {
  first_name?: Record<string, string[]>;
  last_name?: Record<string, string[]>;
}

interface FakerModule {
  faker: { rawDefinitions: { person?: PersonDefinitions } };
}

async function readNames(): Promise<{ given: string[]; surnames: string[] }> {
  const given = new Set<string>();
  const surnames = new Set<string>();
  for (const locale of LOCALES) {
    const { faker } = (await import(`@faker-js/faker/locale/${locale}`)) as FakerModule;
    const person = faker.rawDefinitions.person ?? {};
    for (const list of Object.values(person.first_name ?? {})) for (const name of list) given.add(fold(name));
    for (const list of Object.values(person.last_name ?? {})) {
      // Surname patterns ("{{person.last_name}}-{{…}}") are not names.
      for (const name of list) if (!name.includes('{')) surnames.add(fold(name));
    }
  }
  return { given: [...given], surnames: [...surnames] };
}

const LISTS = await cachedLexicon('given-names', ['given', 'surnames'], readNames);
const NAMES = { given: new Set(LISTS.given), surnames: new Set(LISTS.surnames) };

/** A folded word some locale lists as a given name ("shimon" no, "daniil", "katarzyna", "lamine" yes). */
export function isGivenName(key: string): boolean {
  return NAMES.given.has(key);
}

/** A folded word some locale lists as a surname. */
export function isSurname(key: string): boolean {
  return NAMES.surnames.has(key);
}
