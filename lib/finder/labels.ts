// How families and levels read on an English page, shared by the server pages and the search island.
// The finder's catalog (lib/i18n/messages/finder.ts) takes its English from here and holds the
// other languages.
import type { JobFamily, JobLevel, OccupationMatchKind } from '@/lib/content/vocabulary';
import type { Messages } from '@/lib/i18n/messages';

export const FAMILY_LABELS: Record<JobFamily, string> = {
  coding: 'Coding',
  billing: 'Billing',
  both: 'Coding and billing',
  adjacent: 'Related paths',
};

/** One line under each family heading of the browsable catalog. */
export const FAMILY_DESCRIPTIONS: Record<JobFamily, string> = {
  coding: 'Turning what the doctor wrote into codes, and checking that work.',
  billing: 'Sending claims, recording payments and following up until the bill is paid.',
  both: 'Jobs that mix coding and billing, up to running the whole path from visit to payment.',
  adjacent: 'Health records, patient sign-in, checking doctors’ papers and other jobs next door.',
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
  entry: 'A first job like this one most often pays near the low end of the range for its group.',
  mid: 'A mid-level job like this one most often pays near the middle of the range for its group.',
  senior:
    'A senior job like this one most often pays in the upper part of the range for its group.',
  lead: 'A lead or manager job like this one most often pays near the high end of the range for its group.',
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

/**
 * The finder catalog's strings (lib/i18n/messages/finder.ts), as the server hands them to the
 * finder's islands: a type only, so no catalog reaches the browser's bundle.
 */
export type FinderLabels = Messages['finder'];
