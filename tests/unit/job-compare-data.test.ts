// The compare files and the job pages' compare and print parts, built from the real content.
import { describe, expect, it } from 'vitest';
import { getJobTitleProfile } from '@/lib/finder/server';
import {
  compareTitleFiles,
  compareTitleOf,
  compareWith,
  getCompareTitle,
  jobPrintSources,
} from '@/lib/job-compare/server';

describe('getCompareTitle', () => {
  it("shows the same headline median as the title's own page", () => {
    const coder = getCompareTitle('medical-coder');
    const page = getJobTitleProfile('medical-coder').pay;
    expect(coder.pay.kind).toBe('shown');
    if (coder.pay.kind !== 'shown' || page.kind !== 'shown') return;
    expect(coder.pay.median).toEqual(page.median.headline);
    expect(coder.pay.median.measureLabel).toMatch(/\w/);
  });

  it('shows no pay for a title whose pay does not fit, and says why as its page does', () => {
    const supervisor = getCompareTitle('coding-supervisor');
    expect(supervisor.pay.kind).toBe('none');
    if (supervisor.pay.kind !== 'none') return;
    expect(supervisor.pay.why).toContain('would mislead');
    expect(supervisor.pay.why).toContain('overstate');
  });

  it("quotes the content's words on remote work, and nothing where it says none", () => {
    expect(getCompareTitle('medical-coder').remote).toEqual([
      expect.stringContaining('often remote'),
    ]);
    expect(getCompareTitle('medical-biller').remote).toEqual([]);
  });

  it('names its sources with their real addresses, for print', () => {
    const sources = getCompareTitle('medical-coder').sources;
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source.url).toMatch(/^https:\/\//);
  });

  it('has one file per title, and no file for another name', () => {
    expect(compareTitleFiles()).toEqual(
      expect.arrayContaining(['medical-coder.json', 'medical-coder.es.json']),
    );
    expect(compareTitleOf('medical-coder.json')).toEqual({ slug: 'medical-coder', locale: 'en' });
    expect(compareTitleOf('medical-coder.es.json')).toEqual({
      slug: 'medical-coder',
      locale: 'es',
    });
    expect(compareTitleOf('../secrets.json')).toBeUndefined();
  });

  it('has a Spanish file in Spanish, with the English title that job ads use', () => {
    const coder = getCompareTitle('medical-coder', 'es');
    expect(coder).toMatchObject({ englishName: 'Medical Coder', family: 'Codificación' });
    expect(coder.name).not.toBe('Medical Coder');
    expect(getCompareTitle('medical-coder').englishName).toBeUndefined();
  });
});

describe('the job page', () => {
  const profile = getJobTitleProfile('medical-coder');

  it('links compares with its next steps and related titles, each once', () => {
    const slugs = compareWith(profile).links.map((link) => link.slug);
    expect(slugs).toEqual(expect.arrayContaining(['inpatient-coder', 'medical-biller']));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain('medical-coder');
  });

  it('prints the sources of its pay', () => {
    expect(jobPrintSources(profile).map((source) => source.publisher)).toEqual(
      expect.arrayContaining([expect.stringContaining('Bureau of Labor Statistics')]),
    );
  });
});
