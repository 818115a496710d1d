// What the certification pages call issuing bodies, levels, roles and job levels, in each language.
import type {
  CertificationBody,
  CertificationLevel,
  JobLevel,
  RoleId,
} from '../content/vocabulary';
import type { Locale } from '../i18n';
import { getMessages, type Messages } from '../i18n/messages';

/** The certification pages' interface strings in one language. */
export type CertificationWords = Messages['certifications'];

export function certificationWords(locale: Locale): CertificationWords {
  return getMessages(locale).certifications;
}

/** What the page calls each issuing body in full: its own name, in English in both languages. */
export const BODY_NAMES: Record<CertificationBody, string> = {
  AAPC: 'AAPC',
  AHIMA: 'American Health Information Management Association',
  AMBA: 'American Medical Billing Association',
  NHA: 'National Healthcareer Association',
  HFMA: 'Healthcare Financial Management Association',
};

export function levelLabels(words: CertificationWords): Record<CertificationLevel, string> {
  return {
    entry: words.levelEntry,
    advanced: words.levelAdvanced,
    specialty: words.levelSpecialty,
  };
}

/** The meaning of each level, as the content schema defines it. */
export function levelDescriptions(words: CertificationWords): Record<CertificationLevel, string> {
  return {
    entry: words.levelEntryMeans,
    advanced: words.levelAdvancedMeans,
    specialty: words.levelSpecialtyMeans,
  };
}

export function roleLabels(words: CertificationWords): Record<RoleId, string> {
  return { coder: words.roleCoder, biller: words.roleBiller };
}

export function jobLevelLabels(words: CertificationWords): Record<JobLevel, string> {
  return {
    entry: words.jobLevelEntry,
    mid: words.jobLevelMid,
    senior: words.jobLevelSenior,
    lead: words.jobLevelLead,
  };
}
