/**
 * Country names in English and French, from i18n-iso-countries (the maintained ISO 3166 name tables), with
 * the short forms the tables lack, and the cities compromise's own lexicon (which has most) misses.
 */
import { createRequire } from 'node:module';

import { fold } from '../../normalise/normalise-mention.js';

const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

const require = createRequire(import.meta.url);

interface CountryNames {
  countries: Record<string, string | string[]>;
}

// Short or usual forms people write that the official tables spell otherwise.
const EXTRA = [
  'etats-unis',
  'royaume-uni',
  'pays-bas',
  'emirats arabes unis',
  'coree du sud',
  'coree du nord',
  'republique tcheque',
  'europe',
  'afrique',
  'asie',
  'amerique',
  'oceanie',
  'moyen-orient',
  'proche-orient',
  'maghreb',
  'occident',
  'america',
  'asia',
  'africa',
  'middle east',
  'latin america',
  'north america',
  'south america',
  'scandinavia',
  'ile-de-france',
  'bretagne',
  'normandie',
  'provence',
  'alsace',
  'lorraine',
  'bourgogne',
  'aquitaine',
  'corse',
  'savoie',
  'occitanie',
  'auvergne',
  'picardie',
  'champagne',
  'languedoc',
  'gascogne',
  'anjou',
  'touraine',
  'wallonie',
  'flandre',
];

// Cities compromise's lexicon lacks or files under Person ("houston", "austin"), French-speaking ones first,
// then the French names of foreign cities (GeoNames' main names are the local ones: London, not Londres).
const CITIES = `
bordeaux lille rennes reims toulon grenoble dijon angers nimes villeurbanne clermont-ferrand le-havre saint-etienne
brest tours amiens limoges perpignan metz besancon orleans rouen mulhouse caen nancy avignon poitiers pau la-rochelle
calais cannes antibes ajaccio bastia versailles nanterre creteil bobigny argenteuil montreuil saint-denis boulogne-billancourt
bruxelles liege namur charleroi anvers gand geneve lausanne berne bale luxembourg monaco quebec montreal sherbrooke
alger oran casablanca rabat tunis dakar abidjan
londres edimbourg douvres moscou varsovie prague vienne venise naples florence milan turin genes rome munich
cologne francfort hambourg seville barcelone lisbonne athenes le-caire jerusalem beyrouth pekin tokyo copenhague
la-haye bruges anvers la-nouvelle-orleans philadelphie
houston austin omaha tulsa spokane sacramento fresno tucson albuquerque
`;

function countryNames(): Set<string> {
  const names = new Set(EXTRA);
  for (const city of CITIES.split(/\s+/).filter(Boolean)) {
    names.add(city);
    names.add(city.replace(/-/g, ' '));
  }
  for (const lang of ['en', 'fr']) {
    const table = require(`i18n-iso-countries/langs/${lang}.json`) as CountryNames;
    for (const value of Object.values(table.countries)) {
      for (const name of Array.isArray(value) ? value : [value]) names.add(fold(name));
    }
  }
  return names;
}

/** Folded country, region and city names ("france", "etats-unis", "united states", "houston"). */
export const COUNTRIES: ReadonlySet<string> = countryNames();

/** Compass words that make a name a place: "Caroline du Sud", "North Dakota". */
export const COMPASS = wordSet(`
nord sud est ouest north south east west northern southern eastern western
`);
