// The data layer: the only module that reads contentlayer's generated documents. Pages and components
// get typed data from these functions. Content is validated at build time (scripts/validate-content.ts),
// so a lookup by a validated reference cannot miss; the require* helpers still fail loudly if it does.
import {
  allCareerTracks,
  allCertifications,
  allGlossaryTerms,
  allJobTitles,
  allOccupations,
  allRoles,
  allSources,
  claimJourney,
  outlook,
  siteInfo,
} from 'contentlayer/generated';
import type {
  CareerTrack,
  Certification,
  ClaimJourney,
  GlossaryTerm,
  JobTitle,
  Occupation,
  Outlook,
  Role,
  SiteInfo,
  Source,
} from 'contentlayer/generated';
import type { RoleId } from './vocabulary';

export type {
  Certification,
  CertificationExam,
  CertificationRenewal,
  Figure,
  GlossaryTerm,
  Occupation,
  OccupationFigure,
  Role,
  SiteInfo,
  Source,
  SourcedText,
} from 'contentlayer/generated';
import { compareNames } from '../text';

function requireOne<T>(items: readonly T[], match: (item: T) => boolean, what: string): T {
  const found = items.find(match);
  if (found === undefined) throw new Error(`Content not found: ${what}`);
  return found;
}

export function getSiteInfo(): SiteInfo {
  return siteInfo;
}

export function getSources(): Source[] {
  return [...allSources].sort(
    (a, b) => compareNames(a.publisher, b.publisher) || compareNames(a.title, b.title),
  );
}

export function getSource(id: string): Source {
  return requireOne(allSources, (source) => source.id === id, `source "${id}"`);
}

export function getRoles(): Role[] {
  // Coder first, then biller: the order the site always uses.
  const order: readonly string[] = ['coder', 'biller'] satisfies readonly RoleId[];
  return [...allRoles].sort((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug));
}

export function getRole(slug: string): Role {
  return requireOne(allRoles, (role) => role.slug === slug, `role "${slug}"`);
}

export function getCertifications(): Certification[] {
  return [...allCertifications].sort((a, b) => compareNames(a.acronym, b.acronym));
}

export function getCertification(slug: string): Certification {
  return requireOne(allCertifications, (cert) => cert.slug === slug, `certification "${slug}"`);
}

export function getOccupations(): Occupation[] {
  return [...allOccupations].sort((a, b) => compareNames(a.code, b.code));
}

export function getOccupation(code: string): Occupation {
  return requireOne(
    allOccupations,
    (occupation) => occupation.code === code,
    `occupation "${code}"`,
  );
}

export function getGlossaryTerms(): GlossaryTerm[] {
  return [...allGlossaryTerms].sort((a, b) => compareNames(a.term, b.term));
}

export function getJobTitleSlugs(): string[] {
  return allJobTitles.map((job) => job.slug).sort();
}

// --- /outlook, /career-paths and /claim-journey ---
// The raw documents; lib/outlook, lib/career-paths and lib/claim-journey build the pages from them.

export type { CareerTrack, ClaimJourney, JobTitle, Outlook } from 'contentlayer/generated';

/** Which occupations /outlook shows, in what order, and the verdicts on them. */
export function getOutlookContent(): Outlook {
  return outlook;
}

export function getCareerTracks(): CareerTrack[] {
  return [...allCareerTracks];
}

export function getJobTitles(): JobTitle[] {
  return [...allJobTitles];
}

/** The life of a claim as the content has it: its steps in order and its denial loop. */
export function getClaimJourneyContent(): ClaimJourney {
  return claimJourney;
}
