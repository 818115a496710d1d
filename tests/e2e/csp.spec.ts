// The Content-Security-Policy written by scripts/csp.ts: every page carries it, its hashes match the
// page's inline scripts, and the pages load and work under it with no violation reported. The tests
// also apply out/_headers as a static host would (the `serve` test server ignores that file), so the
// header policy and the site-wide headers are exercised too.
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { findScripts, isInlineExecutable, readCspMeta, scriptHash } from '@/lib/csp';
import { builtSite, HEADERS_FILE, headerRules, watchPolicies } from './helpers';

const { pages } = builtSite();

/** A directive's source list, e.g. sources(policy, 'script-src'). */
function sources(policy: string, directive: string): string[] {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive);
  return found === undefined ? [] : found.slice(1);
}

/** What is wrong with a page's CSP <meta>, as readable lines (none when it is right). */
function metaProblems(html: string): string[] {
  const policy = readCspMeta(html);
  if (policy === null) return ['no Content-Security-Policy <meta>'];
  const problems: string[] = [];
  const scriptSources = sources(policy, 'script-src');
  const expected = new Set(
    findScripts(html)
      .filter(isInlineExecutable)
      .map((script) => scriptHash(script.body)),
  );
  const hashes = new Set(scriptSources.filter((source) => source.startsWith("'sha256-")));
  for (const hash of expected)
    if (!hashes.has(hash)) problems.push(`inline script ${hash} not allowed`);
  for (const hash of hashes)
    if (!expected.has(hash)) problems.push(`hash ${hash} matches no script`);
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:'])
    if (scriptSources.includes(unsafe)) problems.push(`script-src allows ${unsafe}`);
  // No other origin anywhere: every source is a keyword ('self', 'none'), a hash, or data: images.
  for (const directive of policy.split(';').map((part) => part.trim().split(/\s+/))) {
    const [name, ...list] = directive;
    for (const source of list)
      if (!source.startsWith("'") && !(name === 'img-src' && source === 'data:'))
        problems.push(`${name} allows ${source}`);
  }
  if (sources(policy, 'default-src').join(' ') !== "'self'")
    problems.push("default-src is not 'self'");
  if (sources(policy, 'object-src').join(' ') !== "'none'")
    problems.push("object-src is not 'none'");
  // The policy only governs what comes after it: nothing but the charset may precede it in <head>.
  const head = /<head[^>]*>([\s\S]*?)<meta http-equiv="Content-Security-Policy"/i.exec(html);
  if (head === null || !/^\s*(<meta charset="[^"]*"\s*\/?>)?\s*$/i.test(head[1] ?? ''))
    problems.push('the policy is not the first element of <head> (after the charset)');
  return problems;
}

test('out/_headers sets the site-wide headers and, for every page, its <meta> policy', () => {
  expect(existsSync(HEADERS_FILE), 'out/_headers exists').toBe(true);
  const siteWide = new Map(headerRules.get('/*'));
  expect(siteWide.get('X-Content-Type-Options')).toBe('nosniff');
  expect(siteWide.get('Referrer-Policy')).toBe('no-referrer');
  for (const feature of [
    'camera',
    'microphone',
    'geolocation',
    'payment',
    'usb',
    'interest-cohort',
    'browsing-topics',
  ])
    expect(siteWide.get('Permissions-Policy')).toContain(`${feature}=()`);
  const mismatched = [...pages]
    .filter(([route, html]) => {
      const header = new Map(headerRules.get(route)).get('Content-Security-Policy');
      return header !== `${readCspMeta(html)}; frame-ancestors 'none'`;
    })
    .map(([route]) => route);
  expect(mismatched, 'pages whose _headers policy differs from their <meta>').toEqual([]);
});

test('every page carries its policy, with a hash for each of its inline scripts', () => {
  const problems = [...pages].flatMap(([route, html]) =>
    metaProblems(html).map((problem) => `${route}: ${problem}`),
  );
  expect(problems).toEqual([]);
});

// Every page is also loaded under both policies, with no violation, in site.spec.ts.

test.describe('interactive features work under the policy', () => {
  test('the theme toggle switches the theme, and the boot script keeps it on reload', async ({
    page,
  }) => {
    const violations = await watchPolicies(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    expect(violations).toEqual([]);
  });

  if (pages.has('/quiz/')) {
    test('the quiz shows its first question', async ({ page }) => {
      const violations = await watchPolicies(page);
      await page.goto('/quiz/', { waitUntil: 'networkidle' });
      await expect(page.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeVisible();
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('heading', { name: /^Question 2 of \d+$/ })).toBeVisible();
      expect(violations).toEqual([]);
    });
  }

  if (pages.has('/jobs/')) {
    test('the finder loads its index and finds "cpc"', async ({ page }) => {
      const violations = await watchPolicies(page);
      await page.goto('/jobs/', { waitUntil: 'networkidle' });
      await page.getByRole('combobox', { name: 'What is your dream job?' }).fill('cpc');
      const results = page.getByRole('listbox', { name: 'Matching job titles' });
      await expect(results.getByRole('option').first()).toBeVisible();
      expect(violations).toEqual([]);
    });
  }
});
