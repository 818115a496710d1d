// Regenerates content/onet/ from an O*NET release's text files:
//   npm run data:onet -- <folder> [--release "O*NET 28.0 Database"] [--out <folder>]
// The release name is read from the folder's "Read Me.txt" unless given; the occupations are those
// listed in content/onet/finder-occupations.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { extractOnetTitles, ONET_FILE_NAMES, onetLicenseMarkdown } from '../../lib/finder';
// The inner module, not the folder: this script runs before any content is built.
import { getFinderOccupationCodes } from '../../lib/content/onet';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    release: { type: 'string' },
    out: { type: 'string', default: 'content/onet' },
  },
});

const folder = positionals[0];
if (!folder) {
  console.error(
    'Usage: npm run data:onet -- <O*NET text folder> [--release "O*NET 28.0 Database"]',
  );
  process.exit(1);
}

function read(fileName: string): string {
  const file = path.join(folder ?? '', fileName);
  if (!existsSync(file)) {
    console.error(`Missing ${file}: point the script at the folder of O*NET "Text" files.`);
    process.exit(1);
  }
  return readFileSync(file, 'utf8');
}

const readMePath = path.join(folder, ONET_FILE_NAMES.readMe);
const data = extractOnetTitles(
  {
    occupationData: read(ONET_FILE_NAMES.occupationData),
    alternateTitles: read(ONET_FILE_NAMES.alternateTitles),
    reportedTitles: read(ONET_FILE_NAMES.reportedTitles),
    ...(existsSync(readMePath) ? { readMe: readFileSync(readMePath, 'utf8') } : {}),
  },
  {
    codes: getFinderOccupationCodes(),
    ...(values.release ? { release: values.release } : {}),
  },
);

const outDir = values.out ?? 'content/onet';
mkdirSync(outDir, { recursive: true });
// Written in the project's format, so `npm run format:check` passes on a fresh extract.
async function writeFormatted(file: string, text: string): Promise<void> {
  const config = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(text, { ...config, filepath: file }));
}
await writeFormatted(path.join(outDir, 'titles.json'), JSON.stringify(data));
await writeFormatted(path.join(outDir, 'LICENSE.md'), onetLicenseMarkdown(data));
console.log(
  `${data.release}: ${data.titles.length} titles in ${data.occupations.length} occupations -> ${outDir}/`,
);
