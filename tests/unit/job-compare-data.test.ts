// The compare files and the job pages' compare and print parts, built from the real content.
import { describe, expect, it } from 'vitest';
import { getJobTitleProfile } from '@/lib/finder/server';
import {
  compareTitleFiles,
  compareTitleSlug,
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
    expect(compareTitleFiles()).toContain('medical-coder.json');
    expect(compareTitleSlug('medical-coder.json')).toBe('medical-coder');
    expect(compareTitleSlug('../secrets.json')).toBeUndefined();
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
