// Comparing two job titles on a phone: a shared link opens both, stacked, with their pay; a new
// choice rewrites the link; a broken link says so; the page and a job page print their address,
// review date and sources. What the HTML alone proves is in tests/unit/job-compare*.test.ts.
import { expect, test, type Page } from '@playwright/test';
import { routes } from '@/lib/routes';
import { expectNoAxeViolations } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

async function expectPrintDetails(page: Page, path: string) {
  await page.emulateMedia({ media: 'print' });
  const footer = page.locator('[data-print-footer]');
  await expect(footer).toBeVisible();
  await expect(footer).toContainText(`Printed from`);
  await expect(footer.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  const sources = page.getByRole('complementary', { name: 'Sources of this printout' });
  await expect(sources.locator('[data-print-sources] li').first()).toContainText('https://');
  await expect(footer).toContainText(path);
  await page.emulateMedia({ media: 'screen' });
}

test('a compare link shows both titles and their pay, stacked; a new choice rewrites the link', async ({
  page,
}) => {
  await page.goto(routes.jobCompare('medical-coder', 'medical-biller'));
  const coder = page.locator('[data-compare-title="medical-coder"]');
  const biller = page.locator('[data-compare-title="medical-biller"]');
  await expect(coder.getByRole('heading', { level: 2, name: 'Medical Coder' })).toBeVisible();
  await expect(coder.locator('[data-headline] [data-measure-label]')).toHaveText('Median pay');
  await expect(biller.locator('[data-headline] [data-measure-label]')).toHaveText('Median pay');
  const [first, second] = await Promise.all([coder.boundingBox(), biller.boundingBox()]);
  expect(first && second && second.y >= first.y + first.height - 1, 'stacked').toBe(true);
  await expect(page.locator('[data-pay-comparison="like"]')).toContainText('like with like');
  // site.spec.ts scans the page as built, before two titles are chosen; this scans them shown.
  await expectNoAxeViolations(page, 'light');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('complementary', { name: 'Sources of this printout' })).toContainText(
    `This comparison: http://localhost`,
  );
  await expectPrintDetails(page, routes.jobCompare());

  await page.getByLabel('Second job title').selectOption('coding-supervisor');
  await expect(page).toHaveURL(/\/jobs\/compare\/\?a=medical-coder&b=coding-supervisor$/);
  const supervisor = page.locator('[data-compare-title="coding-supervisor"]');
  await expect(supervisor.locator('[data-no-pay]')).toContainText('would mislead');
  await expect(page.locator('[data-pay-comparison="unlike"]')).toBeVisible();
});

test('a broken compare link says so and offers the pickers again', async ({ page }) => {
  await page.goto(routes.jobCompare('medical-coder', 'no-such-title'));
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'second job title in this link is not one',
  );
  await expect(page.getByLabel('First job title')).toHaveValue('medical-coder');
  await expect(page.getByLabel('Second job title')).toHaveValue('');
});

test('a job page prints its address, review date and sources, and links compares', async ({
  page,
}) => {
  await page.goto(routes.job('medical-coder'));
  await expect(
    page.getByRole('link', { name: 'Medical Coder and Medical Biller' }),
  ).toHaveAttribute('href', routes.jobCompare('medical-coder', 'medical-biller'));
  await expectPrintDetails(page, routes.job('medical-coder'));
});
