// The first job titles a plan offers, from the site's one list of titles that hire beginners
// (content/first-job/entry-titles.yaml), in its order. A title in the plan's own field (a coding title
// for a coding plan, a "both" title for either) is a first job to aim for; a title outside it that
// still starts the path (the front desk, charge entry, records) is a bridge job into it.
import type { EntryTitle as BeginnerTitle, JobTitle } from '../../content';
import type { EntryTitle } from '../types';

export function planEntryTitles(
  beginnerTitles: readonly Pick<BeginnerTitle, 'slug' | 'title' | 'boardTitle' | 'paths'>[],
  jobs: readonly Pick<JobTitle, 'slug' | 'family'>[],
): EntryTitle[] {
  const familyOf = new Map(jobs.map((job) => [job.slug, job.family]));
  const titles = beginnerTitles.flatMap(({ slug, title, boardTitle, paths }) =>
    paths.map((path): EntryTitle => {
      const family = familyOf.get(slug);
      const kind = family === path || family === 'both' ? path : 'bridge';
      return { slug, title, boardTitle, path: kind };
    }),
  );
  // A bridge job is listed once, whichever paths it starts.
  return titles.filter(
    (title, index) =>
      title.path !== 'bridge' ||
      titles.findIndex((other) => other.slug === title.slug && other.path === 'bridge') === index,
  );
}
