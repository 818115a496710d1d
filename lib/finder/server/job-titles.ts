// The job-title pages' data: the browsable catalog by family, and one title's profile.
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
import { FAMILY_LABELS, LEVEL_LABELS } from '../labels';
import { getFinderCatalog } from './catalog';
import { titlePay, type TitlePay } from './title-pay';
import { getEntryTitleView, type EntryTitleView } from '../../first-job';
import { linkGlossaryTerms, type LinkedText } from '../../glossary';

const PREVALENCE_WORDS = {
  high: 'a common title in job ads',
  medium: 'seen regularly in job ads',
  low: 'a less common title',
} as const;

/** Curated titles grouped by family, in the site's family order: the browsable catalog. */
export function getJobTitlesByFamily(): { family: JobFamily; titles: JobTitle[] }[] {
  const titles = getJobTitles();
  return JOB_FAMILIES.map((family) => ({
    family,
    titles: titles.filter((title) => title.family === family),
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
  name: string;
  summary: string;
  description: LinkedText;
  /** The facts table: family, level and how common the title is. */
  facts: { label: string; value: string }[];
  /** Other names and abbreviations, from the content and O*NET. */
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

/** The curated titles among `slugs`, in name order. */
function titleLinks(slugs: readonly string[]): TitleLink[] {
  return getJobTitles()
    .filter((title) => slugs.includes(title.slug))
    .map((title) => ({
      slug: title.slug,
      name: title.name,
      detail: `${LEVEL_LABELS[title.level]}, ${FAMILY_LABELS[title.family].toLowerCase()}`,
    }));
}

/** One curated job title's page: what it is, what it takes, where it leads, pay and openings. */
export function getJobTitleProfile(slug: string): JobTitleProfile {
  const title = getJobTitle(slug);
  const occupation = getOccupation(title.occupation);
  const entry = getFinderCatalog().entries.find((item) => item.slug === slug);
  const entryTitle = getEntryTitleView(slug, 'en');
  return {
    slug,
    name: title.name,
    summary: title.summary,
    description: linkGlossaryTerms(title.description),
    facts: [
      { label: 'Family', value: FAMILY_LABELS[title.family] },
      { label: 'Level', value: LEVEL_LABELS[title.level] },
      { label: 'How common', value: PREVALENCE_WORDS[title.prevalence] },
    ],
    alsoCalled: [...(entry?.alternates ?? []), ...(entry?.abbreviations ?? [])],
    certifications: title.certifications.map((certSlug) => {
      const cert = getCertification(certSlug);
      return { slug: cert.slug, acronym: cert.acronym, name: cert.name };
    }),
    otherCredentials: title.otherCredentials ?? [],
    nextSteps: titleLinks(title.nextSteps),
    related: titleLinks(title.related),
    occupation: {
      code: occupation.code,
      title: occupation.title,
      ...(occupation.proxyNote ? { proxyNote: occupation.proxyNote } : {}),
      oewsUrl: occupation.oewsUrl,
      onetUrl: occupation.onetUrl,
      match: matchView(title.occupationMatch),
    },
    pay: titlePay(title, occupation),
    ...(entryTitle ? { entryTitle } : {}),
    onetRelease: getOnetRelease(),
    siteName: getSiteInfo().name,
  };
}
