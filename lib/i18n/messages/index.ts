// Every namespace of interface strings, registered once here. The catalogs test compares the
// languages of getMessages key for key.
import type { Locale } from '../locales';
import { citationMessages } from './citations';
import { compareMessages } from './compare';
import { counselorsMessages } from './counselors';
import { layoutMessages } from './layout';
import { navMessages } from './nav';
import { quizMessages } from './quiz';

/** One language's strings: `getMessages('es').layout.skipLink`. */
export function getMessages(locale: Locale) {
  return {
    citations: citationMessages[locale],
    compare: compareMessages[locale],
    counselors: counselorsMessages[locale],
    layout: layoutMessages[locale],
    nav: navMessages[locale],
    quiz: quizMessages[locale],
  };
}

export type Messages = ReturnType<typeof getMessages>;
