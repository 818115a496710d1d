// What a job-title page adds for comparing and printing: direct compare links to the titles it
// names, the pickers' choices without itself, and the sources its printout lists.
import type { JobTitleProfile, TitleLink } from '@/lib/finder/server';
import type { PrintSource, TitleOptionGroup } from '../types';
import { getTitleOptions, payCitationHrefs, titleSources } from './compare-title';

export interface CompareWith {
  slug: string;
  /** The title's next steps, then its related titles, each once. */
  links: TitleLink[];
  /** Every other curated title, by family. */
  options: TitleOptionGroup[];
}

export function compareWith(profile: JobTitleProfile): CompareWith {
  const links = [...profile.nextSteps, ...profile.related].filter(
    (link, index, all) => all.findIndex((other) => other.slug === link.slug) === index,
  );
  const options = getTitleOptions().map((group) => ({
    ...group,
    titles: group.titles.filter((title) => title.slug !== profile.slug),
  }));
  return { slug: profile.slug, links, options };
}

/** The sources a job-title page's printout lists: those of its pay, and the O*NET release. */
export function jobPrintSources(profile: JobTitleProfile): PrintSource[] {
  return titleSources(payCitationHrefs(profile.pay));
}
