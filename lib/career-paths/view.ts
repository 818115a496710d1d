// The /career-paths ladders built from the content, and the names of their levels, in a language.
import { getCareerTracks, getCertifications, getJobTitles, localizeAll } from '../content';
import type { Certification, JobTitle } from '../content';
import type { JobLevel } from '../content/vocabulary';
import { type Locale } from '../i18n';
import { getMessages } from '../i18n/messages';
import { buildCareerLadders, type CareerLadder } from './ladders';

export type CareerLadderView = CareerLadder<JobTitle, Certification>;

/** The career-path tracks in display order, with job titles and certifications resolved. */
export function getCareerLadders(locale: Locale): CareerLadderView[] {
  return buildCareerLadders({
    tracks: getCareerTracks(locale),
    // Job titles in the page's language (the job-title accessor takes no language yet).
    jobTitles: localizeAll(getJobTitles(), locale),
    certifications: getCertifications(locale),
  });
}

/** What the diagram calls each level, from entry to lead. */
export function careerLevelNames(locale: Locale): Readonly<Record<JobLevel, string>> {
  const words = getMessages(locale).careerPaths;
  return {
    entry: words.levelEntry,
    mid: words.levelMid,
    senior: words.levelSenior,
    lead: words.levelLead,
  };
}
