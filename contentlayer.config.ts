// One schema per content type. Every field the site depends on is required; missing, mistyped or
// unknown fields fail the build (see makeSource flags). Enums and cross-references are checked after
// the build by scripts/validate-content.ts, because contentlayer does not check them itself.
import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import {
  BLS_DATASETS,
  CERTIFICATION_BODIES,
  CERTIFICATION_LEVELS,
  CLAIM_STEP_OWNERS,
  FIGURE_BOUNDS,
  FIGURE_UNITS,
  JOB_FAMILIES,
  JOB_LEVELS,
  JOB_PREVALENCE,
  LESSON_STEPS,
  OCCUPATION_MATCH_KINDS,
  OCCUPATION_MEASURES,
  OUTLOOK_RELATIONS,
  PLAN_PAYMENT_IDS,
  PLAN_TRAINING_IDS,
  READING_PAGES,
  ROLE_IDS,
  PUBLISHER_KINDS,
  SOURCE_STANDINGS,
} from './lib/content/vocabulary';

const stringList = { type: 'list', of: { type: 'string' } } as const;

/** A number the site shows. It always carries its unit, its date and the source it came from. */
const figureFields = {
  value: { type: 'number', required: true },
  /** Upper end when the source gives a range (for example two published fees). */
  valueMax: { type: 'number' },
  unit: { type: 'enum', options: [...FIGURE_UNITS], required: true },
  /** The period the figure describes, as the source words it: "May 2024", "2024-34". */
  asOf: { type: 'string', required: true },
  /** Id of a Source document. */
  source: { type: 'string', required: true },
  label: { type: 'string' },
  note: { type: 'string' },
  /** "at-least": the source gives only a floor (BLS `#`, at or above the top-coded wage). */
  bound: { type: 'enum', options: [...FIGURE_BOUNDS] },
} as const;

const Figure = defineNestedType(() => ({ name: 'Figure', fields: figureFields }));

const OccupationFigure = defineNestedType(() => ({
  name: 'OccupationFigure',
  fields: {
    ...figureFields,
    measure: { type: 'enum', options: [...OCCUPATION_MEASURES], required: true },
    /** Two-letter US state code; absent for national figures. */
    place: { type: 'string' },
  },
}));

/** A figure BLS did not publish (`*`, `**` in its files): recorded so a page can say so, never a number. */
const NotPublishedFigure = defineNestedType(() => ({
  name: 'NotPublishedFigure',
  fields: {
    measure: { type: 'enum', options: [...OCCUPATION_MEASURES], required: true },
    unit: { type: 'enum', options: [...FIGURE_UNITS], required: true },
    asOf: { type: 'string', required: true },
    source: { type: 'string', required: true },
    place: { type: 'string' },
  },
}));

/** What one BLS release says of one of the site's occupations. */
const BlsReleaseOccupation = defineNestedType(() => ({
  name: 'BlsReleaseOccupation',
  fields: {
    /** Occupation code: the file name of an Occupation. */
    code: { type: 'string', required: true },
    figures: { type: 'list', of: OccupationFigure, required: true },
    notPublished: { type: 'list', of: NotPublishedFigure, required: true },
  },
}));

/** A sentence of fact that has a source and a date but no number. */
const SourcedText = defineNestedType(() => ({
  name: 'SourcedText',
  fields: {
    text: { type: 'string', required: true },
    asOf: { type: 'string', required: true },
    source: { type: 'string', required: true },
  },
}));

/** One line of "Coding suits you if ...": a source and its date when the line states a fact. */
const SuitsYouIfLine = defineNestedType(() => ({
  name: 'SuitsYouIfLine',
  fields: {
    text: { type: 'string', required: true },
    source: { type: 'string' },
    asOf: { type: 'string' },
  },
}));

/** The home page's answer in words: "Coding suits you if" and three short lines. */
const SuitsYouIf = defineNestedType(() => ({
  name: 'SuitsYouIf',
  fields: {
    /** The words before the lines, e.g. "Coding suits you if". */
    lead: { type: 'string', required: true },
    lines: { type: 'list', of: SuitsYouIfLine, required: true },
  },
}));

const idFromFileName = {
  type: 'string',
  resolve: (doc: { _raw: { sourceFileName: string } }) =>
    doc._raw.sourceFileName.replace(/\.(md|ya?ml|json)$/, ''),
} as const;

export const Source = defineDocumentType(() => ({
  name: 'Source',
  filePathPattern: 'sources/*.yaml',
  contentType: 'data',
  fields: {
    publisher: { type: 'string', required: true },
    title: { type: 'string', required: true },
    url: { type: 'string', required: true },
    /** Edition or period of the page, as the publisher names it. */
    edition: { type: 'string', required: true },
    /** When the page was read for this site. */
    accessed: { type: 'date', required: true },
    standing: { type: 'enum', options: [...SOURCE_STANDINGS], required: true },
    publisherKind: { type: 'enum', options: [...PUBLISHER_KINDS], required: true },
    /** For a secondary source: whom it cites. */
    citing: { type: 'string' },
    note: { type: 'string' },
  },
  computedFields: { id: idFromFileName },
}));

export const Occupation = defineDocumentType(() => ({
  name: 'Occupation',
  filePathPattern: 'occupations/*.yaml',
  contentType: 'data',
  fields: {
    /** The SOC/O*NET title, e.g. "Medical Records Specialists". */
    title: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    onetUrl: { type: 'string', required: true },
    blsUrl: { type: 'string', required: true },
    oewsUrl: { type: 'string', required: true },
    typicalEducation: { type: 'nested', of: SourcedText },
    figures: { type: 'list', of: OccupationFigure, required: true },
    /** Sourced remarks on pay or outlook that are not numbers (e.g. the BLS note on AI). */
    notes: { type: 'list', of: SourcedText },
    /** Why this occupation only approximates a job title, when it does. */
    proxyNote: { type: 'string' },
  },
  computedFields: { code: idFromFileName },
}));

/** One BLS release, written by `npm run data:bls` (never by hand); its figures join the occupations'. */
export const BlsRelease = defineDocumentType(() => ({
  name: 'BlsRelease',
  filePathPattern: 'bls/*.yaml',
  contentType: 'data',
  fields: {
    dataset: { type: 'enum', options: [...BLS_DATASETS], required: true },
    /** The period as BLS words it: "May 2025", "2024-34". */
    period: { type: 'string', required: true },
    /** The BLS files it was read from. */
    generatedFrom: { ...stringList, required: true },
    occupations: { type: 'list', of: BlsReleaseOccupation, required: true },
  },
  computedFields: { id: idFromFileName },
}));

const CertificationExam = defineNestedType(() => ({
  name: 'CertificationExam',
  fields: {
    /** Plain description of the format, e.g. "40 multiple-choice questions and 7 inpatient cases". */
    format: { type: 'string' },
    questions: { type: 'nested', of: Figure },
    minutes: { type: 'nested', of: Figure },
    passingScore: { type: 'nested', of: Figure },
    fee: { type: 'nested', of: Figure },
    openBook: { type: 'string' },
  },
}));

const CertificationRenewal = defineNestedType(() => ({
  name: 'CertificationRenewal',
  fields: {
    everyYears: { type: 'nested', of: Figure },
    ceus: { type: 'nested', of: Figure },
    /** What keeping it costs: yearly dues, or the fee of a renewal exam. */
    cost: { type: 'nested', of: Figure },
    note: { type: 'string' },
  },
}));

/**
 * Why a fact the comparison table shows is missing, one sentence per absent fact: what the issuing
 * body does not publish, or what the pages read for this site did not say. Validation requires a
 * reason for every absent fact and refuses one for a fact that is present.
 */
const CertificationUnpublished = defineNestedType(() => ({
  name: 'CertificationUnpublished',
  fields: {
    eligibility: { type: 'string' },
    questions: { type: 'string' },
    minutes: { type: 'string' },
    fee: { type: 'string' },
    renewal: { type: 'string' },
  },
}));

export const Certification = defineDocumentType(() => ({
  name: 'Certification',
  filePathPattern: 'certifications/*.yaml',
  contentType: 'data',
  fields: {
    acronym: { type: 'string', required: true },
    name: { type: 'string', required: true },
    issuer: { type: 'enum', options: [...CERTIFICATION_BODIES], required: true },
    /** The roles it serves directly; empty for a credential that serves neither (then `serves` says whom). */
    roles: { type: 'list', of: { type: 'enum', options: [...ROLE_IDS] }, required: true },
    /** Whom it serves, in words, for a credential that serves neither coders nor billers directly. */
    serves: { type: 'string' },
    level: { type: 'enum', options: [...CERTIFICATION_LEVELS], required: true },
    proves: { type: 'string', required: true },
    firstFor: { type: 'string', required: true },
    /** Absent when not known: the site then says so and links the official page. */
    eligibility: { type: 'string' },
    exam: { type: 'nested', of: CertificationExam, required: true },
    renewal: { type: 'nested', of: CertificationRenewal, required: true },
    unpublished: { type: 'nested', of: CertificationUnpublished },
    /** The apprentice rule, where the credential has one (CPC-A). */
    apprentice: { type: 'string' },
    officialUrl: { type: 'string', required: true },
    sources: { ...stringList, required: true },
  },
  computedFields: { slug: idFromFileName },
}));

export const Role = defineDocumentType(() => ({
  name: 'Role',
  filePathPattern: 'roles/*.md',
  contentType: 'markdown',
  fields: {
    name: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    suitsYouIf: { type: 'nested', of: SuitsYouIf, required: true },
    focus: { type: 'string', required: true },
    dayInTheWork: { ...stringList, required: true },
    duties: { ...stringList, required: true },
    skills: { ...stringList, required: true },
    toolsAndCodeSets: { ...stringList, required: true },
    workSettings: { ...stringList, required: true },
    remoteWork: { type: 'string', required: true },
    education: { type: 'string', required: true },
    educationPaths: { ...stringList, required: true },
    /** Certification slugs. */
    firstCertification: { type: 'string', required: true },
    certifications: { ...stringList, required: true },
    /** Occupation code whose pay and outlook figures stand for this role. */
    occupation: { type: 'string', required: true },
    advancement: { ...stringList, required: true },
    tips: { ...stringList, required: true },
    figures: { type: 'list', of: Figure },
    /** Whether any law requires people in this role to be certified; shown on its credentials' pages. */
    certificationRule: { type: 'nested', of: SourcedText },
  },
  computedFields: { slug: idFromFileName },
}));

/** How a job title's occupation was chosen, so the page can say it and validation can check it. */
const OccupationMatch = defineNestedType(() => ({
  name: 'OccupationMatch',
  fields: {
    kind: { type: 'enum', options: [...OCCUPATION_MATCH_KINDS], required: true },
    /** onet: the O*NET title (as O*NET spells it) listed under the occupation: the name or an alias. */
    onetTitle: { type: 'string' },
    /** Why this occupation: required for nearest, optional for onet (e.g. O*NET lists several). */
    reason: { type: 'string' },
    /** nearest only: false when the occupation's pay would mislead (a supervisor on managers' pay). */
    payFits: { type: 'boolean' },
  },
}));

export const JobTitle = defineDocumentType(() => ({
  name: 'JobTitle',
  filePathPattern: 'jobs/*.yaml',
  contentType: 'data',
  fields: {
    name: { type: 'string', required: true },
    family: { type: 'enum', options: [...JOB_FAMILIES], required: true },
    level: { type: 'enum', options: [...JOB_LEVELS], required: true },
    prevalence: { type: 'enum', options: [...JOB_PREVALENCE], required: true },
    summary: { type: 'string', required: true },
    description: { type: 'string', required: true },
    /** true only where the description says the work is often or mostly remote (the finder's filter). */
    oftenRemote: { type: 'boolean' },
    certifications: { ...stringList, required: true },
    /** Credentials from bodies this site does not profile, written out, e.g. "CCDS (ACDIS)". */
    otherCredentials: stringList,
    nextSteps: { ...stringList, required: true },
    related: { ...stringList, required: true },
    aliases: stringList,
    abbreviations: stringList,
    occupation: { type: 'string', required: true },
    occupationMatch: { type: 'nested', of: OccupationMatch, required: true },
  },
  computedFields: { slug: idFromFileName },
}));

/** Points an answer gives each outcome; the keys are QUIZ_OUTCOMES, written out for the schema. */
const QuizWeights = defineNestedType(() => ({
  name: 'QuizWeights',
  fields: {
    coding: { type: 'number', required: true },
    billing: { type: 'number', required: true },
    both: { type: 'number', required: true },
    adjacent: { type: 'number', required: true },
  },
}));

const QuizOption = defineNestedType(() => ({
  name: 'QuizOption',
  fields: {
    id: { type: 'string', required: true },
    label: { type: 'string', required: true },
    weights: { type: 'nested', of: QuizWeights, required: true },
    /** One line shown in the result: why this answer points where it does. */
    reason: { type: 'string', required: true },
  },
}));

const QuizQuestion = defineNestedType(() => ({
  name: 'QuizQuestion',
  fields: {
    id: { type: 'string', required: true },
    prompt: { type: 'string', required: true },
    help: { type: 'string' },
    options: { type: 'list', of: QuizOption, required: true },
  },
}));

/** How sure a result is. Editorial: it changes the words around a result, never its percentages. */
const QuizCertainty = defineNestedType(() => ({
  name: 'QuizCertainty',
  fields: {
    /** Fewer answers than this give only an early lean, and "See my result" waits for this many. */
    minAnswers: { type: 'number', required: true },
    /** Outcomes within this many percentage points of the top one are too close to call. */
    closeMargin: { type: 'number', required: true },
  },
}));

/** One released question set. Released files never change, so old result links keep their meaning. */
export const QuizVersion = defineDocumentType(() => ({
  name: 'QuizVersion',
  filePathPattern: 'quiz/versions/*.yaml',
  contentType: 'data',
  fields: {
    version: { type: 'number', required: true },
    released: { type: 'date', required: true },
    questions: { type: 'list', of: QuizQuestion, required: true },
    certainty: { type: 'nested', of: QuizCertainty, required: true },
    /** About how long one answer takes, to say how long the quiz takes (tunable, like certainty). */
    secondsPerAnswer: { type: 'number', required: true },
  },
}));

export const QuizOutcome = defineDocumentType(() => ({
  name: 'QuizOutcome',
  filePathPattern: 'quiz/outcomes/*.yaml',
  contentType: 'data',
  fields: {
    name: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    /** Role slug to read next, when the outcome has one. */
    role: { type: 'string' },
    firstCertification: { type: 'string', required: true },
    jobTitles: { ...stringList, required: true },
    discussionPrompts: { ...stringList, required: true },
    /** The page to read next, by its name in lib/routes (READING_PAGES). */
    nextPage: { type: 'enum', options: [...READING_PAGES], required: true },
  },
  computedFields: { id: idFromFileName },
}));

export const GlossaryTerm = defineDocumentType(() => ({
  name: 'GlossaryTerm',
  filePathPattern: 'glossary/*.yaml',
  contentType: 'data',
  fields: {
    term: { type: 'string', required: true },
    expansion: { type: 'string' },
    definition: { type: 'string', required: true },
    /** Other spellings that should link to this term in running text. */
    aliases: stringList,
    related: stringList,
    source: { type: 'string' },
  },
  computedFields: { slug: idFromFileName },
}));

const CareerStep = defineNestedType(() => ({
  name: 'CareerStep',
  fields: {
    /** Job title slug. */
    jobTitle: { type: 'string', required: true },
    /** What opens this step: experience, a degree, a credential, in plain words. */
    unlock: { type: 'string', required: true },
    /** Certification slugs that help unlock this step. */
    certifications: stringList,
  },
}));

/** One ladder of the career-paths diagram, from entry to lead. */
export const CareerTrack = defineDocumentType(() => ({
  name: 'CareerTrack',
  filePathPattern: 'career-paths/*.yaml',
  contentType: 'data',
  fields: {
    name: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    /** Display order in the diagram. */
    order: { type: 'number', required: true },
    steps: { type: 'list', of: CareerStep, required: true },
  },
  computedFields: { slug: idFromFileName },
}));

const ClaimStep = defineNestedType(() => ({
  name: 'ClaimStep',
  fields: {
    id: { type: 'string', required: true },
    name: { type: 'string', required: true },
    description: { type: 'string', required: true },
    owner: { type: 'enum', options: [...CLAIM_STEP_OWNERS], required: true },
    /** Glossary slugs for the terms this step uses. */
    terms: stringList,
  },
}));

/** Where a denied claim goes back to, by step id. */
const DenialLoop = defineNestedType(() => ({
  name: 'DenialLoop',
  fields: {
    from: { type: 'string', required: true },
    to: { ...stringList, required: true },
    /** Who fixes what on the way back, ending the loop's sentence. */
    resolution: { type: 'string', required: true },
  },
}));

/** The life of a claim, from visit to payment, in order. */
export const ClaimJourney = defineDocumentType(() => ({
  name: 'ClaimJourney',
  filePathPattern: 'claim-journey.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    summary: { type: 'string', required: true },
    denialLoop: { type: 'nested', of: DenialLoop, required: true },
    steps: { type: 'list', of: ClaimStep, required: true },
  },
}));

/** Occupations that relate to the two careers in the same way, with the label they share. */
const OutlookGroup = defineNestedType(() => ({
  name: 'OutlookGroup',
  fields: {
    relation: { type: 'enum', options: [...OUTLOOK_RELATIONS], required: true },
    label: { type: 'string', required: true },
    /** Occupation codes, in display order. */
    occupations: { ...stringList, required: true },
  },
}));

/** One card of the outlook's short version: its heading and the sentence that sums it up. */
const OutlookVerdict = defineNestedType(() => ({
  name: 'OutlookVerdict',
  fields: {
    title: { type: 'string', required: true },
    /** Follows the occupation's title: "<title>, <occupationNote>." */
    occupationNote: { type: 'string' },
    verdict: { type: 'string' },
  },
}));

const OutlookSummary = defineNestedType(() => ({
  name: 'OutlookSummary',
  fields: {
    coders: { type: 'nested', of: OutlookVerdict, required: true },
    billers: { type: 'nested', of: OutlookVerdict, required: true },
    openings: { type: 'nested', of: OutlookVerdict, required: true },
    stepUps: { type: 'nested', of: OutlookVerdict, required: true },
  },
}));

/** The /outlook page's choices: which occupations, in what order, and the verdicts on them. */
export const Outlook = defineDocumentType(() => ({
  name: 'Outlook',
  filePathPattern: 'outlook.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    intro: { type: 'string', required: true },
    groups: { type: 'list', of: OutlookGroup, required: true },
    summary: { type: 'nested', of: OutlookSummary, required: true },
    aboutFigures: { ...stringList, required: true },
  },
}));

export const SiteInfo = defineDocumentType(() => ({
  name: 'SiteInfo',
  filePathPattern: 'site.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    name: { type: 'string', required: true },
    tagline: { type: 'string', required: true },
    description: { type: 'string', required: true },
    /** The last day the content as a whole was reviewed against its sources. */
    contentReviewed: { type: 'date', required: true },
  },
}));

const LessonStep = defineNestedType(() => ({
  name: 'LessonStep',
  fields: {
    id: { type: 'enum', options: [...LESSON_STEPS], required: true },
    title: { type: 'string', required: true },
    minutes: { type: 'number', required: true },
    /** What the teacher and the students do, in order. */
    activities: { ...stringList, required: true },
  },
}));

/** The counselors' lesson plan for one class period: /counselors/lesson-plan/. */
export const LessonPlan = defineDocumentType(() => ({
  name: 'LessonPlan',
  filePathPattern: 'counselors/lesson-plan.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    intro: { type: 'string', required: true },
    /** The length of the class period; the steps' minutes must add up to it. */
    classMinutes: { type: 'number', required: true },
    objectives: { ...stringList, required: true },
    prepare: { ...stringList, required: true },
    steps: { type: 'list', of: LessonStep, required: true },
    /** Why the quiz is for exploring, not for screening students. */
    notForScreening: { type: 'string', required: true },
  },
}));

/** One way to learn, for the personal plan. A time or cost that was not found is said in `unknown`. */
const PlanTraining = defineNestedType(() => ({
  name: 'PlanTraining',
  fields: {
    id: { type: 'enum', options: [...PLAN_TRAINING_IDS], required: true },
    name: { type: 'string', required: true },
    /** What it is and where to find it, in one or two sentences. */
    where: { type: 'string', required: true },
    /** How long it takes, in weeks, months or years, when that does not depend on study hours. */
    length: { type: 'nested', of: Figure },
    /** Hours of study, for a course taken at one's own pace. */
    studyHours: { type: 'nested', of: Figure },
    cost: { type: 'nested', of: Figure },
    /** What was not found (its time, its cost), in words; needed when one of them is missing. */
    unknown: { type: 'string' },
  },
}));

/** AAPC's rule for removing the "A" from a CPC-A. */
const PlanApprenticeRule = defineNestedType(() => ({
  name: 'PlanApprenticeRule',
  fields: {
    yearsOfWork: { type: 'nested', of: Figure, required: true },
    yearsWithCourse: { type: 'nested', of: Figure, required: true },
    courseHours: { type: 'nested', of: Figure, required: true },
  },
}));

/** A way to pay for training. One without a source says in its text what is not known. */
const PlanWayToPay = defineNestedType(() => ({
  name: 'PlanWayToPay',
  fields: {
    id: { type: 'enum', options: [...PLAN_PAYMENT_IDS], required: true },
    name: { type: 'string', required: true },
    text: { type: 'string', required: true },
    source: { type: 'string' },
    asOf: { type: 'string' },
  },
}));

/** The facts behind the personal plan (/plan/). Exam fees and renewal come from the certifications. */
export const PlanFactSheet = defineDocumentType(() => ({
  name: 'PlanFactSheet',
  filePathPattern: 'plan/facts.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    training: { type: 'list', of: PlanTraining, required: true },
    apprentice: { type: 'nested', of: PlanApprenticeRule, required: true },
    remoteShare: { type: 'nested', of: Figure, required: true },
    billingOnTheJob: { type: 'nested', of: SourcedText, required: true },
    waysToPay: { type: 'list', of: PlanWayToPay, required: true },
  },
}));

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  contentDirExclude: ['onet', 'places', 'finder', 'README.md', 'bls/README.md'],
  documentTypes: [
    Source,
    Occupation,
    BlsRelease,
    Certification,
    Role,
    JobTitle,
    QuizVersion,
    QuizOutcome,
    GlossaryTerm,
    CareerTrack,
    ClaimJourney,
    Outlook,
    SiteInfo,
    LessonPlan,
    PlanFactSheet,
  ],
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
});
