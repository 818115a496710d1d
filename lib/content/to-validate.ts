// What the validator reads: every generated document, by type, plus the O*NET files. The build
// (scripts/validate-content.ts) and the content's own unit test check the same list.
import {
  allBlsReleases,
  allCareerTracks,
  allCertifications,
  allGlossaryTerms,
  allJobTitles,
  allOccupations,
  allQuizOutcomes,
  allQuizVersions,
  allRoles,
  allSources,
  claimJourney,
  lessonPlan,
  outlook,
  planFactSheet,
} from 'contentlayer/generated';
import { getOnetFiles } from './onet';
import type { CertificationGapFact } from './validate-certifications';
import type { OutlookToValidate } from './validate-choices';
import type { QuizOutcomeId } from './vocabulary';

/** An option's points per outcome (the keys are QUIZ_OUTCOMES). */
export type QuizPoints = Record<QuizOutcomeId, number>;

/** What makes two figures of one occupation the same figure. */
export interface FigureKey {
  measure: string;
  unit: string;
  asOf: string;
  source: string;
  place?: string | undefined;
}

/** One line of a role's "suits you if" answer. */
export interface SuitsYouIfLine {
  type: string;
  text: string;
  source?: string | undefined;
  asOf?: string | undefined;
}

/** The part of a generated document the validator reads: enum fields are plain strings here. */
export interface RawDocument {
  type: string;
  _raw: { sourceFilePath: string };
}

export interface ContentToValidate {
  sources: (RawDocument & { id: string; url: string; standing: string; publisherKind: string })[];
  occupations: (RawDocument & {
    code: string;
    onetUrl: string;
    blsUrl: string;
    oewsUrl: string;
    figures: unknown[];
  })[];
  /** content/bls/: figures per occupation code, and the cells BLS did not publish. */
  blsReleases: (RawDocument & {
    dataset: string;
    occupations: { code: string; figures: FigureKey[]; notPublished: FigureKey[] }[];
  })[];
  certifications: (RawDocument & {
    slug: string;
    acronym: string;
    issuer: string;
    roles: string[];
    serves?: string;
    level: string;
    eligibility?: string;
    exam: { type: string; questions?: unknown; minutes?: unknown; fee?: unknown };
    renewal: { type: string; everyYears?: unknown; ceus?: unknown; cost?: unknown; note?: string };
    unpublished?: Partial<Record<CertificationGapFact, string>> & { type: string };
    officialUrl: string;
    sources: string[];
  })[];
  roles: (RawDocument & {
    slug: string;
    firstCertification: string;
    certifications: string[];
    occupation: string;
    suitsYouIf: { type: string; lead: string; lines: SuitsYouIfLine[] };
  })[];
  jobTitles: (RawDocument & {
    slug: string;
    name: string;
    aliases?: string[];
    abbreviations?: string[];
    family: string;
    level: string;
    prevalence: string;
    description: string;
    oftenRemote?: boolean;
    certifications: string[];
    nextSteps: string[];
    related: string[];
    occupation: string;
    occupationMatch: {
      type: string;
      kind: string;
      onetTitle?: string;
      reason?: string;
      payFits?: boolean;
    };
  })[];
  quizVersions: (RawDocument & {
    version: number;
    questions: {
      type: string;
      id: string;
      options: { type: string; id: string; weights: QuizPoints }[];
    }[];
    certainty: { type: string; minAnswers: number; closeMargin: number };
    secondsPerAnswer: number;
  })[];
  quizOutcomes: (RawDocument & {
    id: string;
    role?: string;
    firstCertification: string;
    jobTitles: string[];
    discussionPrompts: string[];
    nextPage: string;
  })[];
  /** content/counselors/lesson-plan.yaml, when it exists. */
  lessonPlan: (RawDocument & {
    classMinutes: number;
    steps: { type: string; id: string; minutes: number }[];
  })[];
  /** content/plan/facts.yaml, when it exists (absent in validator fixtures that do not test it). */
  planFacts?: (RawDocument & {
    training: {
      type: string;
      id: string;
      length?: unknown;
      studyHours?: unknown;
      cost?: unknown;
      unknown?: string;
    }[];
    waysToPay: { type: string; id: string; source?: string; asOf?: string }[];
  })[];
  glossaryTerms: (RawDocument & { slug: string; related?: string[]; source?: string })[];
  careerTracks: (RawDocument & {
    steps: { type: string; jobTitle: string; certifications?: string[] }[];
  })[];
  claimJourney: (RawDocument & {
    steps: { type: string; id: string; owner: string; terms?: string[] }[];
    denialLoop: { type: string; from: string; to: string[] };
  })[];
  outlook: (RawDocument & OutlookToValidate)[];
  /** content/onet/: not contentlayer documents, so read as parsed JSON. */
  onet: { finderOccupations: unknown; titles: unknown };
}

/** The built content, as the validator reads it. */
export function getContentToValidate(): ContentToValidate {
  return {
    sources: allSources,
    occupations: allOccupations,
    blsReleases: allBlsReleases,
    certifications: allCertifications,
    roles: allRoles,
    jobTitles: allJobTitles,
    quizVersions: allQuizVersions,
    quizOutcomes: allQuizOutcomes,
    glossaryTerms: allGlossaryTerms,
    careerTracks: allCareerTracks,
    claimJourney: claimJourney === undefined ? [] : [claimJourney],
    outlook: outlook === undefined ? [] : [outlook],
    lessonPlan: lessonPlan === undefined ? [] : [lessonPlan],
    planFacts: planFactSheet === undefined ? [] : [planFactSheet],
    onet: getOnetFiles(),
  };
}
