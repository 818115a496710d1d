// What a job-title page adds for comparing and printing: direct compare links to the titles it
// names, and the sources its printout lists. Any other title is chosen on the compare page itself
// (a link with this title first), so a job page does not carry a list of every title.
import type { JobTitleProfile, TitleLink } from '@/lib/finder/server';
import type { PrintSource } from '../types';
import { payCitationHrefs, titleSources } from './compare-title';

export interface CompareWith {
  slug: string;
  /** The title's next steps, then its related titles, each once. */
  links: TitleLink[];
}

export function compareWith(profile: JobTitleProfile): CompareWith {
  const links = [...profile.nextSteps, ...profile.related].filter(
    (link, index, all) => all.findIndex((other) => other.slug === link.slug) === index,
  );
  return { slug: profile.slug, links };
}

/**
 * The sources a job-title page's printout lists: those of its pay and of its entry-title block, and
 * the O*NET release.
 */
export function jobPrintSources(profile: JobTitleProfile): PrintSource[] {
  const entryHrefs = (profile.entryTitle?.citations ?? []).map((citation) => citation.href);
  return titleSources([...payCitationHrefs(profile.pay), ...entryHrefs]);
}
