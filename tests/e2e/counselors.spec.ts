import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { QUIZ_OUTCOMES } from '@/lib/content/vocabulary';
import { encodeAnswers } from '@/lib/quiz/codec';
import { scoreAnswers } from '@/lib/quiz/registry';
import type { QuizDefinition, QuizOutcomeId } from '@/lib/quiz/types';
import v1Scoring from '../fixtures/quiz/v1-scoring.json' with { type: 'json' };
import { expectNoAxeViolations, qrCodeText, setTheme } from './helpers';

const OUTCOME_NAMES = {
  coding: 'Medical coding',
  billing: 'Medical billing',
  both: 'Billing and coding (hybrid)',
  adjacent: 'Health records or patient access',
} as const;

/** Version 1 as the encoder and scoring see it: the options and weights; the words do not matter. */
const v1: QuizDefinition = {
  version: v1Scoring.version,
  released: '2026-11-26',
  // The class summary reads no certainty rule; any will do.
  certainty: { minAnswers: 1, closeMargin: 0 },
  questions: v1Scoring.questions.map((question) => ({
    id: question.id,
    prompt: question.id,
    options: question.options.map((option) => ({ ...option, label: option.id, reason: option.id })),
  })),
};
const resultLink = (origin: string, answers: (number | null)[]) =>
  `${origin}/quiz/result/#r=${encodeAnswers(v1, answers)}`;
/** The answers of the nth made-up student: a spread of options, different for each n below 64. */
const answersOf = (student: number) =>
  v1.questions.map((question, index) => {
    const options = question.options.length;
    // The first three answers spell the student's number, so no two students share a link.
    if (index < 3) return Math.floor(student / options ** index) % options;
    return (Math.imul(student * 31 + index, 2654435761) >>> 7) % options;
  });
const PARTIAL_LINE = 5;
const LONG_NAME = 'Maximiliana-Guadalupe Fernández-Oyelaran Wojciechowska-Smith';
const UNBROKEN_NAME = 'Bartholomew_Featherstonehaugh_Cholmondeley_Wolstenholme';

/**
 * A class of 35 pasted lines: 31 students (one with a partial result, two with long names, some
 * without a name), the same link pasted twice more, a name used twice, and an unfinished quiz.
 */
function classOf35(origin: string) {
  const students = Array.from({ length: 31 }, (_, index) => {
    const answers = answersOf(index).map((answer, question) =>
      index === PARTIAL_LINE - 1 && question >= 4 ? null : answer,
    );
    const name =
      index === 0
        ? LONG_NAME
        : index === 1
          ? UNBROKEN_NAME
          : index % 5 === 3
            ? null
            : `Student ${index + 1}`;
    const result = scoreAnswers(v1, answers);
    if (result.kind !== 'scored') throw new Error('a made-up student has no result');
    return { name, top: result.top, link: resultLink(origin, answers) };
  });
  if (new Set(students.map((student) => student.link)).size !== students.length) {
    throw new Error('two made-up students share a link');
  }
  const lines = students.map((student) =>
    student.name === null ? student.link : `${student.name}: ${student.link}`,
  );
  // Lines 32 to 35: repeats and an unfinished quiz.
  lines.push(
    students[2]?.link ?? '',
    `${LONG_NAME}: ${students[0]?.link ?? ''}`,
    `student 7 ${resultLink(origin, answersOf(39))}`,
    `Dana: ${origin}/quiz/#a=${encodeAnswers(v1, [0, 1, 2, 0, 1, 2, null, null, null, null, null, null, null, null])}&q=7`,
  );
  const counts = (outcome: QuizOutcomeId) =>
    students.filter((student) => student.top === outcome).length;
  return { lines, counts };
}

/** Pastes the lines and makes the summary. */
async function makeSummary(page: Page, lines: readonly string[]) {
  await page.getByRole('textbox', { name: 'Result links, one per line' }).fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Make the summary' }).click();
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

const countText = (count: number) => `${count} ${count === 1 ? 'student' : 'students'}`;

test('the class summary counts 35 lines once each, flags what it cannot count, and downloads a CSV', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  await page.goto('/counselors/');
  page.on('request', (request) => requests.push(request.url()));
  const { lines, counts } = classOf35(baseURL ?? '');
  await makeSummary(page, [...lines, 'see you on Monday']);

  await expect(page.getByRole('status')).toHaveText(
    '31 students counted; 3 lines pasted twice; 1 unfinished quiz; 1 line could not be read.',
  );
  const chart = page.getByRole('figure', { name: 'Results by path (31 students)' });
  await expect(chart.getByRole('listitem')).toHaveText(
    QUIZ_OUTCOMES.map((outcome) => `${OUTCOME_NAMES[outcome]}${countText(counts(outcome))}`),
  );
  const students = page.getByRole('table', { name: /^Each student/ });
  await expect(students.locator('tbody > tr')).toHaveCount(31);
  await expect(students.getByRole('cell', { name: 'Student 3', exact: true })).toBeVisible();
  await expect(students.locator('tbody > tr').nth(PARTIAL_LINE - 1)).toContainText(
    '4 of 14Partial',
  );
  await expect(
    page.getByRole('region', { name: 'Lines pasted twice' }).getByRole('listitem'),
  ).toHaveText([
    'Line 32: The same link as line 3: counted once, on line 3.',
    `Line 33 (${LONG_NAME}): The same link as line 1: counted once, on line 1.`,
    'Line 34 (student 7): The same name as line 7: counted once, on line 7.',
  ]);
  await expect(
    page.getByRole('region', { name: 'Unfinished quizzes' }).getByRole('listitem'),
  ).toHaveText([
    'Line 35 (Dana): An unfinished quiz (6 of 14 questions answered): ask them to finish and send the result link.',
  ]);
  await expect(
    page.getByRole('region', { name: 'Lines that could not be read' }).getByRole('listitem'),
  ).toHaveText(['Line 36: This line has no quiz result link in it.']);

  const downloadStarted = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toBe('quiz-class-summary.csv');
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '');
  const rows = csv.trimEnd().split('\r\n');
  expect(rows).toHaveLength(37);
  expect(rows[0]).toMatch(/^Line,Student,Result,.*,Result link,Note$/);
  // Every counted or repeated line keeps its result link; the unfinished one its quiz link.
  rows.slice(1, 35).forEach((row, index) => {
    const link = /(http:\/\/[^,]+\/quiz\/result\/#r=[0-9a-z-]+)/.exec(row)?.[1];
    expect(lines[index]).toContain(link);
  });
  expect(rows[5]).toMatch(
    /Partial: 4 of 14 questions answered\. Uncertain: too few answers for a clear result \(3 more needed\)\.$/,
  );
  expect(rows[35]).toContain(`${baseURL ?? ''}/quiz/#a=`);
  // Everything happened in the page: no request carried a pasted result anywhere.
  const codes = lines.flatMap((line) => /#[ar]=([0-9a-z-]+)/.exec(line)?.[1] ?? []);
  expect(codes).toHaveLength(35);
  expect(requests.filter((url) => codes.some((code) => url.includes(code)))).toEqual([]);
  expect(
    requests.filter((url) => !url.startsWith(baseURL ?? '') && !url.startsWith('blob:')),
  ).toEqual([]);
});

test.describe('on a 390 x 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('every column of every student is readable, long names included', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/counselors/');
    await makeSummary(page, classOf35(baseURL ?? '').lines);
    const students = page.getByRole('table', { name: /^Each student/ });
    await expect(students.locator('tbody > tr')).toHaveCount(31);
    // Each cell is shown in full: inside the screen, not clipped, with its column's name before it.
    const problems = await students.locator('tbody td').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const box = cell.getBoundingClientRect();
        const label = cell.getAttribute('data-label') ?? '';
        const shown = getComputedStyle(cell, '::before').content.startsWith(`"${label}"`);
        return box.width > 0 &&
          box.left >= 0 &&
          box.right <= window.innerWidth &&
          cell.scrollWidth <= cell.clientWidth &&
          shown
          ? []
          : [`${label} of "${cell.closest('tr')?.textContent ?? ''}"`];
      }),
    );
    expect(problems).toEqual([]);
    expect(await students.locator('tbody td').count()).toBe(31 * 5);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    for (const name of [LONG_NAME, UNBROKEN_NAME]) {
      const cell = students.getByText(name, { exact: true });
      await cell.scrollIntoViewIfNeeded();
      await expect(cell).toBeInViewport({ ratio: 1 });
    }
    const partial = students.locator('tbody strong', { hasText: 'Partial' });
    await expect(partial).toHaveCount(1);
    await partial.scrollIntoViewIfNeeded();
    await expect(partial).toBeInViewport({ ratio: 1 });
    // Results the quiz itself is unsure of (a near tie, too few answers) are flagged, in view too.
    const uncertain = students.locator('tbody strong', { hasText: 'Uncertain' });
    expect(await uncertain.count()).toBeGreaterThan(0);
    for (const flag of await uncertain.all()) {
      await flag.scrollIntoViewIfNeeded();
      await expect(flag).toBeInViewport({ ratio: 1 });
    }
    await expect(page.getByRole('region', { name: 'Lines pasted twice' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Unfinished quizzes' })).toContainText(
      'ask them to finish and send the result link',
    );
    // The cards keep the table's meaning for assistive technology.
    await expectNoAxeViolations(page);
  });

  test('Clear can be undone from the keyboard, and both are announced', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/counselors/');
    const { lines } = classOf35(baseURL ?? '');
    await makeSummary(page, lines);
    const textbox = page.getByRole('textbox', { name: 'Result links, one per line' });
    const status = page.getByRole('status');
    await expect(status).toHaveText(/^31 students counted/);

    await page.getByRole('button', { name: 'Clear' }).focus();
    await page.keyboard.press('Enter');
    await expect(textbox).toHaveValue('');
    await expect(page.getByRole('table', { name: /^Each student/ })).toHaveCount(0);
    await expect(status).toHaveText('The links are cleared. Undo brings them back.');

    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(textbox).toHaveValue(lines.join('\n'));
    await expect(textbox).toBeFocused();
    await expect(status).toHaveText(/^31 students counted/);
    await expect(
      page.getByRole('table', { name: /^Each student/ }).locator('tbody > tr'),
    ).toHaveCount(31);
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  });
});

// The page as loaded is scanned in both themes in site.spec.ts; this scans the class summary.
test("the counselors' summary has no axe violations, in the light theme and then the dark", async ({
  page,
  baseURL,
}) => {
  await setTheme(page, 'light');
  await page.goto('/counselors/');
  await makeSummary(page, classOf35(baseURL ?? '').lines);
  await expect(page.getByRole('table', { name: /^Each student/ })).toBeVisible();
  await expectNoAxeViolations(page, 'light');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expectNoAxeViolations(page, 'dark');
});
