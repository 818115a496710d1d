// One schema per content type. Every field the site depends on is required; missing, mistyped or
// unknown fields fail the build (see makeSource flags). Enums and cross-references are checked after
// the build by scripts/validate-content.ts, because contentlayer does not check them itself.
import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import { spanishDocumentType } from './lib/content/spanish-schemas';
import { SPANISH_ONLY_FIELDS, TRANSLATED_FIELDS } from './lib/content/translated-fields';
import {
  ANSWER_LINK_PAGES,
  ANSWER_SLUGS,
  BEGINNER_HIRING,
  BLS_DATASETS,
  CERTIFICATION_BODIES,
  CERTIFICATION_FACTS,
  CERTIFICATION_LEVELS,
  CLAIM_STEP_OWNERS,
  CLAIM_VERDICTS,
  ENTRY_TITLE_PATHS,
  FIGURE_BOUNDS,
  FIGURE_UNITS,
  GUIDE_EVIDENCE,
  GUIDE_LINK_PAGES,
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
  TRAINING_CHECK_READ_MORE,
  TRY_SETS,
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
    /** The set of /try/ that lets a reader try this role's work. */
    trySet: { type: 'enum', options: [...TRY_SETS], required: true },
    /** The straight answers (ANSWER_SLUGS) to the questions this role's page raises, in order. */
    questions: { type: 'list', of: { type: 'enum', options: [...ANSWER_SLUGS] }, required: true },
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
    /** The straight answers (ANSWER_SLUGS) to the questions pay and outlook raise, in order. */
    questions: { type: 'list', of: { type: 'enum', options: [...ANSWER_SLUGS] }, required: true },
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

/** One paragraph of the first-job guide: what it says, what kind of evidence it rests on, and its sources. */
const GuideBlock = defineNestedType(() => ({
  name: 'GuideBlock',
  fields: {
    text: { type: 'string', required: true },
    /** A short list after the text (e.g. sample resume lines). */
    items: stringList,
    evidence: { type: 'enum', options: [...GUIDE_EVIDENCE], required: true },
    /** Source ids; required unless the evidence is the site's advice or a fact no source gives. */
    sources: stringList,
  },
}));

/** A job that leads toward coding: its job title slug, and what it teaches on the way. */
const BridgeJob = defineNestedType(() => ({
  name: 'BridgeJob',
  fields: {
    job: { type: 'string', required: true },
    text: { type: 'string', required: true },
  },
}));

/** A link from a section to another page, by the page's name (GUIDE_LINK_PAGES). */
const GuideLink = defineNestedType(() => ({
  name: 'GuideLink',
  fields: {
    page: { type: 'enum', options: [...GUIDE_LINK_PAGES], required: true },
    text: { type: 'string', required: true },
  },
}));

const GuideSection = defineNestedType(() => ({
  name: 'GuideSection',
  fields: {
    /** The section's anchor on the page. */
    id: { type: 'string', required: true },
    heading: { type: 'string', required: true },
    blocks: { type: 'list', of: GuideBlock, required: true },
    /** The jobs that lead toward coding, in ladder order. */
    bridgeJobs: { type: 'list', of: BridgeJob },
    /** This section lists the entry-friendly titles (content/first-job/entry-titles.yaml). */
    listsEntryTitles: { type: 'boolean' },
    links: { type: 'list', of: GuideLink },
  },
}));

/** /first-job/: the first 24 months, from a first credential to a first coding or billing job. */
export const FirstJobGuide = defineDocumentType(() => ({
  name: 'FirstJobGuide',
  filePathPattern: 'first-job/guide.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    title: { type: 'string', required: true },
    /** The page's meta description. */
    description: { type: 'string', required: true },
    intro: { ...stringList, required: true },
    sections: { type: 'list', of: GuideSection, required: true },
  },
}));

/** One title that takes beginners: whether often or sometimes, the paths it starts, what to do first. */
const EntryTitleItem = defineNestedType(() => ({
  name: 'EntryTitleItem',
  fields: {
    /** Job title slug (content/jobs/), an entry-level title. */
    job: { type: 'string', required: true },
    beginners: { type: 'enum', options: [...BEGINNER_HIRING], required: true },
    paths: { type: 'list', of: { type: 'enum', options: [...ENTRY_TITLE_PATHS] }, required: true },
    firstStep: { type: 'string', required: true },
    /** Sources of the rating or of the first step, where they state a fact. */
    sources: stringList,
  },
}));

/** The entry-friendly job titles: read by /first-job/, the job pages, the finder and the planner. */
export const EntryTitleList = defineDocumentType(() => ({
  name: 'EntryTitleList',
  filePathPattern: 'first-job/entry-titles.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    titles: { type: 'list', of: EntryTitleItem, required: true },
  },
}));

/** An ICD-10-CM code with its official long description, word for word. */
const IcdCode = defineNestedType(() => ({
  name: 'IcdCode',
  fields: {
    code: { type: 'string', required: true },
    description: { type: 'string', required: true },
  },
}));

/** The ICD-10-CM codes the try-the-work cases use: try/icd10cm-codes.yaml. */
export const TryCodeList = defineDocumentType(() => ({
  name: 'TryCodeList',
  filePathPattern: 'try/icd10cm-codes.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    /** The fiscal year of the code files the descriptions were checked against, e.g. "FY 2026". */
    fiscalYear: { type: 'string', required: true },
    /** Id of the Source the descriptions come from. */
    source: { type: 'string', required: true },
    codes: { type: 'list', of: IcdCode, required: true },
  },
}));

/** One line of a case: "Reason for visit: ...", "The plan's answer: ...". */
const TryNoteLine = defineNestedType(() => ({
  name: 'TryNoteLine',
  fields: {
    label: { type: 'string', required: true },
    text: { type: 'string', required: true },
  },
}));

/** One answer to pick: an ICD-10-CM code from the code list, or words. */
const TryOption = defineNestedType(() => ({
  name: 'TryOption',
  fields: {
    id: { type: 'string', required: true },
    /** A code of try/icd10cm-codes.yaml; the page shows its official description. */
    code: { type: 'string' },
    /** The option in words, when it is not a code. */
    label: { type: 'string' },
    /** Why this option is not the answer (every option but the answer has one). */
    why: { type: 'string' },
  },
}));

const TryCase = defineNestedType(() => ({
  name: 'TryCase',
  fields: {
    id: { type: 'string', required: true },
    title: { type: 'string', required: true },
    note: { type: 'list', of: TryNoteLine, required: true },
    question: { type: 'string', required: true },
    options: { type: 'list', of: TryOption, required: true },
    /** The id of the right option. */
    answer: { type: 'string', required: true },
    /** Why the right answer is right, in plain words (each other option says why it is not). */
    explanation: { type: 'string', required: true },
    /** The guideline or rule behind it. */
    rule: { type: 'string', required: true },
    sources: { ...stringList, required: true },
  },
}));

/** How many a day, in words: a reported range with its source, or why it is unknown. */
const TryPace = defineNestedType(() => ({
  name: 'TryPace',
  fields: {
    text: { type: 'string', required: true },
    source: { type: 'string' },
    asOf: { type: 'string' },
  },
}));

/** What each answer to "how did that feel?" suggests. */
const TryFeelings = defineNestedType(() => ({
  name: 'TryFeelings',
  fields: {
    enjoyed: { type: 'string', required: true },
    fine: { type: 'string', required: true },
    notForMe: { type: 'string', required: true },
  },
}));

/** One set of /try/: try/sets/coding.yaml or try/sets/billing.yaml (TRY_SETS). */
export const TrySet = defineDocumentType(() => ({
  name: 'TrySet',
  filePathPattern: 'try/sets/*.yaml',
  contentType: 'data',
  fields: {
    title: { type: 'string', required: true },
    intro: { type: 'string', required: true },
    pace: { type: 'nested', of: TryPace, required: true },
    feelings: { type: 'nested', of: TryFeelings, required: true },
    cases: { type: 'list', of: TryCase, required: true },
  },
  computedFields: { set: idFromFileName },
}));

/** One kind of approval a school may claim (CAHIIM, AHIMA, AAPC): what it means and does not promise. */
const TrainingApproval = defineNestedType(() => ({
  name: 'TrainingApproval',
  fields: {
    id: { type: 'string', required: true },
    name: { type: 'string', required: true },
    /** What kind of program the approval is about. */
    covers: { type: 'string', required: true },
    means: { type: 'string', required: true },
    doesNotPromise: { type: 'string', required: true },
    /** The source of `means`, when it states a fact. */
    source: { type: 'string' },
    asOf: { type: 'string' },
    /** Certification slugs whose own eligibility the page shows under this approval. */
    certifications: { ...stringList, required: true },
  },
}));

const TrainingCost = defineNestedType(() => ({
  name: 'TrainingCost',
  fields: {
    intro: { type: 'string', required: true },
    communityCollege: { type: 'list', of: Figure, required: true },
    forProfit: { type: 'list', of: Figure, required: true },
    /** Certification slugs whose exam fee the page shows (read from the certification). */
    examFees: { ...stringList, required: true },
  },
}));

const TrainingLength = defineNestedType(() => ({
  name: 'TrainingLength',
  fields: {
    intro: { type: 'string', required: true },
    facts: { type: 'list', of: SourcedText, required: true },
    /** Certification slugs whose apprentice rule the page shows (read from the certification). */
    apprenticeRules: { ...stringList, required: true },
  },
}));

const TrainingRedFlag = defineNestedType(() => ({
  name: 'TrainingRedFlag',
  fields: {
    id: { type: 'string', required: true },
    name: { type: 'string', required: true },
    why: { type: 'string', required: true },
    /** The source of `why`, when it states a fact. */
    source: { type: 'string' },
    asOf: { type: 'string' },
    /** The answer page (lib/routes `answer`) that says more. */
    readMore: { type: 'enum', options: [...TRAINING_CHECK_READ_MORE] },
  },
}));

/** A place to look a school up yourself: a public site, what to look for, and sourced facts about it. */
const TrainingCheckPlace = defineNestedType(() => ({
  name: 'TrainingCheckPlace',
  fields: {
    id: { type: 'string', required: true },
    name: { type: 'string', required: true },
    url: { type: 'string', required: true },
    what: { type: 'string', required: true },
    facts: { type: 'list', of: SourcedText, required: true },
  },
}));

/**
 * One yes-or-no question of the checklist. A red-flag question (`redFlag`) worries on "yes"; any
 * other question is a check, which worries on "no" and says `concern`.
 */
const TrainingCheckQuestion = defineNestedType(() => ({
  name: 'TrainingCheckQuestion',
  fields: {
    id: { type: 'string', required: true },
    prompt: { type: 'string', required: true },
    /** The red flag a "yes" shows (an id of redFlags). */
    redFlag: { type: 'string' },
    /** A check's worrying answer, in one sentence for the summary. */
    concern: { type: 'string' },
    /** What to ask or do next when the answer worries or is still open. */
    ask: { type: 'string', required: true },
    /** Where to look it up (an id of whereToCheck). */
    where: { type: 'string' },
  },
}));

const TrainingCheckGroup = defineNestedType(() => ({
  name: 'TrainingCheckGroup',
  fields: {
    id: { type: 'string', required: true },
    title: { type: 'string', required: true },
    questions: { type: 'list', of: TrainingCheckQuestion, required: true },
  },
}));

const TrainingVerdict = defineNestedType(() => ({
  name: 'TrainingVerdict',
  fields: {
    title: { type: 'string', required: true },
    text: { type: 'string', required: true },
  },
}));

/** The summary's headline, by what the answers show (lib/training-check picks one). */
const TrainingVerdicts = defineNestedType(() => ({
  name: 'TrainingVerdicts',
  fields: {
    redFlags: { type: 'nested', of: TrainingVerdict, required: true },
    concerns: { type: 'nested', of: TrainingVerdict, required: true },
    open: { type: 'nested', of: TrainingVerdict, required: true },
    clear: { type: 'nested', of: TrainingVerdict, required: true },
  },
}));

/** The /training-check/ page: is this school or course worth it? */
export const TrainingCheck = defineDocumentType(() => ({
  name: 'TrainingCheck',
  filePathPattern: 'training-check.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    intro: { ...stringList, required: true },
    approvals: { type: 'list', of: TrainingApproval, required: true },
    cost: { type: 'nested', of: TrainingCost, required: true },
    length: { type: 'nested', of: TrainingLength, required: true },
    redFlags: { type: 'list', of: TrainingRedFlag, required: true },
    whereToCheck: { type: 'list', of: TrainingCheckPlace, required: true },
    checklist: { type: 'list', of: TrainingCheckGroup, required: true },
    verdicts: { type: 'nested', of: TrainingVerdicts, required: true },
  },
}));

/** An occupation figure an answer shows: the headline the figure rule picks for this measure and unit. */
const OccupationFigureRef = defineNestedType(() => ({
  name: 'OccupationFigureRef',
  fields: {
    occupation: { type: 'string', required: true },
    measure: { type: 'enum', options: [...OCCUPATION_MEASURES], required: true },
    unit: { type: 'enum', options: [...FIGURE_UNITS], required: true },
  },
}));

/** A role's own figure (content/roles/<role>.md: figures), found by its label. */
const RoleFigureRef = defineNestedType(() => ({
  name: 'RoleFigureRef',
  fields: {
    role: { type: 'string', required: true },
    label: { type: 'string', required: true },
  },
}));

/** A sourced remark of an occupation (content/occupations/<code>.yaml: notes), found by its source. */
const OccupationNoteRef = defineNestedType(() => ({
  name: 'OccupationNoteRef',
  fields: {
    occupation: { type: 'string', required: true },
    source: { type: 'string', required: true },
  },
}));

/** A fact of a credential's profile (content/certifications/<slug>.yaml), shown with a link to it. */
const CertificationFactRef = defineNestedType(() => ({
  name: 'CertificationFactRef',
  fields: {
    certification: { type: 'string', required: true },
    fact: { type: 'enum', options: [...CERTIFICATION_FACTS], required: true },
  },
}));

/**
 * One piece of evidence: a sourced sentence, new figures, or figures the site already holds
 * (referred to, never typed twice). Text never holds an amount or a percentage: those are figures.
 */
const AnswerEvidence = defineNestedType(() => ({
  name: 'AnswerEvidence',
  fields: {
    text: { type: 'string' },
    source: { type: 'string' },
    asOf: { type: 'string' },
    figures: { type: 'list', of: Figure },
    occupationFigures: { type: 'list', of: OccupationFigureRef },
    roleFigures: { type: 'list', of: RoleFigureRef },
    occupationNotes: { type: 'list', of: OccupationNoteRef },
    /** Occupation codes whose typical entry education (from the Handbook) this shows. */
    occupationEducation: stringList,
    certificationFacts: { type: 'list', of: CertificationFactRef },
    /** Role slugs whose rule on certification (content/roles/<role>.md: certificationRule) this shows. */
    certificationRules: stringList,
    /** An answer whose evidence bears on this point, linked instead of repeating its facts. */
    seeAnswer: { type: 'enum', options: [...ANSWER_SLUGS] },
  },
}));

const AnswerSection = defineNestedType(() => ({
  name: 'AnswerSection',
  fields: {
    heading: { type: 'string', required: true },
    /** The site's own words before the evidence: what a term means, how to read what follows. */
    intro: { type: 'string' },
    evidence: { type: 'list', of: AnswerEvidence, required: true },
  },
}));

/** Where a "what to do" step sends the reader: exactly one of a page, an answer or a credential. */
const AnswerLink = defineNestedType(() => ({
  name: 'AnswerLink',
  fields: {
    text: { type: 'string', required: true },
    page: { type: 'enum', options: [...ANSWER_LINK_PAGES] },
    answer: { type: 'enum', options: [...ANSWER_SLUGS] },
    certification: { type: 'string' },
  },
}));

const AnswerStep = defineNestedType(() => ({
  name: 'AnswerStep',
  fields: {
    text: { type: 'string', required: true },
    link: { type: 'nested', of: AnswerLink },
  },
}));

/** One question of /answers/: the short answer first, then the evidence, then what to do. */
export const Answer = defineDocumentType(() => ({
  name: 'Answer',
  filePathPattern: 'answers/*.yaml',
  contentType: 'data',
  fields: {
    /** The question, as the page's heading. */
    title: { type: 'string', required: true },
    /** Two or three plain sentences, no figures: the answer before any evidence. */
    shortAnswer: { type: 'string', required: true },
    /** Place on the /answers/ hub. */
    order: { type: 'number', required: true },
    /** When the answer was last checked against its sources. */
    checked: { type: 'date', required: true },
    sections: { type: 'list', of: AnswerSection, required: true },
    whatToDo: { type: 'list', of: AnswerStep, required: true },
    /** Answer slugs to read next. */
    related: { type: 'list', of: { type: 'enum', options: [...ANSWER_SLUGS] }, required: true },
  },
  computedFields: { slug: idFromFileName },
}));

/** Where the site met a claim: the page that makes it, and that page's date. */
const ClaimSeenAt = defineNestedType(() => ({
  name: 'ClaimSeenAt',
  fields: {
    source: { type: 'string', required: true },
    asOf: { type: 'string', required: true },
  },
}));

/** A common claim, checked: its verdict and the evidence for it (shown on /answers/claims-we-checked/). */
export const CheckedClaim = defineDocumentType(() => ({
  name: 'CheckedClaim',
  filePathPattern: 'answers/claims/*.yaml',
  contentType: 'data',
  fields: {
    /** The claim as people meet it. */
    claim: { type: 'string', required: true },
    /** Required when the claim quotes an amount or a percentage, so it is shown with where it came from. */
    seenAt: { type: 'nested', of: ClaimSeenAt },
    verdict: { type: 'enum', options: [...CLAIM_VERDICTS], required: true },
    /** One plain sentence: why the verdict. */
    why: { type: 'string', required: true },
    order: { type: 'number', required: true },
    evidence: { type: 'list', of: AnswerEvidence, required: true },
  },
  computedFields: { id: idFromFileName },
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

const ENGLISH_TYPES = {
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
  FirstJobGuide,
  EntryTitleList,
  TryCodeList,
  TrySet,
  TrainingCheck,
  Answer,
  CheckedClaim,
  PlanFactSheet,
};

/** Each translated type's Spanish twin under content/es/ (lib/content/spanish-schemas.ts). */
const SPANISH_TYPES = Object.entries(TRANSLATED_FIELDS).map(([name, fields]) => {
  const english = Object.entries(ENGLISH_TYPES).find(([typeName]) => typeName === name)?.[1];
  if (!english) throw new Error(`translated-fields: no content type named ${name}`);
  const spanishOnly = Object.entries(SPANISH_ONLY_FIELDS).find(([typeName]) => typeName === name);
  return spanishDocumentType(english, fields, spanishOnly?.[1]);
});

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  contentDirExclude: ['onet', 'places', 'finder', 'README.md', 'bls/README.md'],
  documentTypes: [...Object.values(ENGLISH_TYPES), ...SPANISH_TYPES],
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
});
