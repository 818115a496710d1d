// The first job titles a plan offers, built in one place from the job catalog: the entry-level
// titles by family (a "both" title serves either plan, after the plan's own family's titles), bridge
// jobs from the adjacent family; the most common first. After issue 13 merges, this is where the entry-friendly list plugs in.
import type { JobTitle } from '../../content';
import type { EntryTitle, EntryTitlePath } from '../types';

const PREVALENCE_ORDER = ['high', 'medium', 'low'];
/** A "both" title comes after the titles of the plan's own family. */
const FAMILY_ORDER = ['coding', 'billing', 'adjacent', 'both'];

/** Bridge jobs that lead into billing and coding work (the front office and records). */
const BRIDGE_TITLES = [
  'patient-access-representative',
  'medical-records-clerk',
  'registration-clerk',
];

function pathsOf(job: Pick<JobTitle, 'family' | 'slug'>): EntryTitlePath[] {
  switch (job.family) {
    case 'coding':
      return ['coding'];
    case 'billing':
      return ['billing'];
    case 'both':
      return ['coding', 'billing'];
    case 'adjacent':
      return BRIDGE_TITLES.includes(job.slug) ? ['bridge'] : [];
  }
}

export function entryTitlesFromCatalog(
  jobs: readonly Pick<JobTitle, 'slug' | 'name' | 'family' | 'level' | 'prevalence'>[],
): EntryTitle[] {
  return jobs
    .filter((job) => job.level === 'entry')
    .toSorted(
      (a, b) =>
        FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family) ||
        PREVALENCE_ORDER.indexOf(a.prevalence) - PREVALENCE_ORDER.indexOf(b.prevalence),
    )
    .flatMap((job) => pathsOf(job).map((path) => ({ slug: job.slug, title: job.name, path })));
}
