import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import golden from '../fixtures/quiz/v1-golden.json' with { type: 'json' };
import { expectNoAxeViolations, qrCodeText, setTheme } from './helpers';

const scored = golden.links.filter((link) => link.expected.kind === 'scored');
const OUTCOME_NAMES = {
  coding: 'Medical coding',
  billing: 'Medical billing',
  both: 'Billing and coding (hybrid)',
  adjacent: 'Health records or patient access',
} as const;

const resultCode = (link: string) =>
  new URLSearchParams(new URL(link).hash.slice(1)).get('r') ?? '';

/** Thirty pasted lines: 27 working links (some with names) and 3 broken ones. */
function classLines(origin: string) {
  const valid = Array.from({ length: 27 }, (_, index) => {
    const link = scored[index % scored.length];
    if (link === undefined) throw new Error('no golden links');
    const address = `${origin}${new URL(link.link).pathname}${new URL(link.link).hash}`;
    return {
      line: index % 3 === 0 ? `Student ${index + 1}: ${address}` : address,
      top: link.expected.top,
    };
  });
  const code = resultCode(scored[0]?.link ?? '');
  const broken = [
    `${origin}/quiz/result/#r=${code.slice(0, -3)}`,
    `${origin}/quiz/result/#r=${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`,
    'see you on Monday',
  ];
  const lines = [...valid.map((entry) => entry.line)];
  lines.splice(4, 0, broken[0] ?? '');
  lines.splice(15, 0, broken[1] ?? '');
  lines.push(broken[2] ?? '');
  return { lines, valid };
}

test('the quiz link and its QR code carry the address the page is served from', async ({
  page,
}) => {
  await page.goto('/counselors/');
  const origin = await page.evaluate(() => window.location.origin);
  expect(origin).toMatch(/^http:\/\/localhost:\d+$/);
  const quizAddress = `${origin}/quiz/`;
  const link = page.getByRole('link', { name: quizAddress, exact: true });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', quizAddress);
  const image = page.getByRole('img', { name: `QR code that opens ${quizAddress}` });
  await expect(image).toBeVisible();
  expect(await qrCodeText(image)).toBe(quizAddress);
  await expect(
    page.getByRole('link', { name: 'Download the QR code (SVG image)' }),
  ).toHaveAttribute('href', (await image.getAttribute('src')) ?? '');
});

test('without JavaScript the quiz link is the build-time address, and says so', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/counselors/');
  // The build-time address (SITE_URL) is the one in the page's canonical link.
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  const builtAddress = new URL('/quiz/', canonical ?? '').href;
  const link = page.getByRole('link', { name: builtAddress, exact: true });
  await expect(link).toHaveAttribute('href', builtAddress);
  // getByText does not look inside <noscript>, so locate the note beside the link by its place.
  await expect(page.locator('p', { has: link }).locator('noscript span')).toContainText(
    'the address this site was built for',
  );
  await expect(page.getByRole('img', { name: `QR code that opens ${builtAddress}` })).toBeVisible();
  await context.close();
});

test('the page gives the quiz link, a QR code and prompts for every result', async ({ page }) => {
  await page.goto('/counselors/');
  await expect(
    page.getByRole('img', { name: /^QR code that opens https?:\/\/.+\/quiz\/$/ }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /\/quiz\/$/ })).toBeVisible();
  for (const name of Object.values(OUTCOME_NAMES)) {
    await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  }
  await expect(page.getByText('the links are not sent anywhere')).toBeVisible();
});

test('the class summary reads 30 links, lists the 3 broken ones and downloads a CSV', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  await page.goto('/counselors/');
  page.on('request', (request) => requests.push(request.url()));
  const { lines, valid } = classLines(baseURL ?? '');
  await page.getByRole('textbox', { name: 'Result links, one per line' }).fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Make the summary' }).click();

  await expect(page.getByRole('status')).toHaveText('27 results read; 3 lines could not be read.');
  const counts = page.getByRole('table', { name: 'Results by path' });
  for (const [id, name] of Object.entries(OUTCOME_NAMES)) {
    const expected = valid.filter((entry) => entry.top === id).length;
    await expect(counts.getByRole('row', { name: `${name} ${expected}` })).toBeVisible();
  }
  const students = page.getByRole('table', { name: 'Each student' });
  await expect(students.getByRole('row')).toHaveCount(28);
  await expect(students.getByRole('cell', { name: 'Student 1', exact: true })).toBeVisible();
  const invalid = page.getByRole('region', { name: 'Lines that could not be read' });
  await expect(invalid.getByRole('listitem')).toHaveText([
    /^Line 5: .*too short or too long/,
    /^Line 16: .*does not pass its check/,
    /^Line 30: This line has no quiz result link in it\.$/,
  ]);

  const downloadStarted = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toBe('quiz-class-summary.csv');
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '');
  const rows = csv.trimEnd().split('\r\n');
  expect(rows).toHaveLength(31);
  expect(rows[0]).toMatch(/^Line,Student,Result,/);
  expect(rows[1]).toMatch(/^1,Student 1,/);
  expect(rows[5]).toMatch(/^5,.*too short or too long/);
  // Everything happened in the page: no request carried a pasted result anywhere.
  const codes = scored.map((link) => resultCode(link.link));
  expect(requests.filter((url) => codes.some((code) => url.includes(code)))).toEqual([]);
  expect(
    requests.filter((url) => !url.startsWith(baseURL ?? '') && !url.startsWith('blob:')),
  ).toEqual([]);
});

test.describe('accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`the counselors' page and its summary have no axe violations (${theme})`, async ({
      page,
      baseURL,
    }) => {
      await setTheme(page, theme);
      await page.goto('/counselors/');
      await expectNoAxeViolations(page, theme);
      await page
        .getByRole('textbox', { name: 'Result links, one per line' })
        .fill(classLines(baseURL ?? '').lines.join('\n'));
      await page.getByRole('button', { name: 'Make the summary' }).click();
      await expect(page.getByRole('table', { name: 'Each student' })).toBeVisible();
      await expectNoAxeViolations(page, theme);
    });
  }
});
