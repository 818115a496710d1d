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

/** How often an entry-friendly title hires people new to the work (content/first-job/entry-titles.yaml). */
export const BEGINNER_HIRING = ['often', 'sometimes'] as const;
export type BeginnerHiring = (typeof BEGINNER_HIRING)[number];

/** The career paths a first job can start: the two the site compares. */
export const ENTRY_TITLE_PATHS = ['coding', 'billing'] as const;
export type EntryTitlePath = (typeof ENTRY_TITLE_PATHS)[number];

/**
 * What kind of evidence a sentence of the first-job guide rests on (content/first-job/guide.yaml),
 * shown beside it: a body's own rule, official data, a survey, what working coders or trainers
 * report, what a program says of itself, the site's own advice, or a fact no source gives.
 */
export const GUIDE_EVIDENCE = [
  'rule',
  'official',
  'survey',
  'practitioner',
  'provider',
  'advice',
  'unknown',
] as const;
export type GuideEvidence = (typeof GUIDE_EVIDENCE)[number];

/** The pages the first-job guide links to by name; lib/first-job resolves each through lib/routes. */
export const GUIDE_LINK_PAGES = [
  'plan',
  'remote-work',
  'cpc',
  'career-paths',
  'claim-journey',
  'jobs',
] as const;
export type GuideLinkPage = (typeof GUIDE_LINK_PAGES)[number];
/** The sets of /try/: one file each in content/try/sets/, named by the set. */
export const TRY_SETS = ['coding', 'billing'] as const;
export type TrySetId = (typeof TRY_SETS)[number];
/** The answer pages (lib/routes `answer`) a red flag of /training-check/ may send the reader to. */
export const TRAINING_CHECK_READ_MORE = ['how-long', 'remote-work', 'starting-pay'] as const;
export type TrainingCheckReadMore = (typeof TRAINING_CHECK_READ_MORE)[number];
/** The questions of /answers/, one page each (content/answers/<slug>.yaml); the addresses are fixed. */
export const ANSWER_SLUGS = [
  'ai',
  'remote-work',
  'offshoring',
  'starting-pay',
  'how-long',
  'which-is-easier',
  'claims-we-checked',
] as const;
export type AnswerSlug = (typeof ANSWER_SLUGS)[number];
/** The answer page that also shows the checked claims. */
export const CLAIMS_ANSWER: AnswerSlug = 'claims-we-checked';

/** What the site found when it checked a common claim (content/answers/claims/*.yaml). */
export const CLAIM_VERDICTS = ['true', 'partly-true', 'misleading', 'false', 'outdated'] as const;
export type ClaimVerdict = (typeof CLAIM_VERDICTS)[number];

/**
 * The pages an answer's "what to do" steps link to: the reading pages, and the planning pages
 * (names of lib/routes' routes that need no slug).
 */
export const ANSWER_LINK_PAGES = [
  ...READING_PAGES,
  'plan',
  'firstJob',
  'trainingCheck',
  'tryTheWork',
] as const;
export type AnswerLinkPage = (typeof ANSWER_LINK_PAGES)[number];

/** The facts of a credential an answer can show from its profile, in the profile's own words. */
export const CERTIFICATION_FACTS = ['eligibility', 'apprentice'] as const;
export type CertificationFact = (typeof CERTIFICATION_FACTS)[number];
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
