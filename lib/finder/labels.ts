// How families and levels read on the page, shared by the server pages and the search island.
import type { JobFamily, JobLevel, OccupationMeasure } from '@/lib/content/vocabulary';

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

/** The id of a family's section on /jobs, for "browse by family" links. */
export function familyAnchor(family: JobFamily): string {
  return `family-${family}`;
}

/** Names of the pay measures the finder shows. */
export const PAY_MEASURE_LABELS: Partial<Record<OccupationMeasure, string>> = {
  'median-pay': 'Median pay',
  'mean-pay': 'Average pay',
};
