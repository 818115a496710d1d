// What the certification pages call issuing bodies, levels, roles and job levels.
import type {
  CertificationBody,
  CertificationLevel,
  JobLevel,
  RoleId,
} from '../content/vocabulary';

/** What the page calls each issuing body in full. */
export const BODY_NAMES: Record<CertificationBody, string> = {
  AAPC: 'AAPC',
  AHIMA: 'American Health Information Management Association',
  AMBA: 'American Medical Billing Association',
  NHA: 'National Healthcareer Association',
  HFMA: 'Healthcare Financial Management Association',
};

export const LEVEL_LABELS: Record<CertificationLevel, string> = {
  entry: 'Entry',
  advanced: 'Advanced',
  specialty: 'Specialty',
};

/** The meaning of each level, as the content schema defines it. */
export const LEVEL_DESCRIPTIONS: Record<CertificationLevel, string> = {
  entry: 'a first credential, for people new to the work',
  advanced: 'needs experience, a degree or another credential first',
  specialty: 'a focus area within the work',
};

export const ROLE_LABELS: Record<RoleId, string> = { coder: 'Coders', biller: 'Billers' };

export const JOB_LEVEL_LABELS: Record<JobLevel, string> = {
  entry: 'entry level',
  mid: 'mid level',
  senior: 'senior',
  lead: 'lead',
};
