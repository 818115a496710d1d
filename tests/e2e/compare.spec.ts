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

  test('keeps every figure with its source', async ({ page }) => {
    await page.goto('/compare/');
    const figures = page.locator('[data-sourced]');
    expect(await figures.count()).toBeGreaterThan(4);
    for (const figure of await figures.all()) {
      await expect(figure.getByRole('link').first()).toHaveAttribute('href', /^\/sources\/#/);
    }
  });
});

test('the comparison links glossary terms', async ({ page }) => {
  await page.goto('/compare/');
  const link = page.getByRole('link', { name: 'ICD-10-CM' }).first();
  await expect(link).toHaveAttribute('href', '/glossary/#icd-10-cm');
  await link.click();
  await expect(page.locator('#icd-10-cm')).toBeInViewport();
});
