// The words the first-job guide, the job pages and the finder use for the guide's closed lists.
import type {
  BeginnerHiring,
  EntryTitlePath,
  GuideEvidence,
  GuideLinkPage,
} from '../content/vocabulary';
import { routes } from '../routes';

/** What kind of evidence a block rests on, as the tag beside it reads. */
export const EVIDENCE_LABELS: Record<GuideEvidence, string> = {
  rule: 'The rule',
  official: 'Official source',
  survey: 'Survey',
  practitioner: 'What coders and trainers say',
  provider: 'A program about itself',
  advice: 'Our advice',
  unknown: 'Not known',
};

export const BEGINNER_LABELS: Record<BeginnerHiring, string> = {
  often: 'Often hires beginners',
  sometimes: 'Sometimes hires beginners',
};

const PATH_WORDS: Record<EntryTitlePath, string> = { coding: 'coding', billing: 'billing' };

/** "A first step into coding or billing": the paths a title starts, in the content's order. */
export function pathsLabel(paths: readonly EntryTitlePath[]): string {
  return `A first step into ${paths.map((path) => PATH_WORDS[path]).join(' or ')}`;
}

/** Where each page the guide names by its GUIDE_LINK_PAGES name lives. */
export function guideLinkHref(page: GuideLinkPage): string {
  switch (page) {
    case 'plan':
      return routes.plan();
    case 'remote-work':
      return routes.answer('remote-work');
    case 'cpc':
      return routes.certification('cpc');
    case 'career-paths':
      return routes.careerPaths();
    case 'claim-journey':
      return routes.claimJourney();
    case 'jobs':
      return routes.jobs();
  }
}
