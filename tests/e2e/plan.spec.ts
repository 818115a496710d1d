import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, selector: string, limit = 40) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted), selector)) return;
  }
  throw new Error(`focus never reached ${selector}`);
}

/** The steps of the plan on screen, as text, once the plan is drawn. */
async function planSteps(page: Page) {
  const steps = page.getByRole('region', { name: 'Your steps, in order' }).locator('ol > li');
  await expect(steps.first()).toBeVisible();
  return steps.allInnerTexts();
}

test('the form is filled by keyboard, and its plan opens again from the copied link', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/plan/?path=coding');
  await expect(page.getByRole('radio', { name: 'Medical coding' })).toBeChecked();

  // Each group: Tab into it, then an arrow key moves to (and checks) the option wanted.
  await tabTo(page, 'input[name="education"]');
  await page.keyboard.press('ArrowDown'); // High school or a GED
  await tabTo(page, 'input[name="experience"]');
  await page.keyboard.press('Space'); // No work like this yet
  await tabTo(page, 'input[name="hours"]');
  await page.keyboard.press('ArrowDown'); // 5 to 10 hours
  await tabTo(page, 'input[name="budget"]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // Enough for an online course
  await tabTo(page, 'input[name="remoteSoon"]');
  await page.keyboard.press('ArrowDown'); // No, I can work on site
  await tabTo(page, 'select[name="state"]');
  await page.keyboard.press('o'); // Ohio
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/plan\/result\/#p=1-/);
  const steps = await planSteps(page);
  expect(steps.length).toBeGreaterThanOrEqual(4);
  expect(steps.join('\n')).toMatch(/\d+ to \d+ months/);
  expect(steps.join('\n')).toMatch(/\$[\d,]+/);
  await expect(page.getByRole('region', { name: 'Your plan at a glance' })).toContainText('months');
  const titles = page.getByRole('region', { name: 'First jobs to apply for' }).getByRole('link');
  await expect(titles.first()).toHaveAttribute('href', /^\/jobs\/[a-z0-9-]+\/$/);

  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status')).toContainText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByRole('textbox', { name: 'Your plan link' }).inputValue());

  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(copied);
  expect(await planSteps(other)).toEqual(steps);
  await elsewhere.close();
});

test('a damaged plan link shows an alert and a way to start again', async ({ page }) => {
  await page.goto('/plan/result/#p=1-zzzzzz');
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('This plan link does not work');
  await expect(alert.getByRole('link', { name: 'Start a new plan' })).toHaveAttribute(
    'href',
    '/plan/',
  );
});

test('a plan link opens in Spanish on the Spanish result page', async ({ page }) => {
  await page.goto('/es/plan/result/#p=1-c65yt4');
  const steps = page.getByRole('region', { name: 'Sus pasos, en orden' }).locator('ol > li');
  await expect(steps.first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Su plan de un vistazo' })).toContainText(
    /\d+ a \d+ meses/,
  );
  await expect(page.getByRole('link', { name: 'Hacer un plan nuevo' })).toHaveAttribute(
    'href',
    '/es/plan/',
  );
  await expect(page.locator('#plan-keep-link')).toHaveValue(/\/es\/plan\/result\/#p=1-c65yt4$/);
});
