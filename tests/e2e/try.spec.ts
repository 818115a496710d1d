// Both try-the-work sets, done by keyboard on a phone-sized screen: each case's right answer picked
// with the arrow keys, checked, its explanation read, on to the score and the feel question. One
// set runs in English and the other in Spanish, so the island is walked through in both languages
// for the price of two runs.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { routesFor } from '@/lib/routes';
import { getTrySetView } from '@/lib/try-work/server';
import type { TrySetId } from '@/lib/content/vocabulary';

const RUNS: readonly { set: TrySetId; locale: Locale }[] = [
  { set: 'coding', locale: 'es' },
  { set: 'billing', locale: 'en' },
];

test.use({ viewport: { width: 390, height: 844 } });

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 15) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error('focus never reached the element');
}

for (const { set, locale } of RUNS) {
  test(`the ${set} set (${locale}) can be done by keyboard and ends with a score`, async ({
    page,
  }) => {
    const { cases } = getTrySetView(set, locale);
    const words = getMessages(locale).tryWork;
    await page.goto(routesFor(locale).trySet(set));
    const focused = page.locator(':focus');
    for (const [index, item] of cases.entries()) {
      const heading = page.getByRole('heading', {
        name: formatMessage(words.case.headingOf, {
          number: index + 1,
          total: cases.length,
          title: item.title,
        }),
      });
      // The first case waits for the reader; each later one takes focus at its heading.
      if (index === 0) await heading.focus();
      await expect(heading).toBeFocused();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      const right = item.options.findIndex((option) => option.id === item.answer);
      for (let step = 0; step < right; step += 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await expect(focused).toHaveText(words.case.check);
      await page.keyboard.press('Enter');
      // The explanation appears and takes focus, so it is read out.
      await expect(focused).toContainText(words.case.right);
      await expect(focused).toContainText(item.rule.text);
      // The page with an explanation open, in the light theme (site.spec.ts scans the first case).
      if (index === 0) await expectNoAxeViolations(page, 'light');
      const next = page.getByRole('button', {
        name: index + 1 === cases.length ? words.case.seeScore : words.case.nextCase,
      });
      await tabTo(page, next);
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { name: words.end.yourScore })).toBeFocused();
    const all = formatMessage(words.end.scoreLine, { right: cases.length, total: cases.length });
    await expect(page.getByText(all)).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.getByText(words.end.suggests)).toBeVisible();
  });
}
