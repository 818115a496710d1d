// Checks the curated job-title catalog as a whole: its size, its shape per family, the slugs other
// pages link to, and that no search string points at two titles.
import { describe, it, expect } from 'vitest';
import { getJobTitles } from '@/lib/content';
import { JOB_FAMILIES } from '@/lib/content/vocabulary';

const jobTitles = getJobTitles();

/** Slugs that other parts of the site link to directly. */
const LINKED_SLUGS = [
  'medical-coder',
  'inpatient-coder',
  'outpatient-coder',
  'risk-adjustment-coder',
  'coding-auditor',
  'professional-fee-coder',
  'medical-biller',
  'charge-entry-specialist',
  'payment-poster',
  'ar-follow-up-specialist',
  'denial-management-specialist',
  'billing-manager',
  'medical-billing-and-coding-specialist',
  'revenue-cycle-specialist',
  'revenue-integrity-analyst',
  'patient-access-representative',
  'health-information-technician',
  'prior-authorization-specialist',
  'release-of-information-specialist',
  'clinical-documentation-improvement-specialist',
] as const;

describe('job-title catalog', () => {
  it('has at least 120 titles', () => {
    expect(jobTitles.length).toBeGreaterThanOrEqual(120);
  });

  it.each(JOB_FAMILIES)('has entry-level titles in the %s family', (family) => {
    const entryTitles = jobTitles.filter(
      (title) => title.family === family && title.level === 'entry',
    );
    expect(entryTitles.length).toBeGreaterThan(0);
  });

  it('has every slug that other pages link to', () => {
    const slugs = new Set(jobTitles.map((title) => title.slug));
    const missing = LINKED_SLUGS.filter((slug) => !slugs.has(slug));
    expect(missing).toEqual([]);
  });

  it('never uses one name or alias for two titles', () => {
    const ownerOf = new Map<string, string>();
    const clashes: string[] = [];
    for (const title of jobTitles) {
      for (const label of [title.name, ...(title.aliases ?? [])]) {
        const key = label.toLowerCase();
        const owner = ownerOf.get(key);
        if (owner !== undefined && owner !== title.slug) {
          clashes.push(`"${label}" is in ${owner} and ${title.slug}`);
        }
        ownerOf.set(key, title.slug);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('gives every coding, billing and hybrid title below lead a next step', () => {
    const withoutNextStep = jobTitles
      .filter((title) => title.level !== 'lead' && title.family !== 'adjacent')
      .filter((title) => title.nextSteps.length === 0)
      .map((title) => title.slug);
    expect(withoutNextStep).toEqual([]);
  });
});
