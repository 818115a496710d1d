// Every namespace of interface strings, registered once here. The catalogs test compares the
// languages of getMessages key for key.
import type { Locale } from '../locales';
import { citationMessages } from './citations';
import { compareMessages } from './compare';
import { firstJobMessages } from './first-job';
import { homeMessages } from './home';
import { layoutMessages } from './layout';
import { navMessages } from './nav';
import { planMessages } from './plan';

/** One language's strings: `getMessages('es').layout.skipLink`. */
export function getMessages(locale: Locale) {
  return {
    citations: citationMessages[locale],
    compare: compareMessages[locale],
    firstJob: firstJobMessages[locale],
    home: homeMessages[locale],
    layout: layoutMessages[locale],
    nav: navMessages[locale],
    plan: planMessages[locale],
  };
}

export type Messages = ReturnType<typeof getMessages>;
