// The job-title pages' data: the browsable catalog by family, and one title's profile, in a language.
import {
  getCertification,
  getJobTitle,
  getJobTitles,
  getOccupation,
  getOnetRelease,
  getSiteInfo,
  type JobTitle,
} from '@/lib/content';
import { JOB_FAMILIES, type JobFamily } from '@/lib/content/vocabulary';
import { DEFAULT_LOCALE, formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { getFinderCatalog } from './catalog';
import { titlePay, type TitlePay } from './title-pay';
import { getEntryTitleView, type EntryTitleView } from '../../first-job';
import { linkGlossaryTerms, type LinkedText } from '../../glossary';

/** A curated title in the browsable catalog: its name in the page's language, and the English one. */
export interface CatalogTitle {
  slug: string;
  name: string;
  /** On a page in another language, the English title (job ads use it). */
  englishName?: string;
  level: JobTitle['level'];
}

function catalogTitle(title: JobTitle, locale: Locale): CatalogTitle {
  const english = locale === DEFAULT_LOCALE ? undefined : getJobTitle(title.slug).name;
  return {
    slug: title.slug,
    name: title.name,
    ...(english === undefined ? {} : { englishName: english }),
    level: title.level,
  };
}

/** Curated titles grouped by family, in the site's family order: the browsable catalog. */
export function getJobTitlesByFamily(
  locale: Locale = DEFAULT_LOCALE,
): { family: JobFamily; titles: CatalogTitle[] }[] {
  const titles = getJobTitles(locale);
  return JOB_FAMILIES.map((family) => ({
    family,
    titles: titles
      .filter((title) => title.family === family)
      .map((title) => catalogTitle(title, locale)),
  }));
}

/** A link to another curated title, with its level and family in words. */
export interface TitleLink {
  slug: string;
  name: string;
  /** "Mid level, billing". */
  detail: string;
}

export interface JobTitleProfile {
  slug: string;
  /** The title in the page's language. */
  name: string;
  /** On a page in another language, the English title: job ads and job boards use it. */
  englishName?: string;
  summary: string;
  description: LinkedText;
  /** The facts table: family, level and how common the title is. */
  facts: { label: string; value: string }[];
  /** Other names and abbreviations, from the content and O*NET: English, as employers write them. */
  alsoCalled: string[];
  certifications: { slug: string; acronym: string; name: string }[];
  otherCredentials: string[];
  nextSteps: TitleLink[];
  related: TitleLink[];
  occupation: {
    code: string;
    title: string;
    proxyNote?: string;
    oewsUrl: string;
    onetUrl: string;
    /** How the occupation was chosen, in plain words. */
    match: OccupationMatchView;
  };
  /** The occupation's headline median pay and its spread, or why none is shown. */
  pay: TitlePay;
  /** Whether beginners are hired and what to do first, for an entry-friendly title (/first-job/). */
  entryTitle?: EntryTitleView;
  onetRelease: string;
  siteName: string;
}

export type OccupationMatchView =
  { kind: 'onet'; onetTitle: string; reason?: string } | { kind: 'nearest'; reason: string };

function matchView(match: JobTitle['occupationMatch']): OccupationMatchView {
  // Validation guarantees an O*NET title on onet matches and a reason on nearest ones.
  if (match.kind === 'onet') {
    return {
      kind: 'onet',
      onetTitle: match.onetTitle ?? '',
      ...(match.reason ? { reason: match.reason } : {}),
    };
  }
  return { kind: 'nearest', reason: match.reason ?? '' };
}

/** The curated titles among `slugs`, in name order, in `locale`. */
export function titleLinks(slugs: readonly string[], locale: Locale = DEFAULT_LOCALE): TitleLink[] {
  const m = getMessages(locale).finder;
  const detail = getMessages(locale).jobs.title.linkDetail;
  return getJobTitles(locale)
    .filter((title) => slugs.includes(title.slug))
    .map((title) => ({
      slug: title.slug,
      name: title.name,
      detail: formatMessage(detail, {
        level: m.levels[title.level],
        family: m.families[title.family].toLowerCase(),
      }),
    }));
}

/** One curated job title's page, in `locale`: what it is, what it takes, where it leads, pay and openings. */
export function getJobTitleProfile(slug: string, locale: Locale = DEFAULT_LOCALE): JobTitleProfile {
  const title = getJobTitle(slug, locale);
  const occupation = getOccupation(title.occupation, locale);
  const entry = getFinderCatalog().entries.find((item) => item.slug === slug);
  const entryTitle = getEntryTitleView(slug, locale);
  const messages = getMessages(locale);
  const m = messages.jobs.title;
  const english = locale === DEFAULT_LOCALE ? undefined : getJobTitle(slug).name;
  return {
    slug,
    name: title.name,
    ...(english === undefined ? {} : { englishName: english }),
    summary: title.summary,
    description: linkGlossaryTerms(title.description, locale),
    facts: [
      { label: m.facts.family, value: messages.finder.families[title.family] },
      { label: m.facts.level, value: messages.finder.levels[title.level] },
      { label: m.facts.prevalence, value: m.prevalence[title.prevalence] },
    ],
    alsoCalled: [...(entry?.alternates ?? []), ...(entry?.abbreviations ?? [])],
    certifications: title.certifications.map((certSlug) => {
      const cert = getCertification(certSlug, locale);
      return { slug: cert.slug, acronym: cert.acronym, name: cert.name };
    }),
    otherCredentials: title.otherCredentials ?? [],
    nextSteps: titleLinks(title.nextSteps, locale),
    related: titleLinks(title.related, locale),
    occupation: {
      code: occupation.code,
      title: occupation.title,
      ...(occupation.proxyNote ? { proxyNote: occupation.proxyNote } : {}),
      oewsUrl: occupation.oewsUrl,
      onetUrl: occupation.onetUrl,
      match: matchView(title.occupationMatch),
    },
    pay: titlePay(title, occupation, m, locale),
    ...(entryTitle ? { entryTitle } : {}),
    onetRelease: getOnetRelease(),
    siteName: getSiteInfo(locale).name,
  };
}
