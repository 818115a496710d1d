// The words the first-job guide, the job pages and the finder use for the guide's closed lists, in
// the locale's language (lib/i18n/messages/first-job.ts), and where the guide's links go.
import type {
  BeginnerHiring,
  EntryTitlePath,
  GuideEvidence,
  GuideLinkPage,
} from '../content/vocabulary';
import { formatMessage, type Locale } from '../i18n';
import { getMessages } from '../i18n/messages';
import type { FirstJobMessages } from '../i18n/messages/first-job';
import { routesFor } from '../routes';

const EVIDENCE_KEYS: Record<GuideEvidence, keyof FirstJobMessages> = {
  rule: 'evidenceRule',
  official: 'evidenceOfficial',
  survey: 'evidenceSurvey',
  practitioner: 'evidencePractitioner',
  provider: 'evidenceProvider',
  advice: 'evidenceAdvice',
  unknown: 'evidenceUnknown',
};

const BEGINNER_KEYS: Record<BeginnerHiring, keyof FirstJobMessages> = {
  often: 'beginnersOften',
  sometimes: 'beginnersSometimes',
};

const PATH_KEYS: Record<EntryTitlePath, keyof FirstJobMessages> = {
  coding: 'pathCoding',
  billing: 'pathBilling',
};

/** What kind of evidence a block rests on, as the tag beside it reads ("Official source"). */
export function evidenceLabel(evidence: GuideEvidence, locale: Locale): string {
  return getMessages(locale).firstJob[EVIDENCE_KEYS[evidence]];
}

/** "Often hires beginners". */
export function beginnersLabel(beginners: BeginnerHiring, locale: Locale): string {
  return getMessages(locale).firstJob[BEGINNER_KEYS[beginners]];
}

/** "A first step into coding or billing": the paths a title starts, in the content's order. */
export function pathsLabel(paths: readonly EntryTitlePath[], locale: Locale): string {
  const m = getMessages(locale).firstJob;
  const words = paths.map((path) => m[PATH_KEYS[path]]);
  const [first = '', second] = words;
  const joined = second === undefined ? first : formatMessage(m.pathsOr, { first, second });
  return formatMessage(m.pathsLabel, { paths: joined });
}

/** Where each page the guide names by its GUIDE_LINK_PAGES name lives, in the locale's language. */
export function guideLinkHref(page: GuideLinkPage, locale: Locale): string {
  const r = routesFor(locale);
  switch (page) {
    case 'plan':
      return r.plan();
    case 'remote-work':
      return r.answer('remote-work');
    case 'cpc':
      return r.certification('cpc');
    case 'career-paths':
      return r.careerPaths();
    case 'claim-journey':
      return r.claimJourney();
    case 'jobs':
      return r.jobs();
  }
}
