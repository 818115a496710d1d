// The data layer: the only module that reads contentlayer's generated documents (and content/onet/).
// Pages and features get typed data from these accessors, one file per content type. Content is
// validated at build time (validate.ts, run by scripts/validate-content.ts), so a lookup by a
// validated reference cannot miss; the accessors still fail loudly if it does.

export type {
  Answer,
  AnswerEvidence,
  AnswerStep,
  BlsRelease,
  CareerTrack,
  Certification,
  CertificationExam,
  ClaimJourney,
  CertificationRenewal,
  CheckedClaim,
  Figure,
  FirstJobGuide,
  GlossaryTerm,
  JobTitle,
  LessonPlan,
  LessonStep,
  NotPublishedFigure,
  Occupation,
  OccupationFigure,
  Outlook,
  PlanFactSheet,
  PlanTraining,
  PlanWayToPay,
  QuizOutcome,
  QuizVersion,
  Role,
  SiteInfo,
  Source,
  SourcedText,
  TryCase,
  TryCodeList,
  TrySet,
  TrainingCheck,
} from 'contentlayer/generated';

export * from './answers';
export { getNotPublishedFigures } from './bls';
export * from './career-paths';
export * from './certifications';
export * from './claim-journey';
export * from './counselors';
export * from './first-job';
export * from './glossary';
export * from './job-titles';
export * from './occupations';
export * from './onet';
export * from './outlook';
export * from './plan';
export * from './quiz';
export * from './roles';
export * from './site';
export * from './sources';
export * from './try-work';
export * from './training-check';
export { getContentToValidate, type ContentToValidate } from './to-validate';
export { validateContent } from './validate';
export { formatProblem, type ContentProblem } from './problems';
export { getFactPeriods, getTranslationProblems } from './translations';
export { localize, localizeAll, spanishTextOf } from './localize';
