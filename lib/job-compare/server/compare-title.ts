// One title's compare file, built from what its own page shows (getJobTitleProfile), so the two
// never disagree: the same headline median, the same reason when no pay fits. One file per title
// and language.
import { getJobTitle, getJobTitleSlugs } from '@/lib/content';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import {
  getJobTitleProfile,
  getJobTitlesByFamily,
  noPaySentence,
  type JobTitleProfile,
} from '@/lib/finder/server';
import { routes } from '@/lib/routes';
import { remoteSentences } from '../remote';
import {
  COMPARE_DATA_VERSION,
  type CompareLabels,
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

function comparePay(profile: JobTitleProfile, locale: Locale): ComparePay {
  const occupation = profile.occupation.title;
  if (profile.pay.kind === 'shown') {
    return {
      kind: 'shown',
      median: profile.pay.median.headline,
      position: profile.pay.position,
      occupation,
    };
  }
  const why = noPaySentence(profile.pay.why, occupation, getMessages(locale).jobs.title);
  const { match } = profile.occupation;
  const reason = profile.pay.why === 'misleads' ? (match.reason ?? '') : '';
  return { kind: 'none', why: reason ? `${why} ${reason}` : why, occupation };
}

export function getCompareTitle(slug: string, locale: Locale = DEFAULT_LOCALE): CompareTitle {
  const title = getJobTitle(slug, locale);
  const profile = getJobTitleProfile(slug, locale);
  const m = getMessages(locale).finder;
  return {
    version: COMPARE_DATA_VERSION,
    slug,
    name: profile.name,
    ...(profile.englishName ? { englishName: profile.englishName } : {}),
    summary: profile.summary,
    family: m.families[title.family],
    level: m.levels[title.level],
    certifications: profile.certifications,
    otherCredentials: profile.otherCredentials,
    pay: comparePay(profile, locale),
    remote: remoteSentences(title.summary, title.description),
    nextSteps: profile.nextSteps,
    sources: titleSources(
      profile.pay.kind === 'shown' ? [profile.pay.median.headline.citation.href] : [],
    ),
  };
}

/** The name of a title's compare file in a language, "medical-coder.es.json", as routes names it. */
export function compareTitleFile(slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return routes.jobCompareData(slug, locale).split('/').pop() ?? '';
}

/** Every title's compare file, in every language. */
export function compareTitleFiles(): string[] {
  return LOCALES.flatMap((locale) =>
    getJobTitleSlugs().map((slug) => compareTitleFile(slug, locale)),
  );
}

/** The title and language a compare file is for, or undefined for a name that is none of them. */
export function compareTitleOf(file: string): { slug: string; locale: Locale } | undefined {
  for (const locale of LOCALES) {
    const slug = getJobTitleSlugs().find((item) => compareTitleFile(item, locale) === file);
    if (slug !== undefined) return { slug, locale };
  }
  return undefined;
}

/** Every curated title for the pickers, by family, in `locale`. */
export function getTitleOptions(locale: Locale = DEFAULT_LOCALE): TitleOptionGroup[] {
  const m = getMessages(locale).finder;
  return getJobTitlesByFamily(locale).map(({ family, titles }) => ({
    family: m.families[family],
    titles: titles.map(({ slug, name }) => ({ slug, name })),
  }));
}

/** The compare page's words for its island: the compare strings and the few a title's page shares. */
export function compareLabels(locale: Locale): CompareLabels {
  const { compare, title } = getMessages(locale).jobs;
  return {
    ...compare,
    noCertification: title.noCertification,
    noneListed: title.noneListed,
    inEnglish: title.inEnglish,
  };
}
