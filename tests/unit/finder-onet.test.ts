import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getFinderOccupationCodes, parseOnetTitlesJson } from '@/lib/content';
import { onetAttribution, onetLicenseMarkdown } from '@/lib/finder/onet-attribution';
import {
  extractOnetTitles,
  ONET_FILE_NAMES,
  parseTabFile,
  readReleaseFromReadMe,
} from '@/lib/finder/onet-extract';

const codes = getFinderOccupationCodes();

const fixtureDir = path.join(__dirname, '../fixtures/onet');
const read = (name: string) => readFileSync(path.join(fixtureDir, name), 'utf8');
const files = {
  occupationData: read(ONET_FILE_NAMES.occupationData),
  alternateTitles: read(ONET_FILE_NAMES.alternateTitles),
  reportedTitles: read(ONET_FILE_NAMES.reportedTitles),
  readMe: read(ONET_FILE_NAMES.readMe),
};

describe('parseTabFile', () => {
  it('keys cells by the header and skips blank lines', () => {
    const rows = parseTabFile('A\tB\r\n1\t2\n\n3\t\n', 'x.txt', ['A', 'B']);
    expect(rows).toEqual([
      { A: '1', B: '2' },
      { A: '3', B: '' },
    ]);
  });

  it('names the file and column when a column is missing', () => {
    expect(() => parseTabFile('A\tC\n', 'Alternate Titles.txt', ['A', 'B'])).toThrow(
      'Alternate Titles.txt: missing column "B"',
    );
  });
});

describe('readReleaseFromReadMe', () => {
  it('reads the release and its month', () => {
    expect(readReleaseFromReadMe(files.readMe)).toEqual({
      release: 'O*NET 27.0 Database',
      releaseDate: 'August 2022',
    });
  });

  it('returns null for text that names no release', () => {
    expect(readReleaseFromReadMe('hello')).toBeNull();
  });
});

describe('extractOnetTitles', () => {
  const data = extractOnetTitles(files, { codes });

  it('keeps only the finder occupations, in the order they are listed', () => {
    expect(data.occupations.map((o) => o.code)).toEqual([
      '29-2072.00',
      '43-3021.00',
      '29-9021.00',
      '43-3011.00',
      '43-6013.00',
      '43-9041.00',
      '11-9111.00',
    ]);
    expect(data.titles.some((t) => t.occupation === '11-1011.00')).toBe(false);
  });

  it('includes each occupation title and maps every row to its occupation', () => {
    expect(data.titles).toContainEqual({
      title: 'Medical Records Specialists',
      occupation: '29-2072.00',
      sources: ['occupation'],
    });
  });

  it('merges a title listed as both alternate and reported, keeping its short title', () => {
    const rows = data.titles.filter((t) => t.title.startsWith('Health Information Technician'));
    expect(rows).toEqual([
      {
        title: 'Health Information Technician (Health Information Tech)',
        shortTitle: 'Health Information Tech',
        occupation: '29-2072.00',
        sources: ['alternate', 'reported'],
      },
    ]);
  });

  it('keeps a title once per occupation when two occupations list it', () => {
    const billers = data.titles.filter((t) => t.title === 'Medical Biller');
    expect(billers.map((t) => t.occupation)).toEqual(['29-2072.00', '43-3021.00']);
  });

  it('keeps reported-only titles and drops "n/a" short titles', () => {
    expect(data.titles).toContainEqual({
      title: 'Medical Records Analyst',
      occupation: '29-9021.00',
      sources: ['reported'],
    });
    expect(data.titles.find((t) => t.title === 'Coder')).not.toHaveProperty('shortTitle');
  });

  it('uses a release given by the caller over the Read Me', () => {
    const newer = extractOnetTitles(files, { codes, release: 'O*NET 28.0 Database' });
    expect(newer.release).toBe('O*NET 28.0 Database');
    expect(newer).not.toHaveProperty('releaseDate');
  });

  it('refuses files that do not name the release', () => {
    const withoutReadMe = {
      occupationData: files.occupationData,
      alternateTitles: files.alternateTitles,
      reportedTitles: files.reportedTitles,
    };
    expect(() => extractOnetTitles(withoutReadMe, { codes })).toThrow(
      'Cannot tell the O*NET release',
    );
  });

  it('names a missing occupation', () => {
    expect(() => extractOnetTitles(files, { codes: ['99-9999.00'] })).toThrow('99-9999.00');
  });

  it('round-trips through the JSON check', () => {
    expect(parseOnetTitlesJson(JSON.parse(JSON.stringify(data)))).toEqual(data);
    expect(() => parseOnetTitlesJson({ release: 1 })).toThrow('release: must be a string');
  });
});

describe('attribution', () => {
  it('uses the licence wording with the release number and the modified sentence', () => {
    expect(onetAttribution('O*NET 27.0 Database')).toBe(
      'This page includes information from the O*NET 27.0 Database by the U.S. Department of Labor, ' +
        'Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. ' +
        'O*NET® is a trademark of USDOL/ETA. Coder or Biller has modified all or some of this ' +
        'information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
    );
  });

  it('writes a licence file that names the release and links the licence', () => {
    const text = onetLicenseMarkdown({
      release: 'O*NET 27.0 Database',
      releaseDate: 'August 2022',
    });
    expect(text).toContain('O*NET 27.0 Database, August 2022 release');
    expect(text).toContain('https://creativecommons.org/licenses/by/4.0/');
  });
});
