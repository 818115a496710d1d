// The counselor kit: the one-page handout (QR code and quiz link on the served origin, one printed
// page) and the lesson plan (timed steps, prompts for every result). Axe and the no-JavaScript
// checks of both pages run in site.spec.ts, which loads every one-off page.
import { expect, test } from '@playwright/test';
import { printedPages, qrCodeText } from './helpers';

const OUTCOME_NAMES = [
  'Medical coding',
  'Medical billing',
  'Billing and coding (hybrid)',
  'Health records or patient access',
];

test('the counselors page links to the handout and the lesson plan', async ({ page }) => {
  await page.goto('/counselors/');
  const kit = page.getByRole('navigation', { name: 'Counselor kit' });
  await kit.getByRole('link', { name: 'One-page handout to print' }).click();
  await expect(page).toHaveURL(/\/counselors\/handout\/$/);
  await page.goto('/counselors/');
  await kit.getByRole('link', { name: 'Lesson plan for one class' }).click();
  await expect(page).toHaveURL(/\/counselors\/lesson-plan\/$/);
});

test('the handout carries the QR code and quiz link of the address it is served from', async ({
  page,
}) => {
  await page.goto('/counselors/handout/');
  const origin = await page.evaluate(() => window.location.origin);
  expect(origin).toMatch(/^http:\/\/localhost:\d+$/);
  const quizAddress = `${origin}/quiz/`;
  const link = page.getByRole('link', { name: quizAddress, exact: true });
  await expect(link).toHaveAttribute('href', quizAddress);
  const image = page.getByRole('img', { name: `QR code that opens ${quizAddress}` });
  await expect(image).toBeVisible();
  expect(await qrCodeText(image)).toBe(quizAddress);
  for (const name of OUTCOME_NAMES) {
    await expect(page.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByText(/checked against their sources on \w+ \d+, \d{4}/)).toBeVisible();
});

test('the handout prints on one page, A4 or Letter, without the site navigation', async ({
  page,
}) => {
  await page.goto('/counselors/handout/');
  await expect(
    page.getByRole('img', { name: /^QR code that opens http:\/\/localhost/ }),
  ).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Counselor kit' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('img', { name: /^QR code that opens/ })).toBeVisible();
  expect(await printedPages(page, 'A4')).toBe(1);
  expect(await printedPages(page, 'Letter')).toBe(1);
});

test('the lesson plan shows its timed steps, prompts for every result and the screening note', async ({
  page,
}) => {
  await page.goto('/counselors/lesson-plan/');
  await expect(page.getByRole('heading', { level: 2, name: 'Objectives' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'What to prepare' })).toBeVisible();
  await expect(page.getByText('The quiz is for exploring, not for screening.')).toBeVisible();

  const steps = page.getByRole('heading', { level: 3, name: /^\d+–\d+ min / });
  await expect(steps).toHaveText([
    /^0–5 min Introduction/,
    /^5–15 min Take the quiz/,
    /^15–30 min Pairs discussion/,
    /^30–40 min Class summary on the projector/,
    /^40–45 min Exit ticket/,
  ]);

  const prompts = page.getByRole('region', { name: 'Prompts for each result' });
  for (const name of OUTCOME_NAMES) {
    const card = prompts.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 5, name, exact: true }),
    });
    const count = await card.getByRole('list').getByRole('listitem').count();
    expect(count, name).toBeGreaterThanOrEqual(2);
    expect(count, name).toBeLessThanOrEqual(3);
    await expect(card.getByRole('link', { name: /./ }).last()).toHaveAttribute(
      'href',
      /^\/[a-z-]+\/$/,
    );
  }
});
