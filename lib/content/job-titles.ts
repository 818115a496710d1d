import { allJobTitles, type JobTitle } from 'contentlayer/generated';
import { compareNames } from '../text';
import { requireOne } from './require-one';

/** The curated job titles, by name. */
export function getJobTitles(): JobTitle[] {
  return [...allJobTitles].sort((a, b) => compareNames(a.name, b.name));
}

export function getJobTitle(slug: string): JobTitle {
  return requireOne(allJobTitles, (title) => title.slug === slug, `job title "${slug}"`);
}

export function getJobTitleSlugs(): string[] {
  return allJobTitles.map((job) => job.slug).sort();
}
