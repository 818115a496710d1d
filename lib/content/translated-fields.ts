// Which fields of each content type are prose, and so have a Spanish text under content/es/.
// contentlayer.config.ts derives each Spanish schema from this, and lib/content lays the Spanish
// text over the English document by it; everything not named here (ids, enums, numbers, dates,
// sources, codes, links) is shared by both languages and written once, in the English file.

/**
 * `true`: a string field. `'strings'`: a list of strings, translated item by item. An object: a
 * nested object, or a list of nested objects, whose own prose fields are those named in it.
 */
export type TextFields = { readonly [field: string]: true | 'strings' | TextFields };

/** A figure's words: its label and its note. Its number, unit, period and source are shared. */
const FIGURE_TEXT = { label: true, note: true } as const satisfies TextFields;

/** A sourced sentence: only the sentence is prose; its period and source are shared. */
const SOURCED_TEXT = { text: true } as const satisfies TextFields;

/** One card of the outlook's short version. */
const OUTLOOK_VERDICT_TEXT = {
  title: true,
  occupationNote: true,
  verdict: true,
} as const satisfies TextFields;
/** An answer's or a checked claim's evidence: its sentence and the words of its own figures. */
const ANSWER_EVIDENCE_TEXT = { text: true, figures: { label: true, note: true } } as const;

const TRAINING_VERDICT_TEXT = { title: true, text: true } as const;

export const TRANSLATED_FIELDS = {
  Role: {
    name: true,
    summary: true,
    suitsYouIf: { lead: true, lines: { text: true } },
    focus: true,
    dayInTheWork: 'strings',
    duties: 'strings',
    skills: 'strings',
    toolsAndCodeSets: 'strings',
    workSettings: 'strings',
    remoteWork: true,
    education: true,
    educationPaths: 'strings',
    advancement: 'strings',
    tips: 'strings',
    figures: FIGURE_TEXT,
    certificationRule: SOURCED_TEXT,
  },
  // The credential's name stays in English (docs/translation-glossary.md): it is what the exam is called.
  Certification: {
    serves: true,
    proves: true,
    firstFor: true,
    eligibility: true,
    exam: {
      format: true,
      questions: FIGURE_TEXT,
      minutes: FIGURE_TEXT,
      passingScore: FIGURE_TEXT,
      fee: FIGURE_TEXT,
      openBook: true,
    },
    renewal: { everyYears: FIGURE_TEXT, ceus: FIGURE_TEXT, cost: FIGURE_TEXT, note: true },
    unpublished: { eligibility: true, questions: true, minutes: true, fee: true, renewal: true },
    apprentice: true,
  },
  Occupation: {
    title: true,
    summary: true,
    typicalEducation: SOURCED_TEXT,
    figures: FIGURE_TEXT,
    notes: SOURCED_TEXT,
    proxyNote: true,
  },
  CareerTrack: { name: true, summary: true, steps: { unlock: true } },
  Outlook: {
    intro: true,
    groups: { label: true },
    summary: {
      coders: OUTLOOK_VERDICT_TEXT,
      billers: OUTLOOK_VERDICT_TEXT,
      openings: OUTLOOK_VERDICT_TEXT,
      stepUps: OUTLOOK_VERDICT_TEXT,
    },
    aboutFigures: 'strings',
  },
  // The site's name stays "Coder or Biller" in both languages.
  SiteInfo: { tagline: true, description: true },
  JobTitle: { name: true, summary: true, description: true, occupationMatch: { reason: true } },
  TrySet: {
    title: true,
    intro: true,
    pace: { text: true },
    feelings: { enjoyed: true, fine: true, notForMe: true },
    cases: {
      title: true,
      note: { label: true, text: true },
      question: true,
      options: { label: true, why: true },
      explanation: true,
      rule: true,
    },
  },
  ClaimJourney: {
    summary: true,
    denialLoop: { resolution: true },
    steps: { name: true, description: true },
  },
  GlossaryTerm: { term: true, expansion: true, definition: true },
  Answer: {
    title: true,
    shortAnswer: true,
    sections: { heading: true, intro: true, evidence: ANSWER_EVIDENCE_TEXT },
    whatToDo: { text: true, link: { text: true } },
  },
  CheckedClaim: { claim: true, why: true, evidence: ANSWER_EVIDENCE_TEXT },
  TrainingCheck: {
    intro: 'strings',
    approvals: { name: true, covers: true, means: true, doesNotPromise: true },
    cost: {
      intro: true,
      communityCollege: { label: true, note: true },
      forProfit: { label: true, note: true },
    },
    length: { intro: true, facts: { text: true } },
    redFlags: { name: true, why: true },
    whereToCheck: { name: true, what: true, facts: { text: true } },
    checklist: { title: true, questions: { prompt: true, concern: true, ask: true } },
    verdicts: {
      redFlags: TRAINING_VERDICT_TEXT,
      concerns: TRAINING_VERDICT_TEXT,
      open: TRAINING_VERDICT_TEXT,
      clear: TRAINING_VERDICT_TEXT,
    },
  },
  QuizVersion: { questions: { prompt: true, help: true, options: { label: true, reason: true } } },
  QuizOutcome: { name: true, summary: true, discussionPrompts: 'strings' },
  LessonPlan: {
    intro: true,
    objectives: 'strings',
    prepare: 'strings',
    steps: { title: true, activities: 'strings' },
    notForScreening: true,
  },
  PlanFactSheet: {
    training: {
      name: true,
      where: true,
      length: { label: true, note: true },
      studyHours: { label: true, note: true },
      cost: { label: true, note: true },
      unknown: true,
    },
    apprentice: {
      yearsOfWork: { label: true, note: true },
      yearsWithCourse: { label: true, note: true },
      courseHours: { label: true, note: true },
    },
    remoteShare: { label: true, note: true },
    billingOnTheJob: { text: true },
    waysToPay: { name: true, text: true },
  },
  FirstJobGuide: {
    title: true,
    description: true,
    intro: 'strings',
    sections: {
      heading: true,
      blocks: { text: true, items: 'strings' },
      bridgeJobs: { text: true },
      links: { text: true },
    },
  },
  EntryTitleList: { titles: { firstStep: true } },
  // A source's title and publisher are quoted as published; its edition and note are our words.
  Source: { edition: true, note: true },
} as const satisfies Record<string, TextFields>;

/** Fields only the Spanish files have: words Spanish speakers search for, which English lacks. */
export const SPANISH_ONLY_FIELDS = {
  /** Spanish names and synonyms a Spanish speaker may type in the finder, e.g. "codificador médico". */
  JobTitle: { searchTerms: 'strings' },
  /** Spanish spellings and plurals that link to the term in Spanish running text ("denegaciones"). */
  GlossaryTerm: { spanishAliases: 'strings' },
} as const satisfies Record<string, TextFields>;
