// The Content-Security-Policy written by scripts/csp.ts, at run time: the pages load and work under it
// with no violation reported. The tests also apply out/_headers as a static host would (the `serve`
// test server ignores that file), so the header policy and the site-wide headers are exercised too.
// What needs no browser (every page's hashes, the _headers file) is in tests/static/.
import { expect, test } from '@playwright/test';
import { builtSite, watchPolicies } from './helpers';

const { pages } = builtSite();

// The representative pages are also loaded under both policies, with no violation, in site.spec.ts.

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
