// Site-wide settings as typed data. SITE_URL, set at build time, is the one place the public address
// is set: canonical links, the sitemap, robots.txt, social cards and structured data read it. The
// counselors' quiz link and QR code use the address the page is served from, read in the browser
// (addressOn); SITE_URL is only their fallback without JavaScript.

/** What a build without SITE_URL uses: a reserved name that never resolves, so a slip shows. */
export const PLACEHOLDER_SITE_URL = 'https://coder-or-biller.example';

/**
 * The site's address from the SITE_URL setting, without a trailing "/": the placeholder when it is
 * unset or blank. Anything but an absolute http(s) address stops the build, naming the value.
 */
export function siteUrlFrom(setting: string | undefined): string {
  const value = setting?.trim() ?? '';
  if (value === '') return PLACEHOLDER_SITE_URL;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new Error(
      `SITE_URL must be an absolute http(s) address such as https://example.org, not "${value}"`,
    );
  }
  return value.replace(/\/+$/, '');
}

/** The warning a build prints when SITE_URL is unset or blank (null when it is set). */
export function missingSiteUrlWarning(setting: string | undefined): string | null {
  if (setting !== undefined && setting.trim() !== '') return null;
  const rule = '!'.repeat(78);
  return [
    rule,
    'WARNING: SITE_URL is not set, so this build uses the placeholder address',
    `${PLACEHOLDER_SITE_URL}, which never opens. The canonical links,`,
    'the sitemap, robots.txt, the social cards and structured data carry it, and',
    "so do the counselors' quiz link and QR code for readers without JavaScript",
    '(with JavaScript, that page uses the address it is served from).',
    'Set the public address when you build, for example:',
    '  SITE_URL=https://your-site.example npm run build',
    rule,
  ].join('\n');
}

export const SITE_URL = siteUrlFrom(process.env.SITE_URL);

/** An absolute address for a path on the site served at `origin` ("https://example.org"). */
export function addressOn(origin: string, path: string): string {
  return `${origin.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/** An absolute address for a path on this site, at its build-time address. */
export function absoluteUrl(path: string): string {
  return addressOn(SITE_URL, path);
}
