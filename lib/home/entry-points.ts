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
];
