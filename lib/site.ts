import { routes } from './routes';

// Site-wide settings as typed data. SITE_URL is the one place the public address is set: canonical
// links, the sitemap, social cards and the counselors' QR code all read it.
export const SITE_URL = (process.env.SITE_URL ?? 'https://coder-or-biller.example').replace(
  /\/$/,
  '',
);

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

/** An absolute address for a path on this site. */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}
