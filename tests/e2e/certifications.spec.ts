// The certifications pages in a real browser: the full table without JavaScript, the filter and
// sort with it (and in the address), a phone-sized viewport, a credential's page, and axe.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, setTheme } from './helpers';
import { getCertification } from '@/lib/content';

const PATH = '/certifications/';
const BILLER_CREDENTIALS = ['CBCS', 'CMRS', 'CPB', 'CPCO', 'CPMA', 'CPPM', 'CRCR'];

const table = (page: Page) => page.getByRole('table');
const bodyRows = (page: Page) => table(page).locator('tbody tr');

/** The acronyms of the rows on screen, in order. */
async function shownAcronyms(page: Page): Promise<string[]> {
  return bodyRows(page).getByRole('rowheader').getByRole('link').allTextContents();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the table shows all 20 credentials and no controls', async ({ page }) => {
    await page.goto(PATH);
    await expect(bodyRows(page)).toHaveCount(20);
    await expect(page.getByRole('status')).toHaveText('Showing all 20 credentials.');
    await expect(page.getByRole('combobox', { name: 'Role served' })).toHaveCount(0);
    await expect(table(page).getByRole('columnheader')).toHaveText([
      'Credential',
      'Issuing body',
      'Serves',
      'Level',
      'Who can take it',
      'Questions',
      'Exam length',
      'Fee',
      'Renewal',
    ]);
  });

  test('a filter in the address still shows every row', async ({ page }) => {
    await page.goto(`${PATH}?role=biller&body=AAPC`);
    await expect(bodyRows(page)).toHaveCount(20);
  });
});

test.describe('with JavaScript', () => {
  test('the table starts with all 20 credentials', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.getByRole('combobox', { name: 'Role served' })).toBeVisible();
    await expect(bodyRows(page)).toHaveCount(20);
    await expect(page.getByRole('status')).toHaveText('Showing all 20 credentials.');
  });

  test('filtering by role keeps only biller credentials, announces the count and updates the address', async ({
    page,
  }) => {
    await page.goto(PATH);
    await page.getByRole('combobox', { name: 'Role served' }).selectOption('biller');
    await expect(page.getByRole('status')).toHaveText('Showing 7 of 20 credentials.');
    await expect(page.getByRole('status')).toHaveAttribute('role', 'status');
    expect(await shownAcronyms(page)).toEqual(BILLER_CREDENTIALS);
    for (const cell of await bodyRows(page).locator('td[data-column="roles"]').all()) {
      await expect(cell).toContainText('Billers');
    }
    await expect(page).toHaveURL(/\?role=biller$/);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(bodyRows(page)).toHaveCount(20);
    await expect(page).toHaveURL(new RegExp(`${PATH}$`));
  });

  test('a shared address opens the same filtered view, without hydration errors', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${PATH}?role=biller&body=AAPC`);
    await expect(page.getByRole('combobox', { name: 'Issuing body' })).toHaveValue('AAPC');
    await expect(page.getByRole('status')).toHaveText('Showing 4 of 20 credentials.');
    expect(await shownAcronyms(page)).toEqual(['CPB', 'CPCO', 'CPMA', 'CPPM']);
    expect(errors).toEqual([]);
  });

  test('a filter that matches nothing says so', async ({ page }) => {
    await page.goto(`${PATH}?body=AMBA&level=specialty`);
    await expect(bodyRows(page)).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText(
      'No credential matches these filters (0 of 20).',
    );
  });

  test('sorting by fee puts known fees first, lowest first, and unknown fees last', async ({
    page,
  }) => {
    await page.goto(PATH);
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('fee');
    await expect(page).toHaveURL(/\?sort=fee$/);
    await expect(table(page).getByRole('columnheader', { name: 'Fee' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const cells = bodyRows(page).locator('td[data-column="fee"]');
    const fees = await cells.allTextContents();
    expect(fees).toHaveLength(20);
    // An unknown fee says why (from the content), in an element marked data-unknown.
    const unknown = await cells.evaluateAll((tds) =>
      tds.map((td) => td.querySelector('[data-unknown]') !== null),
    );
    const firstUnknown = unknown.indexOf(true);
    expect(firstUnknown).toBeGreaterThan(0);
    expect(unknown.slice(firstUnknown).every(Boolean)).toBe(true);
    const known = fees.slice(0, firstUnknown).map((fee) => Number(/\$([\d,]+)/.exec(fee)?.[1]));
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(known.every((fee) => fee > 0)).toBe(true);
  });
});

test.describe('on a 390px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the table stacks into readable cards without sideways scrolling', async ({ page }) => {
    await page.goto(PATH);
    await expect(bodyRows(page)).toHaveCount(20);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const cpc = bodyRows(page).filter({
      has: page.getByRole('link', { name: 'CPC', exact: true }),
    });
    await expect(cpc.getByText('Exam length', { exact: true })).toBeVisible();
    await expect(cpc.locator('td[data-column="questions"]')).toContainText('100 questions');
    const box = await cpc.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);

    await page.getByRole('combobox', { name: 'Role served' }).selectOption('biller');
    await expect(bodyRows(page)).toHaveCount(7);
  });
});

test('the CPC page shows the apprentice rule and its figures with sources', async ({ page }) => {
  await page.goto(`${PATH}cpc/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'CPC: Certified Professional Coder',
  );
  await expect(page.getByRole('main')).toContainText('Issued by AAPC');
  const apprentice = page.getByRole('region', { name: 'The apprentice rule', exact: true });
  await expect(apprentice).toContainText('CPC-A');
  const exam = page.getByRole('region', { name: 'The exam', exact: true });
  await expect(exam).toContainText('100 questions');
  await expect(exam).toContainText('about 2023');
  await expect(exam.getByRole('link', { name: 'AAPC' }).first()).toHaveAttribute(
    'href',
    '/sources/#aapc-cpc',
  );
  await expect(page.getByRole('link', { name: /official CPC page/ }).first()).toHaveAttribute(
    'href',
    'https://www.aapc.com/certification/cpc/',
  );
  await expect(
    page.getByRole('region', { name: 'The job it serves', exact: true }).getByRole('link'),
  ).toHaveAttribute('href', '/roles/coder/');
  await expect(
    page
      .getByRole('region', { name: 'Job titles that list it', exact: true })
      .getByRole('link')
      .first(),
  ).toHaveAttribute('href', /^\/jobs\/[a-z0-9-]+\/$/);
  await expect(
    page.getByRole('region', { name: 'Sources', exact: true }).getByRole('listitem'),
  ).not.toHaveCount(0);
});

test('an AHIMA credential says AHIMA has no billing credential, and whom its credentials serve', async ({
  page,
}) => {
  await page.goto(`${PATH}cca/`);
  const main = page.getByRole('main');
  await expect(main).toContainText('AHIMA has no billing credential.');
  await expect(main).toContainText('or work beyond coding and billing (CHDA, CHPS and RHIA)');
  await expect(main).not.toContainText('every AHIMA credential on this site serves coders');
});

test('a billing credential says no rule requires billers to be certified, with its source', async ({
  page,
}) => {
  await page.goto(`${PATH}cpb/`);
  const note = page.getByText(
    'No state or federal rule requires a medical biller to be certified.',
  );
  await expect(note).toBeVisible();
  await expect(note.getByRole('link')).toHaveAttribute('href', '/sources/#amba-cmrs');
});

test('an unknown exam fact says so, says why, and links the official page', async ({ page }) => {
  await page.goto(`${PATH}cdip/`);
  const exam = page.getByRole('region', { name: 'The exam', exact: true });
  await expect(exam.getByText(/Not published here yet/).first()).toBeVisible();
  // The reason is the content's own, whatever its wording.
  const reason = getCertification('cdip').unpublished?.fee ?? '';
  expect(reason).not.toBe('');
  await expect(exam).toContainText(reason.replace(/\s+/g, ' ').trim());
  await expect(exam.getByRole('link', { name: /official CDIP page/ }).first()).toBeVisible();
});

// The list as loaded and the certification pages are scanned in both themes in site.spec.ts; this
// scans the state only a visitor's choice produces.
test('no axe violations on the filtered certifications list, in the light theme and then the dark', async ({
  page,
}) => {
  await setTheme(page, 'light');
  await page.goto(PATH);
  await page.getByRole('combobox', { name: 'Role served' }).selectOption('biller');
  await expect(page).toHaveURL(/role=biller/);
  await expectNoAxeViolations(page, 'light');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expectNoAxeViolations(page, 'dark');
});
