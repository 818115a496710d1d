import { entryTitleList, firstJobGuide, type FirstJobGuide } from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { getJobTitle } from './job-titles';
import { localize } from './localize';
import type { BeginnerHiring, EntryTitlePath } from './vocabulary';

/** The /first-job/ guide: its intro and sections, each block with its evidence kind and sources. */
export function getFirstJobGuide(locale: Locale): FirstJobGuide {
  return localize(firstJobGuide, locale);
}

/** A job title that takes beginners, resolved: what the planner, the finder and the job pages read. */
export interface EntryTitle {
  slug: string;
  /** The job title's name (content/jobs/), in the language asked for. */
  title: string;
  /** The job title's English name, the one job boards use in either language. */
  boardTitle: string;
  beginners: BeginnerHiring;
  /** The paths it starts, in the content's order. */
  paths: EntryTitlePath[];
  /** One sentence: what to do first to get this job. */
  firstStep: string;
}

// Validation checks the enums; contentlayer types them as the options already.
function entryTitle(item: (typeof entryTitleList.titles)[number], locale: Locale): EntryTitle {
  const job = getJobTitle(item.job);
  return {
    slug: item.job,
    title: localize(job, locale).name,
    boardTitle: job.name,
    beginners: item.beginners,
    paths: [...item.paths],
    firstStep: item.firstStep,
  };
}

/** The entry-friendly titles (content/first-job/entry-titles.yaml), in the content's order. */
export function getEntryTitles(locale: Locale): EntryTitle[] {
  return localize(entryTitleList, locale).titles.map((item) => entryTitle(item, locale));
}

/** The sources behind one entry title's rating or first step; empty when it rests on none. */
export function getEntryTitleSources(slug: string): string[] {
  return entryTitleList.titles.find((item) => item.job === slug)?.sources ?? [];
}
