// What the validator reads: every generated document, by type, plus the O*NET files. The build
// (scripts/validate-content.ts) and the content's own unit test check the same list.
import {
  allAnswers,
  allBlsReleases,
  allCareerTracks,
  allCertifications,
  allCheckedClaims,
  allGlossaryTerms,
  allJobTitles,
  allOccupations,
  allQuizOutcomes,
  allQuizVersions,
  allRoles,
  allSources,
  claimJourney,
  entryTitleList,
  firstJobGuide,
  lessonPlan,
  outlook,
  tryCodeList,
  allTrySets,
  trainingCheck,
  planFactSheet,
} from 'contentlayer/generated';
import { getOnetFiles } from './onet';
import type { CertificationGapFact } from './validate-certifications';
import type { OutlookToValidate } from './validate-choices';
import type { TrainingCheckToValidate } from './validate-training-check';
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

/** One piece of an answer's or a claim's evidence, as the validator reads it. */
export interface EvidenceToValidate {
  type: string;
  text?: string | undefined;
  source?: string | undefined;
  asOf?: string | undefined;
  figures?: unknown[] | undefined;
  occupationFigures?:
    { type: string; occupation: string; measure: string; unit: string }[] | undefined;
  roleFigures?: { type: string; role: string; label: string }[] | undefined;
  occupationNotes?: { type: string; occupation: string; source: string }[] | undefined;
  occupationEducation?: string[] | undefined;
  certificationFacts?: { type: string; certification: string; fact: string }[] | undefined;
  certificationRules?: string[] | undefined;
  seeAnswer?: string | undefined;
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
    notes?: unknown[] | undefined;
    typicalEducation?: unknown;
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
    apprentice?: string | undefined;
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
    trySet?: string | undefined;
    questions?: string[] | undefined;
    figures?: unknown[] | undefined;
    certificationRule?: { type: string; source: string } | undefined;
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
  /** content/first-job/guide.yaml, when it exists. */
  firstJobGuide: (RawDocument & {
    sections: {
      type: string;
      id: string;
      blocks: { type: string; evidence: string; sources?: string[] }[];
      bridgeJobs?: { type: string; job: string }[];
      listsEntryTitles?: boolean;
      links?: { type: string; page: string }[];
    }[];
  })[];
  /** content/first-job/entry-titles.yaml, when it exists. */
  entryTitleList: (RawDocument & {
    titles: {
      type: string;
      job: string;
      beginners: string;
      paths: string[];
      sources?: string[];
    }[];
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
  /** content/try/icd10cm-codes.yaml, when it exists (optional, so fixtures of other types may leave the try-the-work documents out). */
  tryCodeLists?: (RawDocument & {
    source: string;
    codes: { code: string; description: string }[];
  })[];
  trySets?: (RawDocument & {
    set: string;
    pace: { type: string; source?: string; asOf?: string };
    cases: {
      type: string;
      id: string;
      options: { type: string; id: string; code?: string; label?: string; why?: string }[];
      answer: string;
      sources: string[];
    }[];
  })[];
  /** content/training-check.yaml, when it exists. */
  trainingCheck?: (RawDocument & TrainingCheckToValidate)[];
  /** content/answers/*.yaml: the questions of /answers/. */
  answers: (RawDocument & {
    slug: string;
    shortAnswer: string;
    order: number;
    sections: {
      type: string;
      heading: string;
      intro?: string | undefined;
      evidence: EvidenceToValidate[];
    }[];
    whatToDo: {
      type: string;
      text: string;
      link?:
        | { type: string; text: string; page?: string; answer?: string; certification?: string }
        | undefined;
    }[];
    related: string[];
  })[];
  /** content/answers/claims/*.yaml: the claims checked on /answers/claims-we-checked/. */
  checkedClaims: (RawDocument & {
    id: string;
    claim: string;
    seenAt?: { type: string; source: string; asOf: string } | undefined;
    verdict: string;
    why: string;
    evidence: EvidenceToValidate[];
  })[];
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
    firstJobGuide: firstJobGuide === undefined ? [] : [firstJobGuide],
    entryTitleList: entryTitleList === undefined ? [] : [entryTitleList],
    tryCodeLists: tryCodeList === undefined ? [] : [tryCodeList],
    trySets: allTrySets,
    trainingCheck: trainingCheck === undefined ? [] : [trainingCheck],
    answers: allAnswers,
    checkedClaims: allCheckedClaims,
    planFacts: planFactSheet === undefined ? [] : [planFactSheet],
    onet: getOnetFiles(),
  };
}
