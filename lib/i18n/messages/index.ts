// Every namespace of interface strings, registered once here. The catalogs test compares the
// languages of getMessages key for key.
import type { Locale } from '../locales';
import { answersMessages } from './answers';
import { careerPathsMessages } from './career-paths';
import { certificationsMessages } from './certifications';
import { citationMessages } from './citations';
import { claimJourneyMessages } from './claim-journey';
import { compareMessages } from './compare';
import { finderMessages } from './finder';
import { firstJobMessages } from './first-job';
import { glossaryMessages } from './glossary';
import { counselorsMessages } from './counselors';
import { homeMessages } from './home';
import { jobsMessages } from './jobs';
import { layoutMessages } from './layout';
import { navMessages } from './nav';
import { outlookMessages } from './outlook';
import { quizMessages } from './quiz';
import { planMessages } from './plan';
import { rolesMessages } from './roles';
import { sourcesMessages } from './sources';
import { trainingCheckMessages } from './training-check';
import { tryWorkMessages } from './try-work';

/** One language's strings: `getMessages('es').layout.skipLink`. */
export function getMessages(locale: Locale) {
  return {
    answers: answersMessages[locale],
    careerPaths: careerPathsMessages[locale],
    certifications: certificationsMessages[locale],
    citations: citationMessages[locale],
    claimJourney: claimJourneyMessages[locale],
    compare: compareMessages[locale],
    finder: finderMessages[locale],
    firstJob: firstJobMessages[locale],
    glossary: glossaryMessages[locale],
    counselors: counselorsMessages[locale],
    home: homeMessages[locale],
    jobs: jobsMessages[locale],
    layout: layoutMessages[locale],
    nav: navMessages[locale],
    outlook: outlookMessages[locale],
    quiz: quizMessages[locale],
    plan: planMessages[locale],
    roles: rolesMessages[locale],
    sources: sourcesMessages[locale],
    trainingCheck: trainingCheckMessages[locale],
    tryWork: tryWorkMessages[locale],
  };
}

export type Messages = ReturnType<typeof getMessages>;
