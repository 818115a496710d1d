// Which fields of each content type are prose, and so have a Spanish text under content/es/.
// contentlayer.config.ts derives each Spanish schema from this, and lib/content lays the Spanish
// text over the English document by it; everything not named here (ids, enums, numbers, dates,
// sources, codes, links) is shared by both languages and written once, in the English file.

/**
 * `true`: a string field. `'strings'`: a list of strings, translated item by item. An object: a
 * nested object, or a list of nested objects, whose own prose fields are those named in it.
 */
export type TextFields = { readonly [field: string]: true | 'strings' | TextFields };

export const TRANSLATED_FIELDS = {
  JobTitle: { name: true, summary: true, description: true, occupationMatch: { reason: true } },
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
} as const satisfies Record<string, TextFields>;

/** Fields only the Spanish files have: words Spanish speakers search for, which English lacks. */
export const SPANISH_ONLY_FIELDS = {
  /** Spanish names and synonyms a Spanish speaker may type in the finder, e.g. "codificador médico". */
  JobTitle: { searchTerms: 'strings' },
} as const satisfies Record<string, TextFields>;
