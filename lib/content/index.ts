// The data layer: the only module that reads contentlayer's generated documents (and content/onet/).
// Pages and features get typed data from these accessors, one file per content type. Content is
// validated at build time (validate.ts, run by scripts/validate-content.ts), so a lookup by a
// validated reference cannot miss; the accessors still fail loudly if it does.
import {
  allCareerTracks,
  allCertifications,
  allGlossaryTerms,
  allJobTitles,
  claimJourney,
} from 'contentlayer/generated';
import { buildComparison } from '../compare';
import { buildTermMatcher, type TermMatcher } from '../glossary-links';
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
import type { FigureUnit, OccupationMeasure } from './vocabulary';

export type {
  Certification,
  CertificationExam,
  CertificationRenewal,
  Figure,
  GlossaryTerm,
  JobTitle,
  Occupation,
  OccupationFigure,
  QuizOutcome,
  QuizVersion,
  Role,
  SiteInfo,
  Source,
  SourcedText,
} from 'contentlayer/generated';
import { getCertifications } from './certifications';
import { getOccupation, getOccupations } from './occupations';
import { getRole, getRoles } from './roles';
import { getSource } from './sources';

export * from './certifications';
export * from './glossary';
export * from './job-titles';
export * from './occupations';
export * from './onet';
export * from './quiz';
export * from './roles';
export * from './site';
export * from './sources';
export { getContentToValidate, type ContentToValidate } from './to-validate';
export { validateContent } from './validate';
export { formatProblem, type ContentProblem } from './problems';

/** The coder-vs-biller comparison, built from the role, occupation and certification content. */
export function getComparison() {
  return buildComparison({
    roles: getRoles(),
    occupations: getOccupations(),
    certifications: getCertifications(),
  });
}

let glossaryMatcher: TermMatcher | undefined;

/** Finds glossary terms (and their aliases) in running text; built once per build. */
export function getGlossaryMatcher(): TermMatcher {
  glossaryMatcher ??= buildTermMatcher(
    allGlossaryTerms.map((term) => ({
      slug: term.slug,
      phrases: [term.term, ...(term.aliases ?? [])],
    })),
  );
  return glossaryMatcher;
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
