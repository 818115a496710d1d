// What each quiz result means for a class: its summary, the prompts pairs talk through, and the page
// to read next.
import type { ReadingPage } from '../content/vocabulary';
import type { QuizOutcomeId } from '../quiz';
import type { Locale } from '../i18n';
import { pageLink } from '../navigation';
import { routes, STATIC_PAGES } from '../routes';

/** A page on this site to read next, with its name from the navigation. */
export interface PageLink {
  href: string;
  label: string;
}

export interface OutcomeGuide {
  id: QuizOutcomeId;
  name: string;
  /** What the result means, in the outcome's own words. */
  summary: string;
  prompts: string[];
  nextPage: PageLink;
}

/** The part of an outcome's content a guide is made from. */
export interface OutcomeGuideInput {
  id: QuizOutcomeId;
  name: string;
  summary: string;
  discussionPrompts: readonly string[];
  nextPage: ReadingPage;
}

/** A reading page's address (from lib/routes) and its name in the site's page list. */
export function readingPageLink(page: ReadingPage, locale: Locale): PageLink {
  const href = routes[page]();
  const listed = STATIC_PAGES.find((staticPage) => staticPage.path === href);
  if (listed === undefined) throw new Error(`No page list entry for ${href} (nextPage "${page}")`);
  const link = pageLink(listed, locale);
  return { href: link.href, label: link.label };
}

export function outcomeGuide(outcome: OutcomeGuideInput, locale: Locale): OutcomeGuide {
  return {
    id: outcome.id,
    name: outcome.name,
    summary: outcome.summary,
    prompts: [...outcome.discussionPrompts],
    nextPage: readingPageLink(outcome.nextPage, locale),
  };
}
