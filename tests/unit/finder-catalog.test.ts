import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  searchableStrings,
  socCode,
  withoutParenthetical,
} from '@/lib/finder/catalog';
import { buildFinderIndex, entriesFromIndex, isFinderIndexData } from '@/lib/finder/search-index';
import { loadFixtureCatalog, loadFixtureTitles } from '../fixtures/finder/load';

describe('buildCatalog', () => {
  const catalog = loadFixtureCatalog();
  const byId = (id: string) => catalog.entries.find((entry) => entry.id === id);

  it('lists curated titles first, with credentials as acronyms', () => {
    expect(catalog.entries[0]?.slug).toBeDefined();
    expect(byId('pro-fee-coder')?.certifications).toEqual(['CPC', 'CCS-P']);
  });

  it('merges an O*NET title into the curated title with the same name', () => {
    const biller = byId('medical-biller');
    expect(biller?.alternates).toContain('Biller');
    expect(catalog.entries.filter((entry) => entry.title === 'Medical Biller')).toHaveLength(1);
  });

  it('merges through a curated alias and keeps the O*NET short title and acronym', () => {
    const technician = byId('health-information-technician');
    expect(technician?.alternates).toContain('Health Information Tech');
    const cpc = byId('certified-professional-coder');
    expect(cpc?.abbreviations).toEqual(['CPC']);
  });

  it('keeps O*NET titles that match no curated title, mapped to their occupations', () => {
    const onetOnly = catalog.entries.find((entry) => entry.title === 'Medical Records Clerk');
    expect(onetOnly).toMatchObject({ occupations: ['29-2072'], prevalence: 'low' });
    expect(onetOnly?.slug).toBeUndefined();
    const cdis = catalog.entries.find((entry) => entry.abbreviations.includes('CDIS'));
    expect(cdis?.title).toBe('Clinical Documentation Improvement Specialist');
  });

  it('names each O*NET occupation with its O*NET link when the content has none', () => {
    expect(catalog.occupations.find((o) => o.code === '29-2072')).toEqual({
      code: '29-2072',
      title: 'Medical Records Specialists',
      onetUrl: 'https://www.onetonline.org/link/summary/29-2072.00',
      pay: [],
    });
    expect(catalog.onetRelease).toBe('O*NET 27.0 Database');
  });

  it('keeps the content occupations as given', () => {
    const { titles, certifications } = loadFixtureTitles();
    const own = {
      code: '29-2072',
      title: 'Medical Records Specialists',
      onetUrl: 'https://example.org/29-2072',
      oewsUrl: 'https://example.org/oes292072',
      pay: [],
    };
    const withContent = buildCatalog(
      titles,
      certifications,
      { release: 'x', occupations: [], titles: [] },
      [own],
    );
    expect(withContent.occupations).toEqual([own]);
  });

  it('counts titles, other names and abbreviations as searchable strings', () => {
    const strings = searchableStrings(catalog.entries);
    expect(strings).toContain('AR Caller');
    expect(strings.length).toBeGreaterThan(catalog.entries.length);
  });

  it('gives every entry a unique id', () => {
    const ids = catalog.entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('helpers', () => {
  it('strips the .00 of an O*NET code and a trailing parenthetical', () => {
    expect(socCode('29-2072.00')).toBe('29-2072');
    expect(withoutParenthetical('Certified Professional Coder (CPC)')).toBe(
      'Certified Professional Coder',
    );
  });

  it('accepts an empty O*NET list', () => {
    const { titles, certifications } = loadFixtureTitles();
    const catalog = buildCatalog(titles, certifications, {
      release: 'x',
      occupations: [],
      titles: [],
    });
    expect(catalog.entries).toHaveLength(titles.length);
  });
});

describe('finder index file', () => {
  it('stores the searched text once and gives the same entries back', () => {
    const catalog = loadFixtureCatalog();
    const data = JSON.parse(JSON.stringify(buildFinderIndex(catalog)));
    expect(isFinderIndexData(data)).toBe(true);
    expect(data.entries[0]).not.toHaveProperty('title');
    expect(entriesFromIndex(data)).toEqual(catalog.entries);
  });

  it('marks the entry-friendly titles, and only those, in the entries and the file', () => {
    const { titles, certifications } = loadFixtureTitles();
    const marked = titles.map((title) => ({
      ...title,
      hiresBeginners: title.slug === 'ar-follow-up-specialist',
    }));
    const built = buildCatalog(marked, certifications, {
      release: 'x',
      occupations: [],
      titles: [],
    });
    const hiring = built.entries.filter((entry) => entry.hiresBeginners).map((entry) => entry.id);
    expect(hiring).toEqual(['ar-follow-up-specialist']);
    const data = JSON.parse(JSON.stringify(buildFinderIndex(built)));
    expect(entriesFromIndex(data)).toEqual(built.entries);
    const stored = (id: string) => data.entries.find((entry: { id: string }) => entry.id === id);
    expect(stored('ar-follow-up-specialist')).toHaveProperty('hiresBeginners', true);
    expect(stored('medical-biller')).not.toHaveProperty('hiresBeginners');
  });

  it('rejects a file of another shape or version', () => {
    expect(isFinderIndexData({ version: 0 })).toBe(false);
    expect(isFinderIndexData(null)).toBe(false);
  });
});
