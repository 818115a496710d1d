// Every namespace of interface strings, registered once here. The catalogs test compares the
// languages of getMessages key for key.
import type { Locale } from '../locales';
import { answersMessages } from './answers';
import { citationMessages } from './citations';
import { compareMessages } from './compare';
import { layoutMessages } from './layout';
import { navMessages } from './nav';
import { trainingCheckMessages } from './training-check';

/** One language's strings: `getMessages('es').layout.skipLink`. */
export function getMessages(locale: Locale) {
  return {
    answers: answersMessages[locale],
    citations: citationMessages[locale],
    compare: compareMessages[locale],
    layout: layoutMessages[locale],
    nav: navMessages[locale],
    trainingCheck: trainingCheckMessages[locale],
  };
}

export type Messages = ReturnType<typeof getMessages>;
