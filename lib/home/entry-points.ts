import { routes } from '../routes';

/** The home page's "Where to next" cards. The quiz is not one: it sits in the first screen. */
export const HOME_ENTRY_POINTS: readonly { href: string; label: string; description: string }[] = [
  {
    href: routes.compare(),
    label: 'Compare in full',
    description:
      'The work, skills, code books, training, credentials, pay and job growth, side by side.',
  },
  {
    href: routes.roles(),
    label: 'Read about each job',
    description: 'What coders and billers do all day, what they need to start, and where it leads.',
  },
  {
    href: routes.certifications(),
    label: 'Pick a certification',
    description: 'Every credential that matters for coding and billing jobs, compared.',
  },
  {
    href: routes.plan(),
    label: 'Make your plan',
    description: 'From where you are to a first job: the steps, the months and the cost.',
  },
  {
    href: routes.tryTheWork(),
    label: 'Try the work',
    description: 'Short made-up coding and billing tasks, with the answers explained.',
  },
  {
    href: routes.answers(),
    label: 'Get straight answers',
    description: 'Will AI take these jobs? Can you work from home? What is the pay at the start?',
  },
  {
    href: routes.firstJob(),
    label: 'Get your first job',
    description: 'Why job ads ask for experience, and the jobs that hire people who are new.',
  },
  {
    href: routes.trainingCheck(),
    label: 'Check a school',
    description: 'Is a course worth the money? The red flags, and the questions to ask.',
  },
];
