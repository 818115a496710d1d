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
