import { expect, test, type Locator, type Page } from '@playwright/test';
import { GOLDEN_LINKS, goldenLink } from './golden-links';
import { expectNoAxeViolations, setTheme } from './helpers';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { getQuizDefinitions, getQuizOutcomes } from '@/lib/quiz/server';

const OUTCOME_NAMES = {
  coding: 'Medical coding',
  billing: 'Medical billing',
  both: 'Billing and coding (hybrid)',
  adjacent: 'Health records or patient access',
} as const;

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabUntil(page: Page, matches: (element: Element) => boolean, limit = 60) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error('focus never reached the element');
}

/** Each outcome's percentage as shown in the chart, on a page in `locale`. */
async function chartPercentages(page: Page, locale: Locale = 'en') {
  const chart = page.getByRole('figure', {
    name: getMessages(locale).quiz.result.splitCaption,
  });
  return Object.fromEntries(
    await Promise.all(
      getQuizOutcomes(locale).map(async ({ id, name }) => [
        id,
        Number(
          (await chart.getByRole('listitem').filter({ hasText: name }).textContent())?.match(
            /(\d+)%/,
          )?.[1],
        ),
      ]),
    ),
  );
}

async function whyItems(page: Page, locale: Locale = 'en') {
  return page
    .getByRole('region', { name: getMessages(locale).quiz.result.whyHeading })
    .getByRole('listitem')
    .allTextContents();
}

function failOnPageErrors(page: Page) {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

test('the quiz can be taken with the keyboard alone', async ({ page }) => {
  const errors = failOnPageErrors(page);
  const allFirst = goldenLink('all first options');
  await page.goto('/quiz/');
  await expect(page.getByRole('heading', { name: 'Question 1 of 14' })).toBeVisible();

  await tabUntil(
    page,
    (element) => element instanceof HTMLInputElement && element.type === 'radio',
  );
  // Arrow keys move within the options; come back to the first one.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  for (let question = 1; question <= 14; question += 1) {
    const heading = page.getByRole('heading', { name: `Question ${question} of 14` });
    // After each step, focus is on the new question's heading, so screen readers announce it.
    if (question > 1) await expect(heading).toBeFocused();
    await tabUntil(
      page,
      (element) => element instanceof HTMLInputElement && element.type === 'radio',
    );
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio').first()).toBeChecked();
    if (question < 14) {
      await tabUntil(page, (element) => element.textContent === 'Next');
    } else {
      await tabUntil(page, (element) => element.textContent === 'See my result');
    }
    await page.keyboard.press('Enter');
    if (question === 1) {
      // The answers so far are in the address from the first step on.
      await expect(page).toHaveURL(/\/quiz\/#a=1-[0-9a-z]+&q=2$/);
    }
  }

  await expect(page).toHaveURL(new RegExp(`/quiz/result/#r=${allFirst.code}$`));
  await expect(page.getByRole('heading', { level: 2, name: OUTCOME_NAMES.coding })).toBeVisible();
  expect(await chartPercentages(page)).toEqual(allFirst.expected.percentages);
  expect(errors).toEqual([]);
});

test('a reload in the middle of the quiz keeps the answers and the place', async ({ page }) => {
  await page.goto('/quiz/');
  for (const option of [1, 2, 0]) {
    await page.getByRole('radio').nth(option).check();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Question 4 of 14' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Question 4 of 14' })).toBeVisible();
  await expect(page.getByText('3 of 14 answered.')).toBeVisible();
  await page.getByRole('button', { name: 'Question 2, answered' }).click();
  await expect(page.getByRole('radio').nth(2)).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
});

test.describe('on a 390 x 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  /** Taps the middle of an element where it is now, without scrolling it into view first. */
  async function tapInPlace(page: Page, name: string, element: Locator) {
    const box = await element.boundingBox();
    if (box === null) throw new Error(`${name} is not on screen`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  test('every question is answered and left with two taps, and no scrolling', async ({ page }) => {
    const errors = failOnPageErrors(page);
    await page.goto('/quiz/');
    for (let question = 1; question <= 14; question += 1) {
      await expect(page.getByRole('heading', { name: `Question ${question} of 14` })).toBeVisible();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // The last option is the one most likely to sit below the fold or under the action bar: a tap
      // where it shows must reach it, not the bar.
      await tapInPlace(page, 'the last option', page.locator('fieldset label').last());
      await expect(page.getByRole('radio').last()).toBeChecked();
      const next =
        question < 14
          ? page.getByRole('button', { name: 'Next' })
          : page.getByRole('link', { name: 'See my result' });
      await expect(next).toBeInViewport({ ratio: 1 });
      if (question < 14) await tapInPlace(page, 'Next', next);
    }
    await expect(page.getByText('14 of 14 answered.')).toBeVisible();

    // The result opens at its top even when the quiz page was scrolled down.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'See my result' }).click();
    await expect(page).toHaveURL(/\/quiz\/result\/#r=/);
    await expect(page.getByRole('figure', { name: 'How your answers split' })).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(
      page.getByRole('main').getByRole('heading', { level: 2 }).first(),
    ).toBeInViewport();
    expect(errors).toEqual([]);
  });

  // The Spanish test, and the check that a result link reopens the same result elsewhere.
  test('a result made in Spanish reopens in Spanish in a new browser, with the percentages the same answers give in English', async ({
    page,
    browser,
  }) => {
    const words = getMessages('es').quiz;
    const total = getQuizDefinitions('es').at(-1)?.questions.length ?? 0;
    await page.goto('/es/quiz/');
    for (let question = 1; question <= total; question += 1) {
      // A spread of answers: the option index cycles with the question number.
      const heading = formatMessage(words.runner.questionOf, { number: question, total });
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      const options = page.getByRole('radio');
      await options.nth(question % (await options.count())).check();
      if (question < total) await page.getByRole('button', { name: words.runner.next }).click();
    }
    await page.getByRole('link', { name: words.runner.seeResult }).click();
    const link = await page.getByRole('textbox', { name: words.keep.fieldLabel }).inputValue();
    expect(new URL(link).pathname).toBe('/es/quiz/result/');
    const percentages = await chartPercentages(page, 'es');
    const reasons = await whyItems(page, 'es');
    expect(reasons).toHaveLength(total);

    const elsewhere = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const other = await elsewhere.newPage();
    await other.goto(link);
    await expect(other.locator('html')).toHaveAttribute('lang', 'es');
    expect(await chartPercentages(other, 'es')).toEqual(percentages);
    expect(await whyItems(other, 'es')).toEqual(reasons);
    // The same answers (the same code) on the English result page.
    await other.goto(new URL(`/quiz/result/${new URL(link).hash}`, link).href);
    await expect(other.locator('html')).toHaveAttribute('lang', 'en');
    expect(await chartPercentages(other, 'en')).toEqual(percentages);
    await elsewhere.close();
  });

  test('the intro shows on the first question only', async ({ page }) => {
    await page.goto('/quiz/');
    const intro = page.getByText('14 questions about how you like to work');
    await expect(intro).toBeVisible();
    await page.getByRole('button', { name: 'Skip' }).click();
    await expect(page.getByRole('heading', { name: 'Question 2 of 14' })).toBeVisible();
    await expect(intro).toBeHidden();
  });
});

test('answers survive leaving the quiz through the header and coming back', async ({ page }) => {
  await page.goto('/quiz/');
  await expect(page.getByText('Your answers stay in this browser tab')).toBeVisible();
  for (const option of [1, 2, 0]) {
    await page.getByRole('radio').nth(option).check();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  const header = page.getByRole('navigation', { name: 'Main' });
  await header.getByRole('link', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/$/);
  await header.getByRole('link', { name: 'Quiz' }).click();
  await expect(page.getByRole('heading', { name: 'Question 4 of 14' })).toBeVisible();
  await expect(page.getByText('3 of 14 answered.')).toBeVisible();
  await page.getByRole('button', { name: 'Question 2, answered' }).click();
  await expect(page.getByRole('radio').nth(2)).toBeChecked();

  // A new page load (not the site's own navigation) finds them too.
  await page.goto('/quiz/');
  await expect(page.getByRole('heading', { name: 'Question 2 of 14' })).toBeVisible();
  await expect(page.getByText('3 of 14 answered.')).toBeVisible();

  // The address for retaking the quiz (from the result page) opens it empty.
  await page.goto('/compare/');
  await page.goto('/quiz/#new');
  await expect(page.getByRole('heading', { name: 'Question 1 of 14' })).toBeVisible();
  await expect(page.getByText('0 of 14 answered.')).toBeVisible();
  await expect(page).toHaveURL(/\/quiz\/#a=1-[0-9a-z]+&q=1$/);
});

test("the browser's Back and Forward step through the questions", async ({ page }) => {
  await page.goto('/quiz/');
  for (const option of [1, 2]) {
    await page.getByRole('radio').nth(option).check();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Question 3 of 14' })).toBeVisible();
  await page.goBack();
  const second = page.getByRole('heading', { name: 'Question 2 of 14' });
  await expect(second).toBeVisible();
  await expect(second).toBeFocused();
  await expect(page.getByRole('radio').nth(2)).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Question 1 of 14' })).toBeVisible();
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
  await page.goForward();
  await expect(second).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Question 3 of 14' })).toBeVisible();

  // After a reload, Back still steps back, and the answers given since are kept.
  await page.getByRole('radio').nth(0).check();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Question 3 of 14' })).toBeVisible();
  await page.goBack();
  await expect(second).toBeVisible();
  await expect(page.getByText('3 of 14 answered.')).toBeVisible();
  await expect(page.getByRole('radio').nth(2)).toBeChecked();
});

test('a skipped question reads Skip, and a result waits for enough answers', async ({ page }) => {
  await page.goto('/quiz/');
  for (let question = 1; question < 14; question += 1) {
    await page.getByRole('button', { name: 'Skip' }).click();
  }
  // No result from no answers: the last step says how many are missing and leads back to the first
  // question skipped.
  await expect(page.getByRole('link', { name: 'See my result' })).toHaveCount(0);
  const missing = getQuizDefinitions('en').at(-1)?.certainty.minAnswers ?? 0;
  await page.getByRole('button', { name: `Answer ${missing} more to see your result` }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 14' })).toBeVisible();
});

test('a result link with no answers says so and offers the quiz', async ({ page }) => {
  const empty = GOLDEN_LINKS.find((link) => link.expected.kind === 'no-answers');
  if (empty === undefined) throw new Error('the golden links have no empty result');
  await page.goto(new URL(empty.link).pathname + new URL(empty.link).hash);
  await expect(page.getByRole('heading', { name: 'No answers to score' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the quiz' })).toBeVisible();
});

test('golden links made with version 1 open with their original result', async ({ page }) => {
  for (const name of ['coding answers', 'billing answers', 'hybrid answers', 'nearby answers']) {
    const link = goldenLink(name);
    await page.goto(link.path);
    expect(await chartPercentages(page)).toEqual(link.expected.percentages);
    const topName = Object.entries(OUTCOME_NAMES).find(([id]) => id === link.expected.top)?.[1];
    await expect(page.getByRole('heading', { level: 2, name: topName })).toBeVisible();
  }
});

test.describe('a damaged result link', () => {
  const code = goldenLink('coding answers').code;
  const cases = {
    tampered: `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`,
    truncated: code.slice(0, -4),
    'an unknown version': `7${code.slice(1)}`,
    missing: '',
    injected: '<img src=x onerror=alert(1)>hacked',
  };
  for (const [kind, damaged] of Object.entries(cases)) {
    test(`shows a clear alert when ${kind}`, async ({ page }) => {
      const errors = failOnPageErrors(page);
      page.on('dialog', (dialog) => errors.push(new Error(`dialog: ${dialog.message()}`)));
      await page.goto(`/quiz/result/#r=${encodeURIComponent(damaged)}`);
      const alert = page.getByRole('main').getByRole('alert');
      await expect(alert).toContainText('This result link does not work');
      await expect(alert.getByRole('link', { name: 'Start the quiz' })).toHaveAttribute(
        'href',
        '/quiz/',
      );
      await expect(page.getByText('hacked')).toHaveCount(0);
      await expect(page.getByRole('figure')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }
});

test('print shows the result on one clean page, without navigation or buttons', async ({
  page,
}) => {
  await page.goto(goldenLink('billing answers').path);
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 2, name: OUTCOME_NAMES.billing })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'How your answers split' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  for (const name of ['Copy link', 'Print']) {
    await expect(page.getByRole('button', { name })).toBeHidden();
  }
  await expect(page.getByText(/Open this result again at http/)).toBeVisible();

  const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
});

test('the quiz, a result and a broken link have no axe violations, in the light theme and then the dark', async ({
  page,
}) => {
  const expectNoViolationsInEitherTheme = async () => {
    await expectNoAxeViolations(page, 'light');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expectNoAxeViolations(page, 'dark');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  };
  await setTheme(page, 'light');
  await page.goto('/quiz/');
  await page.getByRole('radio').first().check();
  await expectNoViolationsInEitherTheme();
  await page.goto(goldenLink('hybrid answers').path);
  await expect(page.getByRole('figure')).toBeVisible();
  await expectNoViolationsInEitherTheme();
  await page.goto('/quiz/result/#r=1-broken');
  await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
  await expectNoViolationsInEitherTheme();
});

test('without JavaScript the quiz page says so and links to the comparison', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/quiz/');
  // getByText does not look inside <noscript>, so locate the message by its place.
  const message = page.getByRole('main').locator('noscript p');
  await expect(message).toBeVisible();
  await expect(message).toContainText('The quiz needs JavaScript');
  await expect(
    page.getByRole('link', { name: 'compare coding and billing side by side' }),
  ).toHaveAttribute('href', '/compare/');
  await context.close();
});
