// The personal plan's data: what the planner reads (answers and the content's facts, resolved and
// cited at build time so the browser needs no content reader) and the plan it returns.
import type { CitedFigureView, Citation } from '../citations';
import type { PlanPaymentId, PlanTrainingId } from '../content/vocabulary';
import type { Locale } from '../i18n';
import type { PlanMessages } from '../i18n/messages/plan';

/** The language a plan is written in: its words (the plan catalog) and its locale, for numbers. */
export interface PlanWords {
  locale: Locale;
  m: PlanMessages;
}

/** Low and high ends of a range; equal when the source gives one number. */
export interface Range {
  min: number;
  max: number;
}

/** A figure the planner counts with, and how the page shows it with its source. */
export interface CountedFigure {
  range: Range;
  view: CitedFigureView;
}

export type TrainingTime =
  /** A fixed length, in months. */
  | { kind: 'months'; figure: CountedFigure }
  /** Hours of study at one's own pace: the months follow from the hours a week. */
  | { kind: 'study-hours'; figure: CountedFigure }
  | { kind: 'unknown' };

export interface TrainingFacts {
  id: PlanTrainingId;
  name: string;
  where: string;
  time: TrainingTime;
  /** In dollars; null when not known. */
  cost: CountedFigure | null;
  /** What was not found, in words. */
  unknown?: string;
}

/** The credentials a v1 plan can name first. */
export const PLAN_CREDENTIALS = ['cpc', 'cca', 'cpb', 'cbcs'] as const;
export type PlanCredentialSlug = (typeof PLAN_CREDENTIALS)[number];

export interface CredentialFacts {
  slug: PlanCredentialSlug;
  acronym: string;
  name: string;
  issuer: string;
  href: string;
  /** Who it is a good first credential for (the certification's own words). */
  firstFor: string;
  fee: CountedFigure | null;
  /** Yearly dues needed to take and keep it (AAPC's membership); null when none is listed. */
  membership: CountedFigure | null;
  /** How it is kept, in words: "36 CEUs every 2 years". Null when not known. */
  renewal: string | null;
  /** The exam allows code books (the CPC), so the plan counts buying them. */
  openBook: boolean;
  /** Passing without experience gives an apprentice status (CPC-A). */
  hasApprenticeStatus: boolean;
}

/** Which plan a first-job title is for: a coding or billing first job, or a bridge job into them. */
export type EntryTitlePath = 'coding' | 'billing' | 'bridge';

/** One title that hires beginners, from the job catalog (built in one place: server/titles.ts). */
export interface EntryTitle {
  slug: string;
  /** The title's name in the page's language. */
  title: string;
  /** The English title job boards use, which a plan tells the reader to search for. */
  boardTitle: string;
  path: EntryTitlePath;
}

/** An entry title with its page and its finder search, in the page's language. */
export interface LinkedEntryTitle extends EntryTitle {
  href: string;
  searchHref: string;
}

export interface WayToPay {
  id: PlanPaymentId;
  name: string;
  text: string;
  citation: Citation | null;
}

/** Everything a plan is built from, ready for the browser. */
export interface PlanContent {
  training: readonly TrainingFacts[];
  credentials: readonly CredentialFacts[];
  apprentice: {
    yearsOfWork: CountedFigure;
    yearsWithCourse: CountedFigure;
    courseHours: CountedFigure;
  };
  remoteShare: CitedFigureView;
  billingOnTheJob: { text: string; citation: Citation };
  waysToPay: readonly WayToPay[];
  entryTitles: readonly LinkedEntryTitle[];
}

export type PlanTime = { kind: 'months'; months: Range } | { kind: 'none' } | { kind: 'unknown' };
export type PlanCost = { kind: 'usd'; usd: Range } | { kind: 'none' } | { kind: 'unknown' };

export type PlanStepId =
  | 'quiz'
  | 'diploma'
  | 'free-training'
  | 'training'
  | 'membership'
  | 'books'
  | 'exam'
  | 'first-job'
  | 'experience'
  | 'remote';

export interface PlanStep {
  id: PlanStepId;
  title: string;
  text: readonly string[];
  /** before-job steps add up to the months to a first job; after-job steps come once hired. */
  phase: 'before-job' | 'after-job';
  time: PlanTime;
  cost: PlanCost;
  /** The figures the step's time and cost come from, with their sources. */
  figures: readonly CitedFigureView[];
}

export interface PlanLink {
  href: string;
  label: string;
}

export interface PlanTotals {
  /** Months to a first job: the sum of the before-job steps whose time is known. */
  months: Range;
  /** Titles of before-job steps whose time is not known. */
  monthsUnknown: readonly string[];
  /** First-year cost: the sum of every step's known cost. */
  cost: Range;
  costUnknown: readonly string[];
}

export interface Plan {
  version: number;
  path: 'coding' | 'billing';
  steps: readonly PlanStep[];
  totals: PlanTotals;
  learn: { chosen: PlanTrainingId | null; options: readonly TrainingFacts[] };
  credential: { facts: CredentialFacts; why: readonly string[] };
  titles: readonly (PlanLink & { searchHref: string })[];
  bridgeTitles: readonly PlanLink[];
  experience: { title: string; text: readonly string[]; figures: readonly CitedFigureView[] };
  remote: { text: readonly string[]; figure: CitedFigureView };
  waysToPay: readonly WayToPay[];
  thisWeek: readonly string[];
}
