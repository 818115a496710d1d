// A phone first (390 x 844): the home page's first screen, the header on one row and its menu from
// the keyboard, focus that is always in sight, and /compare/ on paper.
import { expect, test, type Page } from '@playwright/test';
import { navPages } from '@/lib/navigation';
import { printedPages } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

test("the home page's first screen answers in words, then offers the quiz and the finder", async ({
  page,
}) => {
  await page.goto('/');
  for (const name of ['Coding suits you if', 'Billing suits you if']) {
    const answer = page.getByRole('region', { name });
    await expect(answer).toBeInViewport({ ratio: 1 });
    await expect(answer.getByRole('listitem')).toHaveCount(3);
  }
  await expect(page.getByRole('link', { name: 'Take the quiz' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByText(/\d+ questions,\s+about \d+ minutes?\./)).toBeInViewport({
    ratio: 1,
  });
  await expect(page.getByRole('main').getByRole('search')).toBeInViewport();
});

test('the header is one row at 360 and 390 px, in both languages', async ({ page }) => {
  for (const [width, path] of [
    [360, '/'],
    [390, '/'],
    [360, '/es/'],
  ] as const) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(path);
    const rows = await page.getByRole('banner').evaluate((header) => {
      const boxes = [...header.querySelectorAll('a, button, summary')]
        .filter((control) => control.checkVisibility())
        .map((control) => control.getBoundingClientRect());
      // One row: some height is shared by every control.
      return {
        controls: boxes.length,
        shared:
          Math.min(...boxes.map((box) => box.bottom)) - Math.max(...boxes.map((box) => box.top)),
        overflow: document.documentElement.scrollWidth - window.innerWidth,
      };
    });
    // The site's name, the menu, the language switch and the theme switch.
    expect(rows.controls, `${path} at ${width}px`).toBe(4);
    expect(rows.shared, `${path} at ${width}px: the controls share a row`).toBeGreaterThan(10);
    expect(rows.overflow, `${path} at ${width}px: no sideways scrolling`).toBeLessThanOrEqual(0);
  }
});

test('the menu opens with Enter or Space, closes with Escape or a tap elsewhere, and works without JavaScript', async ({
  page,
  browser,
}) => {
  const labels = navPages('main', 'en').map((item) => item.label);
  await page.goto('/compare/');
  const menu = page.getByRole('banner').getByText('Menu', { exact: true });
  const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  await expect(links.first()).toBeHidden();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(links).toHaveText(labels);
  for (const label of labels) {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: label, exact: true })).toBeFocused();
  }
  await page.keyboard.press('Escape');
  await expect(links.first()).toBeHidden();
  await expect(menu).toBeFocused();
  await page.keyboard.press('Space');
  await expect(links.first()).toBeVisible();
  // A tap low on the page, below the open menu's panel.
  await page.mouse.click(195, 800);
  await expect(links.first()).toBeHidden();
  await expect(page).toHaveURL(/\/compare\/$/);
  await menu.click();
  await expect(links.first()).toBeVisible();
  // A chosen link closes the menu: the header stays on screen across the site's own navigation.
  await links.filter({ hasText: 'Quiz' }).click();
  await expect(page).toHaveURL(/\/quiz\/(#.*)?$/);
  await expect(links.first()).toBeHidden();

  const noJs = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  });
  const withoutJs = await noJs.newPage();
  await withoutJs.goto('/');
  await withoutJs.getByRole('banner').getByText('Menu', { exact: true }).click();
  await expect(withoutJs.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(
    labels,
  );
  await noJs.close();
});

/** Whether the focused element can be seen: a real box on screen and a focus outline. */
async function focusInSight(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const seen =
      element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
      box.width > 2 &&
      box.height > 2 &&
      box.bottom > 0 &&
      box.top < window.innerHeight &&
      box.right > 0 &&
      box.left < window.innerWidth;
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return seen && outlined
      ? null
      : `${element.tagName} "${element.textContent?.trim().slice(0, 40)}"`;
  });
}

test('focus never lands on something out of sight in the first 15 Tab stops', async ({ page }) => {
  for (const route of ['/', '/compare/', '/roles/coder/']) {
    await page.goto(route);
    for (let stop = 1; stop <= 15; stop += 1) {
      await page.keyboard.press('Tab');
      expect(await focusInSight(page), `${route}, Tab stop ${stop}`).toBeNull();
    }
  }
});

test('/compare/ prints in light colours on at most 4 Letter pages, with its address, review date and sources', async ({
  page,
}) => {
  await page.goto('/compare/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.emulateMedia({ media: 'print' });
  const footer = page.locator('[data-print-footer]');
  await expect(footer).toBeVisible();
  await expect(footer).toContainText(/https?:\/\/\S+\/compare\//);
  await expect(footer.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(footer).toContainText(/https?:\/\/\S+\/sources\//);
  const [text, background] = await page
    .locator('body')
    .evaluate((body) => [getComputedStyle(body).color, getComputedStyle(body).backgroundColor]);
  expect([text, background]).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  const pages = await printedPages(page, 'Letter');
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(4);
});
