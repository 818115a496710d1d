// Reads the few O*NET text files the finder needs and keeps only the occupations this site covers
// (content/onet/finder-occupations.json). Pure: the caller reads the files (scripts/onet/extract.ts),
// so the parsing is tested on strings.
import type { OnetTitle, OnetTitles, OnetTitleSource } from '@/lib/content';

/** The O*NET text files read, by the name O*NET gives them in every release. */
export const ONET_FILE_NAMES = {
  occupationData: 'Occupation Data.txt',
  alternateTitles: 'Alternate Titles.txt',
  reportedTitles: 'Sample of Reported Titles.txt',
  readMe: 'Read Me.txt',
} as const;

export interface OnetFiles {
  occupationData: string;
  alternateTitles: string;
  reportedTitles: string;
  /** "Read Me.txt": names the release when no release is given. */
  readMe?: string;
}

type TabRow = Record<string, string>;

/** Splits an O*NET tab-separated file into rows keyed by its header line. */
export function parseTabFile(text: string, fileName: string, columns: readonly string[]): TabRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((name) => name.trim());
  for (const column of columns) {
    if (!header.includes(column)) {
      throw new Error(`${fileName}: missing column "${column}" (found: ${header.join(', ')})`);
    }
  }
  const rows: TabRow[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    const row: TabRow = {};
    header.forEach((name, index) => {
      row[name] = (cells[index] ?? '').trim();
    });
    rows.push(row);
  }
  return rows;
}

/** Reads "O*NET 27.0 Database" and "August 2022" from the first lines of "Read Me.txt". */
export function readReleaseFromReadMe(
  readMe: string,
): { release: string; releaseDate?: string } | null {
  const release = readMe.match(/O\*NET\s+\d+(?:\.\d+)?\s+Database/)?.[0];
  if (!release) return null;
  const releaseDate = readMe.match(/([A-Z][a-z]+ \d{4}) Release/)?.[1];
  return releaseDate ? { release, releaseDate } : { release };
}

function dedupeKey(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Keeps the occupations in `codes` with their title, alternate titles (with short titles) and reported
 * titles, one row per title and occupation: a title listed twice for one occupation is merged.
 */
export function extractOnetTitles(
  files: OnetFiles,
  options: { codes: readonly string[]; release?: string },
): OnetTitles {
  const { codes } = options;
  const fromReadMe = files.readMe ? readReleaseFromReadMe(files.readMe) : null;
  const release = options.release ?? fromReadMe?.release;
  if (!release) {
    throw new Error(
      `Cannot tell the O*NET release: no "${ONET_FILE_NAMES.readMe}" naming it; pass the release name.`,
    );
  }
  const releaseDate = options.release ? undefined : fromReadMe?.releaseDate;
  const wanted = new Set(codes);
  const code = 'O*NET-SOC Code';

  const occupations = parseTabFile(files.occupationData, ONET_FILE_NAMES.occupationData, [
    code,
    'Title',
  ])
    .filter((row) => wanted.has(row[code] ?? ''))
    .map((row) => ({ code: row[code] ?? '', title: row.Title ?? '' }));
  const missing = codes.filter((wantedCode) => !occupations.some((o) => o.code === wantedCode));
  if (missing.length > 0) {
    throw new Error(`${ONET_FILE_NAMES.occupationData}: no occupation ${missing.join(', ')}`);
  }

  const titles = new Map<string, OnetTitle>();
  const add = (occupation: string, title: string, source: OnetTitleSource, shortTitle?: string) => {
    if (!wanted.has(occupation) || title === '') return;
    const key = `${occupation}\t${dedupeKey(title)}`;
    const known = titles.get(key);
    if (!known) {
      titles.set(key, {
        title,
        ...(shortTitle ? { shortTitle } : {}),
        occupation,
        sources: [source],
      });
      return;
    }
    if (!known.sources.includes(source)) known.sources.push(source);
    if (shortTitle && !known.shortTitle) known.shortTitle = shortTitle;
  };

  for (const occupation of occupations) add(occupation.code, occupation.title, 'occupation');
  const alternateRows = parseTabFile(files.alternateTitles, ONET_FILE_NAMES.alternateTitles, [
    code,
    'Alternate Title',
    'Short Title',
  ]);
  for (const row of alternateRows) {
    const shortTitle = row['Short Title'];
    add(
      row[code] ?? '',
      row['Alternate Title'] ?? '',
      'alternate',
      shortTitle && shortTitle !== 'n/a' ? shortTitle : undefined,
    );
  }
  const reportedRows = parseTabFile(files.reportedTitles, ONET_FILE_NAMES.reportedTitles, [
    code,
    'Reported Job Title',
  ]);
  for (const row of reportedRows) add(row[code] ?? '', row['Reported Job Title'] ?? '', 'reported');

  const order = (occupation: string) => codes.indexOf(occupation);
  const sorted = [...titles.values()].sort(
    (a, b) => order(a.occupation) - order(b.occupation) || a.title.localeCompare(b.title, 'en'),
  );
  return {
    release,
    ...(releaseDate ? { releaseDate } : {}),
    occupations: [...occupations].sort((a, b) => order(a.code) - order(b.code)),
    titles: sorted,
  };
}
