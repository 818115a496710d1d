// Reads the few O*NET text files the finder needs and keeps only the occupations this site covers.
// Pure: the caller reads the files (scripts/onet/extract.ts), so the parsing is tested on strings.

/** The occupations whose titles the finder searches: coding, billing, collections, HIM and their managers. */
export const FINDER_OCCUPATION_CODES = [
  '29-2072.00',
  '43-3021.00',
  '29-9021.00',
  '43-3011.00',
  '43-6013.00',
  '43-9041.00',
  '11-9111.00',
] as const;

/** The O*NET text files read, by the name O*NET gives them in every release. */
export const ONET_FILE_NAMES = {
  occupationData: 'Occupation Data.txt',
  alternateTitles: 'Alternate Titles.txt',
  reportedTitles: 'Sample of Reported Titles.txt',
  readMe: 'Read Me.txt',
} as const;

export type OnetTitleSource = 'occupation' | 'alternate' | 'reported';

export interface OnetOccupation {
  code: string;
  title: string;
}

export interface OnetTitle {
  title: string;
  /** O*NET's short form of the title ("HIM Tech", "RHIT"), when it gives one. */
  shortTitle?: string;
  occupation: string;
  /** Which O*NET lists name this title: the occupation title itself, alternate or reported titles. */
  sources: OnetTitleSource[];
}

export interface OnetTitles {
  /** Release as O*NET names it, e.g. "O*NET 27.0 Database". */
  release: string;
  /** Release month as O*NET words it, e.g. "August 2022", when the files say. */
  releaseDate?: string;
  occupations: OnetOccupation[];
  titles: OnetTitle[];
}

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

/** The release number ("27.0") inside a release name, for the attribution sentence. */
export function releaseVersion(release: string): string {
  return release.match(/\d+(?:\.\d+)?/)?.[0] ?? release;
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
  options: { codes?: readonly string[]; release?: string } = {},
): OnetTitles {
  const codes = options.codes ?? FINDER_OCCUPATION_CODES;
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

export const SITE_NAME = 'Coder or Biller';

/**
 * The attribution O*NET's licence asks for (CC BY 4.0), with the sentence for modified data: the site
 * keeps a subset of the titles and joins them to its own catalog.
 */
export function onetAttribution(release: string, subject = 'This page'): string {
  return (
    `${subject} includes information from the O*NET ${releaseVersion(release)} Database by the U.S. ` +
    'Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY ' +
    '4.0 license. O*NET® is a trademark of USDOL/ETA. ' +
    `${SITE_NAME} has modified all or some of this information. USDOL/ETA has not approved, ` +
    'endorsed, or tested these modifications.'
  );
}

/** content/onet/LICENSE.md: where the data comes from and the licence's attribution. */
export function onetLicenseMarkdown(data: Pick<OnetTitles, 'release' | 'releaseDate'>): string {
  const edition = data.releaseDate ? `${data.release}, ${data.releaseDate} release` : data.release;
  return [
    '# O*NET data in this folder',
    '',
    `\`titles.json\` holds job titles from the ${edition}, for the occupations the job-title`,
    'finder covers. It is generated by `npm run data:onet -- <folder>`; do not edit it by hand.',
    '',
    onetAttribution(data.release, 'This data file'),
    '',
    '- Source: O*NET Resource Center, https://www.onetcenter.org/database.html',
    '- License: Creative Commons Attribution 4.0 International (CC BY 4.0),',
    '  https://creativecommons.org/licenses/by/4.0/',
    '- Terms: https://www.onetcenter.org/license_db.html',
    '',
  ].join('\n');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSource(value: unknown): value is OnetTitleSource {
  return value === 'occupation' || value === 'alternate' || value === 'reported';
}

/** Checks the shape of a parsed titles.json, so a damaged file fails the build with a clear message. */
export function parseOnetTitlesJson(value: unknown): OnetTitles {
  const fail = (what: string): never => {
    throw new Error(`content/onet/titles.json: ${what}`);
  };
  if (!isRecord(value)) return fail('not an object');
  const { release, releaseDate, occupations, titles } = value;
  if (typeof release !== 'string') return fail('"release" must be a string');
  if (releaseDate !== undefined && typeof releaseDate !== 'string') {
    return fail('"releaseDate" must be a string');
  }
  if (!Array.isArray(occupations) || !Array.isArray(titles)) {
    return fail('"occupations" and "titles" must be lists');
  }
  const parsedOccupations = occupations.map((item, index): OnetOccupation => {
    if (!isRecord(item) || typeof item.code !== 'string' || typeof item.title !== 'string') {
      return fail(`occupations[${index}] needs "code" and "title"`);
    }
    return { code: item.code, title: item.title };
  });
  const parsedTitles = titles.map((item, index): OnetTitle => {
    if (!isRecord(item) || typeof item.title !== 'string' || typeof item.occupation !== 'string') {
      return fail(`titles[${index}] needs "title" and "occupation"`);
    }
    const { shortTitle, sources } = item;
    if (shortTitle !== undefined && typeof shortTitle !== 'string') {
      return fail(`titles[${index}].shortTitle must be a string`);
    }
    if (!Array.isArray(sources) || !sources.every(isSource)) {
      return fail(`titles[${index}].sources must list occupation, alternate or reported`);
    }
    return {
      title: item.title,
      ...(shortTitle ? { shortTitle } : {}),
      occupation: item.occupation,
      sources,
    };
  });
  return {
    release,
    ...(releaseDate ? { releaseDate } : {}),
    occupations: parsedOccupations,
    titles: parsedTitles,
  };
}
