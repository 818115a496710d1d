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
  siteInfo,
} from 'contentlayer/generated';
import type {
  Certification,
  GlossaryTerm,
  Occupation,
  Role,
  SiteInfo,
  Source,
} from 'contentlayer/generated';
import { buildCareerLadders } from '../career-paths';
import {
  formatTick,
  layoutBarChart,
  outlookBars,
  outlookHighlights,
  outlookRows,
  stateFigures,
} from '../charts';
import { buildClaimJourney } from '../claim-journey';
import { formatAmount } from '../format';
import { nationalFigures } from '../figures';
import type { FigureUnit, OccupationMeasure, RoleId } from './vocabulary';

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

/** The /outlook charts and tables: pay, projected growth and openings of the outlook occupations. */
export function getOutlook() {
  const occupations = getOccupations();
  const isSecondary = (sourceId: string) => getSource(sourceId).standing === 'secondary';
  const chart = (measure: OccupationMeasure, unit: FigureUnit, signed: boolean) => {
    const rows = outlookRows(occupations, measure, unit);
    const bars = outlookBars(rows, {
      formatValue: (figure) => formatAmount(figure.value, figure.unit, { signed }),
      isSecondary,
    });
    return {
      rows,
      layout: layoutBarChart(bars, { formatTick: (value) => formatTick(value, unit) }),
    };
  };
  const pay = chart('median-pay', 'usd-per-year', false);
  const growth = chart('growth', 'percent', true);
  const openings = outlookRows(occupations, 'openings', 'count-per-year');
  const coders = getOccupation(getRole('coder').occupation);
  return {
    pay,
    growth,
    openings,
    highlights: outlookHighlights(growth.rows, openings, isSecondary),
    coderStates: { occupation: coders, figures: stateFigures(coders.figures, 'mean-pay') },
    coderNational: nationalFigures(coders.figures, ['mean-pay']),
  };
}

/** The career-path tracks in display order, with job titles and certifications resolved. */
export function getCareerLadders() {
  return buildCareerLadders({
    tracks: allCareerTracks,
    jobTitles: allJobTitles,
    certifications: allCertifications,
  });
}

/** The life of a claim, numbered, with owners and glossary terms resolved. */
export function getClaimJourney() {
  return buildClaimJourney({ journey: claimJourney, glossary: allGlossaryTerms });
}
