// Every namespace of interface strings, registered once here. The catalogs test compares the
// languages of getMessages key for key.
import type { Locale } from '../locales';
import { careerPathsMessages } from './career-paths';
import { certificationsMessages } from './certifications';
import { citationMessages } from './citations';
import { compareMessages } from './compare';
import { finderMessages } from './finder';
import { homeMessages } from './home';
import { jobsMessages } from './jobs';
import { layoutMessages } from './layout';
import { navMessages } from './nav';
import { outlookMessages } from './outlook';
import { rolesMessages } from './roles';

/** One language's strings: `getMessages('es').layout.skipLink`. */
export function getMessages(locale: Locale) {
  return {
    careerPaths: careerPathsMessages[locale],
    certifications: certificationsMessages[locale],
    citations: citationMessages[locale],
    compare: compareMessages[locale],
    finder: finderMessages[locale],
    home: homeMessages[locale],
    jobs: jobsMessages[locale],
    layout: layoutMessages[locale],
    nav: navMessages[locale],
    outlook: outlookMessages[locale],
    roles: rolesMessages[locale],
  };
}

export type Messages = ReturnType<typeof getMessages>;
