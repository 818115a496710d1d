// Site-wide settings as typed data. SITE_URL is the one place the public address is set: canonical
// links, the sitemap, social cards and the counselors' QR code all read it.
export const SITE_URL = (process.env.SITE_URL ?? 'https://coder-or-biller.example').replace(
  /\/$/,
  '',
);

/** An absolute address for a path on this site. */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}
