// Every namespace of interface strings, registered once here. The catalogs test compares the
// languages of getMessages key for key.
import type { Locale } from '../locales';
import { citationMessages } from './citations';
import { compareMessages } from './compare';
import { finderMessages } from './finder';
import { homeMessages } from './home';
import { jobsMessages } from './jobs';
import { layoutMessages } from './layout';
import { navMessages } from './nav';

/** One language's strings: `getMessages('es').layout.skipLink`. */
export function getMessages(locale: Locale) {
  return {
    citations: citationMessages[locale],
    compare: compareMessages[locale],
    finder: finderMessages[locale],
    home: homeMessages[locale],
    jobs: jobsMessages[locale],
    layout: layoutMessages[locale],
    nav: navMessages[locale],
  };
}

export type Messages = ReturnType<typeof getMessages>;
