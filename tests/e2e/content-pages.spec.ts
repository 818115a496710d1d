// The outlook, career-paths and claim-journey pages: chart text alternatives, the ladders and the
// claim steps as text, phone layout, print, and axe in both themes.
import { expect, test, type Page } from '@playwright/test';
import { getOutlook } from '@/lib/outlook';
import { getOutlookContent } from '@/lib/content';

const PAGES = ['/outlook/', '/career-paths/', '/claim-journey/'] as const;

/** The occupations /outlook charts and tabulates, in its order (content/outlook.yaml). */
const OUTLOOK_CODES = getOutlookContent('en').groups.flatMap((group) => group.occupations);

async function expectNoSideScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('/outlook/', () => {
  const chartNames = [/median annual pay/i, /projected change in the number of jobs/i];

  for (const chartName of chartNames) {
    test(`the chart "${chartName.source}" has a text alternative and a sourced data table`, async ({
      page,
    }) => {
      await page.goto('/outlook/');
      const image = page.getByRole('img', { name: chartName });
      await expect(image).toBeVisible();
      await expect(image).toHaveAccessibleDescription(/like with like/);
      const figure = page.locator('figure').filter({ has: image });
      await expect(figure.locator('figcaption')).toContainText('like with like');

      const rows = figure.locator('table tbody tr');
      await expect(rows).toHaveCount(OUTLOOK_CODES.length);
      for (const [index, code] of OUTLOOK_CODES.entries()) {
        const row = rows.nth(index);
        await expect(row.getByRole('rowheader')).toContainText(code);
        // Every figure names its source (a link to /sources/) and its date; or the row says none is published.
        const sourceLinks = row.locator('a[href^="/sources/#"]');
        if ((await sourceLinks.count()) === 0) {
          await expect(row).toContainText('Not published here yet');
        } else {
          await expect(sourceLinks.first()).toBeVisible();
          await expect(row).toContainText(/\d{4}/);
        }
      }
    });
  }

  test('the growth chart draws the billing clerks projection on the side of its sign, or the table says why not', async ({
    page,
  }) => {
    const row = getOutlook('en').growth.rows.find((candidate) => candidate.code === '43-3021');
    const value = Number.parseFloat(row?.figures?.headline.text ?? '');
    await page.goto('/outlook/');
    const chart = page.getByRole('img', { name: /projected change/i });
    if (!row?.charted) {
      await expect(chart.locator('[data-bar="43-3021"]')).toHaveCount(0);
      const figure = page.locator('figure').filter({ has: chart });
      const tableRow = figure.locator('table tbody tr', { hasText: '43-3021' });
      await expect(tableRow).toContainText('Not in the chart');
      return;
    }
    const bar = chart.locator('[data-bar="43-3021"] rect');
    const zero = chart.locator('[data-zero-line="43-3021"]');
    const barBox = await bar.boundingBox();
    const zeroBox = await zero.boundingBox();
    if (barBox === null || zeroBox === null) throw new Error('bar or zero line not drawn');
    const zeroX = zeroBox.x + zeroBox.width / 2;
    if ((value ?? 0) < 0) {
      await expect(chart.locator('[data-bar="43-3021"]')).toContainText(/-\d/);
      expect(barBox.x + barBox.width).toBeLessThanOrEqual(zeroX + 1);
    } else {
      expect(barBox.x).toBeGreaterThanOrEqual(zeroX - 1);
    }
  });

  test('the state table says which states it holds and links the BLS wage page', async ({
    page,
  }) => {
    await page.goto('/outlook/');
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Coder pay by state' }),
    });
    await expect(section).toContainText('States not listed are not held here');
    await expect(section.getByRole('link', { name: /BLS wage page/ })).toHaveAttribute(
      'href',
      /bls\.gov\/oes/,
    );
    await expect(
      section.locator('tbody tr').first().locator('a[href^="/sources/#"]'),
    ).toBeVisible();
    await expect(section.locator('tbody tr').last()).toContainText('United States');
  });
});

test.describe('/career-paths/', () => {
  for (const track of ['Coding', 'Billing']) {
    test(`lists the ${track.toLowerCase()} ladder from entry to lead, with links`, async ({
      page,
    }) => {
      await page.goto('/career-paths/');
      const section = page.getByRole('region', { name: track, exact: true });
      const levels = section.locator('ol > li');
      await expect(levels.first()).toContainText('Entry level');
      await expect(levels.last()).toContainText('Lead and management');
      expect(await levels.count()).toBeGreaterThanOrEqual(3);
      const jobLinks = section.locator('a[href^="/jobs/"]');
      expect(await jobLinks.count()).toBeGreaterThanOrEqual(4);
      for (const href of await jobLinks.evaluateAll((links) =>
        links.map((link) => link.getAttribute('href')),
      )) {
        expect(href).toMatch(/^\/jobs\/[a-z0-9-]+\/$/);
      }
      await expect(section.locator('a[href^="/certifications/"]').first()).toBeVisible();
      await expect(section.getByText('What opens it:').first()).toBeVisible();
    });
  }

  test('shows where the two ladders meet', async ({ page }) => {
    await page.goto('/career-paths/');
    const shared = page.getByRole('region', { name: 'Where the two meet' });
    for (const area of [/Revenue Cycle/, /Audit/, /Documentation/, /Compliance/, /HIM/]) {
      await expect(shared.getByRole('link', { name: area }).first()).toBeVisible();
    }
  });
});

test.describe('/claim-journey/', () => {
  test('has ten steps in order, each with its owner in text', async ({ page }) => {
    await page.goto('/claim-journey/');
    const steps = page.locator('main ol').first().locator(':scope > li');
    await expect(steps).toHaveCount(10);
    for (let index = 0; index < 10; index += 1) {
      await expect(steps.nth(index)).toContainText(
        /Done by: (Front office|Provider|Coder|Biller|Payer|Patient)/,
      );
    }
    await expect(steps.filter({ hasText: 'Done by: Coder' })).not.toHaveCount(0);
    await expect(steps.filter({ hasText: 'Done by: Biller' })).not.toHaveCount(0);
  });

  test('links terms to the glossary, shows the denial loop and links the roles', async ({
    page,
  }) => {
    await page.goto('/claim-journey/');
    const glossaryLinks = page.locator('main a[href^="/glossary/#"]');
    expect(await glossaryLinks.count()).toBeGreaterThanOrEqual(10);
    await expect(page.getByText('The loop back.')).toBeVisible();
    await page
      .getByRole('link', { name: /step 4, coding/ })
      .first()
      .click();
    await expect(page).toHaveURL(/#step-coding$/);
    for (const href of ['/compare/', '/roles/coder/', '/roles/biller/']) {
      await expect(page.locator(`main a[href="${href}"]`).first()).toBeVisible();
    }
  });
});

for (const path of PAGES) {
  test.describe(`page ${path}`, () => {
    test('fits a 360px phone without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(path);
      await expectNoSideScroll(page);
    });

    test('keeps its main content in print', async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (path === '/outlook/') await expect(page.getByRole('img').first()).toBeVisible();
    });

    // axe in both themes runs on these pages in site.spec.ts, with every one-off page.
  });
}
