// The closed word lists of the content. The schema (contentlayer.config.ts) and the validator
// (lib/content/validate.ts) both read these, so an option is added in one place.

export const ROLE_IDS = ['coder', 'biller'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export const CERTIFICATION_BODIES = ['AAPC', 'AHIMA', 'AMBA', 'NHA', 'HFMA'] as const;
export type CertificationBody = (typeof CERTIFICATION_BODIES)[number];

/** entry: a first credential; advanced: needs experience or another credential first; specialty: a focus area. */
export const CERTIFICATION_LEVELS = ['entry', 'advanced', 'specialty'] as const;
export type CertificationLevel = (typeof CERTIFICATION_LEVELS)[number];

export const JOB_FAMILIES = ['coding', 'billing', 'both', 'adjacent'] as const;
export type JobFamily = (typeof JOB_FAMILIES)[number];

export const JOB_LEVELS = ['entry', 'mid', 'senior', 'lead'] as const;
export type JobLevel = (typeof JOB_LEVELS)[number];

/**
 * How a job title's occupation was chosen: onet when O*NET lists the title (or an alias) under it;
 * nearest when O*NET does not list it there and the site chose the nearest occupation.
 */
export const OCCUPATION_MATCH_KINDS = ['onet', 'nearest'] as const;
export type OccupationMatchKind = (typeof OCCUPATION_MATCH_KINDS)[number];

/** How often the title appears in postings: a tie-breaker for search ranking. */
export const JOB_PREVALENCE = ['high', 'medium', 'low'] as const;
export type JobPrevalence = (typeof JOB_PREVALENCE)[number];

export const QUIZ_OUTCOMES = ['coding', 'billing', 'both', 'adjacent'] as const;
export type QuizOutcomeId = (typeof QUIZ_OUTCOMES)[number];

export const SOURCE_STANDINGS = ['primary', 'secondary'] as const;
export type SourceStanding = (typeof SOURCE_STANDINGS)[number];

/**
 * Who publishes a source, for ranking figures of the same period: a government agency (BLS, CMS,
 * O*NET), a professional body (AAPC, AHIMA, HFMA), or anyone else (career and content sites).
 */
export const PUBLISHER_KINDS = ['government', 'professional-body', 'other'] as const;
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

export const FIGURE_UNITS = [
  'usd-per-year',
  'usd-per-hour',
  'usd',
  'percent',
  'count',
  'count-per-year',
  'questions',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'ceus',
] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** What an occupation figure measures, so charts and tables can pick the right one. */
export const OCCUPATION_MEASURES = [
  'median-pay',
  'mean-pay',
  'pay-p10',
  'pay-p25',
  'pay-p75',
  'pay-p90',
  'employment',
  'growth',
  'openings',
  'education-share',
] as const;
export type OccupationMeasure = (typeof OCCUPATION_MEASURES)[number];

/** Who does a step in the life of a claim. */
export const CLAIM_STEP_OWNERS = [
  'front-office',
  'provider',
  'coder',
  'biller',
  'payer',
  'patient',
] as const;
export type ClaimStepOwner = (typeof CLAIM_STEP_OWNERS)[number];

/** How an occupation on /outlook relates to the two careers; sets its bar colour and summary card. */
export const OUTLOOK_RELATIONS = ['coder', 'biller', 'step-up', 'neighbor'] as const;
export type OutlookRelation = (typeof OUTLOOK_RELATIONS)[number];

/** "at-least": the source gives a floor, not the figure (BLS `#`: at or above the top-coded wage). */
export const FIGURE_BOUNDS = ['at-least'] as const;
export type FigureBound = (typeof FIGURE_BOUNDS)[number];

/** The BLS data sets `npm run data:bls` turns into content/bls/ releases. */
export const BLS_DATASETS = ['oews', 'projections'] as const;
export type BlsDataset = (typeof BLS_DATASETS)[number];

/**
 * The pages a quiz outcome sends its readers to next (content/quiz/outcomes/*: nextPage): names of
 * lib/routes' routes that take no slug, so each resolves to one page.
 */
export const READING_PAGES = [
  'compare',
  'roles',
  'certifications',
  'careerPaths',
  'claimJourney',
  'outlook',
  'jobs',
  'glossary',
] as const;
export type ReadingPage = (typeof READING_PAGES)[number];

/** The steps of the counselors' lesson plan (content/counselors/lesson-plan.yaml), in class order. */
export const LESSON_STEPS = ['intro', 'quiz', 'pairs', 'summary', 'exit-ticket'] as const;
export type LessonStepId = (typeof LESSON_STEPS)[number];

/** The ways to learn the personal plan knows (content/plan/facts.yaml has one entry for each). */
export const PLAN_TRAINING_IDS = [
  'college-certificate',
  'billing-certificate',
  'approved-course',
  'associate-degree',
  'registered-apprenticeship',
] as const;
export type PlanTrainingId = (typeof PLAN_TRAINING_IDS)[number];

/** The ways to pay for training the personal plan names. */
export const PLAN_PAYMENT_IDS = ['wioa', 'registered-apprenticeship', 'employer-tuition'] as const;
export type PlanPaymentId = (typeof PLAN_PAYMENT_IDS)[number];
