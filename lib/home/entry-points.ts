import { routes } from '../routes';

/** The home page's "Where to next" cards. */
export const HOME_ENTRY_POINTS: readonly { href: string; label: string; description: string }[] = [
  {
    href: routes.compare(),
    label: 'Compare in full',
    description:
      'Duties, skills, code sets, education, certifications, pay and outlook side by side.',
  },
  {
    href: routes.quiz(),
    label: 'Take the quiz',
    description:
      'A few minutes of questions about how you like to work, with the reasons for your result.',
  },
  {
    href: routes.certifications(),
    label: 'Pick a certification',
    description: 'Every coding, billing and revenue-cycle credential that matters, compared.',
  },
];
