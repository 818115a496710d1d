// One title's compare file, built from what its own page shows (getJobTitleProfile), so the two
// never disagree: the same headline median, the same reason when no pay fits.
import { getJobTitle, getJobTitleSlugs } from '@/lib/content';
import { FAMILY_LABELS, LEVEL_LABELS } from '@/lib/finder';
import {
  getJobTitleProfile,
  getJobTitlesByFamily,
  noPaySentence,
  type JobTitleProfile,
} from '@/lib/finder/server';
import { remoteSentences } from '../remote';
import {
  COMPARE_DATA_VERSION,
  type ComparePay,
  type CompareTitle,
  type PrintSource,
  type TitleOptionGroup,
} from '../types';
import { citedSources, onetSources } from './print-sources';

/** The citation links of the pay a title's page shows: the headline, earlier figures, the spread. */
export function payCitationHrefs(pay: JobTitleProfile['pay']): string[] {
  if (pay.kind === 'none') return [];
  return [pay.median.headline, ...pay.median.others, ...(pay.spread ?? [])].map(
    (figure) => figure.citation.href,
  );
}

/** The sources of the figures at `hrefs` and of the O*NET release the titles come from. */
export function titleSources(hrefs: Iterable<string>): PrintSource[] {
  return [...citedSources(hrefs), ...onetSources()];
}

function comparePay(profile: JobTitleProfile): ComparePay {
  const occupation = profile.occupation.title;
  if (profile.pay.kind === 'shown') {
    return {
      kind: 'shown',
      median: profile.pay.median.headline,
      position: profile.pay.position,
      occupation,
    };
  }
  const why = noPaySentence(profile.pay.why, occupation);
  const { match } = profile.occupation;
  const reason = profile.pay.why === 'misleads' ? (match.reason ?? '') : '';
  return { kind: 'none', why: reason ? `${why} ${reason}` : why, occupation };
}

export function getCompareTitle(slug: string): CompareTitle {
  const title = getJobTitle(slug);
  const profile = getJobTitleProfile(slug);
  return {
    version: COMPARE_DATA_VERSION,
    slug,
    name: profile.name,
    summary: profile.summary,
    family: FAMILY_LABELS[title.family],
    level: LEVEL_LABELS[title.level],
    certifications: profile.certifications,
    otherCredentials: profile.otherCredentials,
    pay: comparePay(profile),
    remote: remoteSentences(title.summary, title.description),
    nextSteps: profile.nextSteps,
    sources: titleSources(
      profile.pay.kind === 'shown' ? [profile.pay.median.headline.citation.href] : [],
    ),
  };
}

/** The file name of a title's compare file, "medical-coder.json". */
export function compareTitleFile(slug: string): string {
  return `${slug}.json`;
}

export function compareTitleFiles(): string[] {
  return getJobTitleSlugs().map(compareTitleFile);
}

/** The title a compare file is for, or undefined for a name that is none of them. */
export function compareTitleSlug(file: string): string | undefined {
  return getJobTitleSlugs().find((slug) => compareTitleFile(slug) === file);
}

/** Every curated title for the pickers, by family. */
export function getTitleOptions(): TitleOptionGroup[] {
  return getJobTitlesByFamily().map(({ family, titles }) => ({
    family: FAMILY_LABELS[family],
    titles: titles.map(({ slug, name }) => ({ slug, name })),
  }));
}
