// Which fields of each content type are prose, and so have a Spanish text under content/es/.
// contentlayer.config.ts derives each Spanish schema from this, and lib/content lays the Spanish
// text over the English document by it; everything not named here (ids, enums, numbers, dates,
// sources, codes, links) is shared by both languages and written once, in the English file.

/**
 * `true`: a string field. `'strings'`: a list of strings, translated item by item. An object: a
 * nested object, or a list of nested objects, whose own prose fields are those named in it.
 */
export type TextFields = { readonly [field: string]: true | 'strings' | TextFields };

/** An answer's or a checked claim's evidence: its sentence and the words of its own figures. */
const ANSWER_EVIDENCE_TEXT = { text: true, figures: { label: true, note: true } } as const;

const TRAINING_VERDICT_TEXT = { title: true, text: true } as const;

export const TRANSLATED_FIELDS = {
  JobTitle: { name: true, summary: true, description: true, occupationMatch: { reason: true } },
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
} as const satisfies Record<string, TextFields>;

/** Fields only the Spanish files have: words Spanish speakers search for, which English lacks. */
export const SPANISH_ONLY_FIELDS = {
  /** Spanish names and synonyms a Spanish speaker may type in the finder, e.g. "codificador médico". */
  JobTitle: { searchTerms: 'strings' },
} as const satisfies Record<string, TextFields>;
