// The training checklist on a phone, by keyboard alone: Tab from question to question, the arrow
// keys and Space to answer, Enter for the summary, which then takes focus, names the red flag seen
// and what to ask next, keeps the answers in the address and prints alone. What a summary says for
// any answers is unit-tested (tests/unit/training-check.test.ts); site.spec.ts scans the page as
// built, with JavaScript on and off.
import { expect, test } from '@playwright/test';
import { routes } from '@/lib/routes';
import { expectNoAxeViolations } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

// The keys that give each answer from a group with none chosen: Space takes the first option
// (Yes), each arrow the next one (No, then Not sure).
const KEYS = { yes: ['Space'], no: ['ArrowRight'], unsure: ['ArrowRight', 'ArrowRight'] };
const ANSWERS: (keyof typeof KEYS)[] = [
  'yes', // names its exam
  'unsure', // approval found
  'no', // price near a community college's
  'yes', // takes months
  'yes', // refund rules in writing
  'yes', // promised a remote job: the red flag
  'no',
  'no',
  'no',
  'unsure', // placement rate
  'no',
  'no', // looked it up on College Scorecard
  'yes',
  'yes',
];

test('the checklist runs by keyboard at 390 px to a summary that prints', async ({ page }) => {
  await page.goto(routes.trainingCheck());
  const form = page.getByRole('form', { name: 'Training checklist' });
  const groups = form.getByRole('group');
  await expect(groups).toHaveCount(ANSWERS.length);

  await groups.first().getByRole('radio', { name: 'Yes' }).focus();
  for (const [index, answer] of ANSWERS.entries()) {
    for (const key of KEYS[answer]) await page.keyboard.press(key);
    await expect(groups.nth(index).getByRole('radio', { checked: true })).toHaveCount(1);
    await page.keyboard.press('Tab');
  }
  await expect(page.getByText(`${ANSWERS.length} of ${ANSWERS.length} answered.`)).toBeVisible();
  await expect(form.getByRole('button', { name: 'Show my summary' })).toBeFocused();
  await page.keyboard.press('Enter');

  const heading = page.getByRole('heading', { level: 2, name: /^Your summary: / });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText('Your summary: Stop and check before you pay');
  const summary = page.locator('[data-training-summary]');
  await expect(summary).toContainText('You saw 1 red flag.');
  await expect(
    summary.getByRole('listitem').filter({ hasText: 'A promise of a remote job' }),
  ).toHaveCount(1);
  const nextSteps = summary.locator('ol > li');
  await expect(nextSteps).toHaveCount(5);
  await expect(nextSteps.last()).toContainText('College Scorecard');
  await expect(summary.getByRole('link', { name: 'Make your own plan' })).toHaveAttribute(
    'href',
    routes.plan(),
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page).toHaveURL(/#check=exam:y,approval:u,price:n,/);
  await expectNoAxeViolations(page, 'light');

  // Printed, the summary stands alone: no form, no reading sections, no Print button.
  await page.emulateMedia({ media: 'print' });
  await expect(summary).toBeVisible();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Red flags' })).toBeHidden();
  await expect(summary.getByRole('button', { name: 'Print this summary' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The address brings the same answers back, opened on their summary, in the dark theme too.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(heading).toHaveText('Your summary: Stop and check before you pay');
  await expect(groups.nth(5).getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expectNoAxeViolations(page, 'dark');
});
