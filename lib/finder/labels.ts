// How families and levels read on the page, shared by the server pages and the search island.
import type { JobFamily, JobLevel, OccupationMatchKind } from '@/lib/content/vocabulary';

export const FAMILY_LABELS: Record<JobFamily, string> = {
  coding: 'Coding',
  billing: 'Billing',
  both: 'Coding and billing',
  adjacent: 'Related paths',
};

/** One line under each family heading of the browsable catalog. */
export const FAMILY_DESCRIPTIONS: Record<JobFamily, string> = {
  coding: 'Turning medical records into diagnosis and procedure codes, and checking that work.',
  billing: 'Sending claims, posting payments and following up until the bill is paid.',
  both: 'Jobs that mix coding and billing, up to running the whole revenue cycle.',
  adjacent:
    'Health information, patient access, credentialing and other jobs next door to coding and billing.',
};

export const LEVEL_LABELS: Record<JobLevel, string> = {
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  lead: 'Lead or manager',
};

/** The level filter's entry choice: entry-level titles, the ones a newcomer can apply for. */
export const ENTRY_FRIENDLY_LABEL = 'Entry-friendly';

/**
 * Where a title of each level usually sits in its occupation's pay range, in words: the BLS
 * publishes pay for occupations, not titles, so the site gives no number for a title.
 */
export const LEVEL_PAY_POSITIONS: Record<JobLevel, string> = {
  entry:
    "Entry-level titles like this one usually pay near the low end of this occupation's range.",
  mid: "Mid-level titles like this one usually pay near the middle of this occupation's range.",
  senior: "Senior titles like this one usually pay in the upper part of this occupation's range.",
  lead: "Lead and manager titles like this one usually pay near the high end of this occupation's range.",
};

/** The id of a family's section on /jobs, for "browse by family" links. */
export function familyAnchor(family: JobFamily): string {
  return `family-${family}`;
}

/** How a title's occupation was chosen, as the title page names it. */
export const OCCUPATION_MATCH_LABELS: Record<OccupationMatchKind, string> = {
  onet: 'O*NET match',
  nearest: 'Nearest occupation, chosen by this site',
};
