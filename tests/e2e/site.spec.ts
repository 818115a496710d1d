import { expect, test } from '@playwright/test';
import { localeOfPath } from '@/lib/i18n';
import {
  browserRoutes,
  expectNoAxeViolations,
  mainLines,
  setTheme,
  watchPolicies,
} from './helpers';

// The representative pages (tests/e2e/templates.ts): what static HTML can prove about every page is
// checked in tests/static/. Per route, one test and one page load with JavaScript: the basics, axe in
// the light theme, then axe's colour rules after switching to dark with the header's own switch; and
// one load without JavaScript, whose main text must match.
for (const route of browserRoutes()) {
  test(`page ${route}: answers 200 under its CSP with one h1, a title and a main landmark, only talks to its own origin, has no axe violations (in either theme, for an English page), and shows the same main text without JavaScript`, async ({
    page,
    browser,
    baseURL,
  }) => {
    // Two axe scans of a long page can take half a minute on a busy 2-core machine.
    test.setTimeout(120_000);
    const origin = new URL(baseURL ?? '').origin;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
        elsewhere.push(request.url());
      }
    });
    // Served with out/_headers applied, as a static host would; both CSPs must hold.
    const violations = await watchPolicies(page);
    await setTheme(page, 'light');
    const response = await page.goto(route, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('main')).toBeVisible();
    expect(await page.title()).not.toBe('');
    expect(elsewhere, 'requests to other origins').toEqual([]);
    const withJs = await mainLines(page);

    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    await expectNoAxeViolations(page, 'light');
    // A Spanish page has its English twin's colours and components: the dark scan, which reads
    // only colours, runs on the English one.
    if (localeOfPath(route) === 'en') {
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await expect(page.locator('html')).toHaveClass(/\bdark\b/);
      await expectNoAxeViolations(page, 'dark');
    }

    // Without JavaScript nothing happens after "load". Parts that only exist with JavaScript are
    // marked data-js-only and left out (mainLines); the flows test their own fallbacks.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const withoutJs = await noJs.newPage();
    await withoutJs.goto(route, { waitUntil: 'load' });
    const withoutJsLines = await mainLines(withoutJs);
    await noJs.close();
    expect(withoutJsLines.length).toBeGreaterThan(0);
    expect(withoutJsLines, 'main text without JavaScript').toEqual(withJs);
  });
}

test('an unknown address answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start at the home page' })).toBeVisible();
});

test('keyboard: skip link, then the header navigation', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  // Skip link, site name, then the navigation links in order.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Compare' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/compare\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('coder');
});

test('the theme choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
});

test('the system dark setting applies when no choice is stored', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/compare/');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
});

test('print hides the header, navigation and footer', async ({ page }) => {
  await page.goto('/compare/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('table')).toBeVisible();
});

test.describe('with reduced motion requested', () => {
  test.use({ reducedMotion: 'reduce' });

  for (const route of ['/', '/quiz/', '/jobs/', '/certifications/']) {
    test(`${route} has no animation or transition longer than an instant`, async ({ page }) => {
      await page.goto(route);
      const moving = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((element) => {
          const style = getComputedStyle(element);
          const longest = (value: string) =>
            Math.max(...value.split(',').map((part) => parseFloat(part) || 0));
          return longest(style.transitionDuration) > 0.001 ||
            longest(style.animationDuration) > 0.001
            ? [element.tagName]
            : [];
        }),
      );
      expect(moving).toEqual([]);
    });
  }
});
