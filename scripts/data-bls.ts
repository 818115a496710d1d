// Rewrites the BLS figures of the site's occupations from BLS files as BLS publishes them:
//   npm run data:bls -- <folder> [--out content] [--accessed 2026-12-01] [--top-coded 115,239200]
// The folder holds oesm<yy>nat.zip and/or oesm<yy>st.zip (or the national_M<yyyy>_dl / state_M<yyyy>_dl
// sheet inside, as .xlsx or .csv), and optionally the Employment Projections occupation.xlsx. Writes
// content/bls/oews-<yyyy>.yaml, content/bls/projections-<period>.yaml and the sources they cite.
// The site's occupations are the file names of content/occupations/*.yaml. Parsing is in lib/bls,
// file reading in scripts/bls/files.ts.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import {
  mergeOccupations,
  oewsSource,
  projectionsSource,
  readOewsSheet,
  readProjectionsTable,
  readTopCodedWages,
  releaseSourceIds,
  releaseYaml,
  sourceYaml,
  spanishSourceYaml,
  type Release,
  type TopCodedWages,
} from '../lib/bls';
import { SPANISH_CONTENT_DIR } from '../lib/content/spanish-dir';
import { oewsSheets, readSheetFile } from './bls/files';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'content' },
    accessed: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    'top-coded': { type: 'string' },
  },
});

const folder = positionals[0];
if (!folder) {
  console.error(
    'Usage: npm run data:bls -- <folder of BLS files> [--out content] [--accessed YYYY-MM-DD]',
  );
  process.exit(1);
}
const outDir = values.out ?? 'content';
const accessed = values.accessed ?? '';
if (!/^\d{4}-\d{2}-\d{2}$/.test(accessed))
  throw new Error(`--accessed "${accessed}" is not YYYY-MM-DD`);

function topCodedOption(): TopCodedWages | undefined {
  const option = values['top-coded'];
  if (option === undefined) return undefined;
  const [hourly, annual] = option.split(',').map(Number);
  if (!hourly || !annual) throw new Error(`--top-coded "${option}" is not <hourly>,<annual>`);
  return { hourly, annual };
}

const siteOccupations = new Set(
  readdirSync(path.join(outDir, 'occupations'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.replace(/\.yaml$/, '')),
);

async function writeFormatted(file: string, text: string): Promise<void> {
  const config = (await resolveConfig(file)) ?? {};
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, await format(text, { ...config, filepath: file }));
}

function summary(release: Release): string {
  const figures = release.occupations.reduce(
    (sum, occupation) => sum + occupation.figures.length,
    0,
  );
  const missing = release.occupations.reduce((sum, o) => sum + o.notPublished.length, 0);
  const places = new Set(
    release.occupations.flatMap((o) => o.figures.map((figure) => figure.place ?? 'US')),
  );
  const absent = [...siteOccupations].filter(
    (code) => !release.occupations.some((o) => o.code === code),
  );
  return (
    `${release.id}: ${release.occupations.length} occupations, ${places.size} places, ${figures} figures, ` +
    `${missing} not published` +
    (absent.length > 0 ? `; not in the files: ${absent.join(', ')}` : '')
  );
}

/** A generated source: its file, and its Spanish text (content/es/sources/, docs/i18n.md). */
interface SourceFiles {
  id: string;
  doc: string;
  spanish: string;
}

async function writeRelease(release: Release, sources: SourceFiles[]) {
  for (const source of sources) {
    await writeFormatted(path.join(outDir, 'sources', `${source.id}.yaml`), source.doc);
    await writeFormatted(
      path.join(outDir, SPANISH_CONTENT_DIR, 'sources', `${source.id}.yaml`),
      source.spanish,
    );
  }
  await writeFormatted(path.join(outDir, 'bls', `${release.id}.yaml`), releaseYaml(release));
  console.log(summary(release));
}

const files = readdirSync(folder).sort();
const sheets = await oewsSheets(folder, files);
const years = [...new Set(sheets.map(({ name }) => name.year))];
for (const year of years) {
  const ofYear = sheets.filter(({ name }) => name.year === year);
  for (const kind of ['national', 'state'] as const) {
    const same = ofYear.filter(({ name }) => name.kind === kind);
    if (same.length > 1) {
      throw new Error(
        `two ${kind} sheets for May ${year}: ${same.map(({ sheet }) => sheet.file).join(', ')}`,
      );
    }
  }
  const topCoded =
    topCodedOption() ??
    ofYear.map(({ sheet }) => readTopCodedWages(sheet.notes)).find((wages) => wages !== undefined);
  const occupations = ofYear.map(({ name, sheet }) => {
    try {
      return readOewsSheet(sheet.rows, {
        period: name.period,
        source: releaseSourceIds.oews(year, name.kind),
        occupations: siteOccupations,
        topCoded,
      });
    } catch (error) {
      throw new Error(`${sheet.file}: ${error instanceof Error ? error.message : error}`);
    }
  });
  const generatedFrom = ofYear.map(({ sheet }) => sheet.file);
  await writeRelease(
    {
      id: `oews-${year}`,
      dataset: 'oews',
      period: `May ${year}`,
      generatedFrom,
      occupations: mergeOccupations(occupations),
    },
    ofYear.map(({ name, sheet }) => {
      const source = oewsSource(year, name.kind, accessed);
      return {
        id: source.id,
        doc: sourceYaml(source, [sheet.file]),
        spanish: spanishSourceYaml(source, [sheet.file]),
      };
    }),
  );
}

const projectionsFile = files.find((file) => /^occupation\.(xlsx|csv)$/i.test(file));
if (projectionsFile) {
  const sheet = await readSheetFile(
    projectionsFile,
    readFileSync(path.join(folder, projectionsFile)),
    /1\.2/,
  );
  const table = readProjectionsTable(sheet.rows, {
    source: releaseSourceIds.projections,
    occupations: siteOccupations,
  });
  const source = projectionsSource(table.period, accessed);
  await writeRelease(
    {
      id: `projections-${table.period}`,
      dataset: 'projections',
      period: table.period,
      generatedFrom: [projectionsFile],
      occupations: mergeOccupations([table.occupations]),
    },
    [
      {
        id: source.id,
        doc: sourceYaml(source, [projectionsFile]),
        spanish: spanishSourceYaml(source, [projectionsFile]),
      },
    ],
  );
}

if (sheets.length === 0 && !projectionsFile) {
  console.error(
    `${folder}: no oesm<yy>nat.zip, oesm<yy>st.zip, OEWS sheet or occupation.xlsx found.`,
  );
  process.exit(1);
}
