// Every namespace of interface strings, registered once here. The catalogs test compares the
// languages of getMessages key for key.
import type { Locale } from '../locales';
import { careerPathsMessages } from './career-paths';
import { certificationsMessages } from './certifications';
import { citationMessages } from './citations';
import { compareMessages } from './compare';
import { firstJobMessages } from './first-job';
import { homeMessages } from './home';
import { layoutMessages } from './layout';
import { navMessages } from './nav';
import { outlookMessages } from './outlook';
import { planMessages } from './plan';
import { rolesMessages } from './roles';

/** One language's strings: `getMessages('es').layout.skipLink`. */
export function getMessages(locale: Locale) {
  return {
    careerPaths: careerPathsMessages[locale],
    certifications: certificationsMessages[locale],
    citations: citationMessages[locale],
    compare: compareMessages[locale],
    firstJob: firstJobMessages[locale],
    home: homeMessages[locale],
    layout: layoutMessages[locale],
    nav: navMessages[locale],
    outlook: outlookMessages[locale],
    plan: planMessages[locale],
    roles: rolesMessages[locale],
  };
}

export type Messages = ReturnType<typeof getMessages>;
