// The `_headers` file for static hosts that read one: site-wide headers, then one policy per page.
// Headers for every response. Referrer-Policy: no-referrer, because the site needs no referrer from
// anyone and its outbound links go to job boards, which need not learn which page (or even which site)
// sent a job seeker. Permissions-Policy turns off what the site never uses, including both ad-interest
// APIs (FLoC's interest-cohort and its successor, browsing-topics); Chromium 156 accepts both without
// a console warning (the browser test would report one).
export const SITE_WIDE_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  [
    'Permissions-Policy',
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  ],
  // For responses with no page rule below (the 404 page at any address, a page's index.html address)
  // and for browsers without frame-ancestors.
  ['X-Frame-Options', 'DENY'],
];

export interface PagePolicy {
  path: string;
  policy: string;
}

/** The `_headers` file (Netlify and Cloudflare Pages format): site-wide headers, then one CSP per page. */
export function headersFile(pages: readonly PagePolicy[]): string {
  const block = (path: string, headers: ReadonlyArray<readonly [string, string]>) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const blocks = [
    "# Written by scripts/csp.ts at build time; the same policies are in each page's <meta>.",
    block('/*', SITE_WIDE_HEADERS),
    ...pages.map((page) => block(page.path, [['Content-Security-Policy', page.policy]])),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** Reads a `_headers` file back: for each path, its headers in order. */
export function parseHeadersFile(text: string): Map<string, Array<[string, string]>> {
  const rules = new Map<string, Array<[string, string]>>();
  let current: Array<[string, string]> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = [];
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (current === undefined || colon === -1)
      throw new Error(`Unexpected line in _headers: ${line}`);
    current.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers a static host sends for a path: every rule that matches it, in file order. A rule path
 * matches itself, and one ending in "*" matches everything that starts with what precedes the "*".
 */
export function headersForPath(
  rules: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>>,
  path: string,
): Array<[string, string]> {
  const matches = (rule: string) =>
    rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : rule === path;
  return [...rules]
    .filter(([rule]) => matches(rule))
    .flatMap(([, headers]) => headers.map(([name, value]): [string, string] => [name, value]));
}
