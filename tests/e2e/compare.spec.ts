import { expect, test } from '@playwright/test';

test.describe('the comparison on a 360px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('stacks each row without sideways scrolling, naming the role above each cell', async ({
    page,
  }) => {
    await page.goto('/compare/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    const payRow = page.getByRole('row', { name: /Median pay/ });
    await expect(payRow.getByText('Medical coder', { exact: true })).toBeVisible();
    await expect(payRow.getByText('Medical biller', { exact: true })).toBeVisible();
    // The cells sit one above the other.
    const [coderBox, billerBox] = await Promise.all(
      [0, 1].map((index) => payRow.getByRole('cell').nth(index).boundingBox()),
    );
    expect(coderBox && billerBox && billerBox.y >= coderBox.y + coderBox.height - 1).toBe(true);
  });

  test('keeps every figure with its source, shown or behind a disclosure', async ({ page }) => {
    await page.goto('/compare/');
    const figures = page.locator('[data-sourced]');
    expect(await figures.count()).toBeGreaterThan(4);
    for (const figure of await figures.all()) {
      await expect(figure.locator('a').first()).toHaveAttribute('href', /^\/sources\/#/);
    }
  });

  test('shows what each headline figure measures, and opens earlier figures from the keyboard', async ({
    page,
  }) => {
    await page.goto('/compare/');
    const headlines = page.locator('[data-headline]');
    expect(await headlines.count()).toBeGreaterThanOrEqual(6);
    for (const headline of await headlines.all()) {
      await expect(headline.locator('[data-measure-label]')).toBeVisible();
    }
    const disclosure = page.getByRole('main').locator('details').first();
    await expect(disclosure).not.toHaveAttribute('open');
    const earlier = disclosure.locator('[data-figure]').first();
    await expect(earlier).toBeHidden();
    await disclosure.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(earlier).toBeVisible();
    await expect(earlier.locator('[data-measure-label]')).toBeVisible();
  });
});

test('the comparison links glossary terms', async ({ page }) => {
  await page.goto('/compare/');
  const link = page.getByRole('link', { name: 'ICD-10-CM' }).first();
  await expect(link).toHaveAttribute('href', '/glossary/#icd-10-cm');
  await link.click();
  await expect(page.locator('#icd-10-cm')).toBeInViewport();
});
