// Both try-the-work sets, done by keyboard on a phone-sized screen: each case's right answer picked
// with the arrow keys, checked, its explanation read, on to the score and the feel question.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { routes } from '@/lib/routes';
import { getTrySetView, TRY_SETS } from '@/lib/try-work/server';

test.use({ viewport: { width: 390, height: 844 } });

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 15) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error('focus never reached the element');
}

for (const set of TRY_SETS) {
  test(`the ${set} set can be done by keyboard and ends with a score`, async ({ page }) => {
    const { cases } = getTrySetView(set);
    await page.goto(routes.trySet(set));
    const focused = page.locator(':focus');
    for (const [index, item] of cases.entries()) {
      const heading = page.getByRole('heading', {
        name: `Case ${index + 1} of ${cases.length}: ${item.title}`,
      });
      // The first case waits for the reader; each later one takes focus at its heading.
      if (index === 0) await heading.focus();
      await expect(heading).toBeFocused();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      const right = item.options.findIndex((option) => option.id === item.answer);
      for (let step = 0; step < right; step += 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await expect(focused).toHaveText('Check');
      await page.keyboard.press('Enter');
      // The explanation appears and takes focus, so it is read out.
      await expect(focused).toContainText('Right.');
      await expect(focused).toContainText(item.rule.text);
      // The page with an explanation open, in the light theme (site.spec.ts scans the first case).
      if (index === 0) await expectNoAxeViolations(page, 'light');
      const next = page.getByRole('button', {
        name: index + 1 === cases.length ? 'See your score' : 'Next case',
      });
      await tabTo(page, next);
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { name: 'Your score' })).toBeFocused();
    await expect(page.getByText(`You got ${cases.length} of ${cases.length} right.`)).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.getByText('What that suggests:')).toBeVisible();
  });
}
