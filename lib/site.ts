// Site-wide settings as typed data. SITE_URL is the one place the public address is set: canonical
// links, the sitemap, social cards and the counselors' QR code all read it.
export const SITE_URL = (process.env.SITE_URL ?? 'https://coder-or-biller.example').replace(
  /\/$/,
  '',
);

export interface NavItem {
  href: string;
  label: string;
}

export const MAIN_NAV: readonly NavItem[] = [
  { href: '/compare/', label: 'Compare' },
  { href: '/roles/', label: 'Roles' },
  { href: '/certifications/', label: 'Certifications' },
  { href: '/quiz/', label: 'Quiz' },
  { href: '/jobs/', label: 'Job finder' },
];

/** The home page's "Where to next" cards. */
export const HOME_ENTRY_POINTS: readonly (NavItem & { description: string })[] = [
  {
    href: '/compare/',
    label: 'Compare in full',
    description:
      'Duties, skills, code sets, education, certifications, pay and outlook side by side.',
  },
  {
    href: '/quiz/',
    label: 'Take the quiz',
    description:
      'A few minutes of questions about how you like to work, with the reasons for your result.',
  },
  {
    href: '/certifications/',
    label: 'Pick a certification',
    description: 'Every coding, billing and revenue-cycle credential that matters, compared.',
  },
];

export const FOOTER_NAV: readonly NavItem[] = [
  { href: '/outlook/', label: 'Pay and outlook' },
  { href: '/career-paths/', label: 'Career paths' },
  { href: '/claim-journey/', label: 'Life of a claim' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/counselors/', label: 'For counselors' },
  { href: '/sources/', label: 'Sources' },
];

/** An absolute address for a path on this site. */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}
