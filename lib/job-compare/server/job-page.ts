// What a job-title page adds for comparing and printing: direct compare links to the titles it
// names, the pickers' choices without itself, and its print record.
import type { JobTitleProfile, TitleLink } from '@/lib/finder/server';
import { routes } from '@/lib/routes';
import type { PrintRecord, TitleOptionGroup } from '../types';
import { getTitleOptions, payCitationHrefs, titleSources } from './compare-title';
import { printRecord } from './print-record';

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

/** A job-title page's print record: its address, the review date and its sources. */
export function jobPrintRecord(profile: JobTitleProfile): PrintRecord {
  return printRecord(routes.job(profile.slug), titleSources(payCitationHrefs(profile.pay)));
}
