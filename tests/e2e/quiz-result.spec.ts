// The result page on a phone: honest words when a result is unsure, old links with their original
// percentages, the page opening at its top, "Edit my answers", and how much the layout shifts.
import { expect, test, type Page } from '@playwright/test';
import { goldenLink } from './golden-links';
import { expectNoAxeViolations } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Each outcome's percentage as the chart shows it, in the chart's order. */
async function chartPercentages(page: Page) {
  const items = await page
    .getByRole('figure', { name: 'How your answers split' })
    .getByRole('listitem')
    .allTextContents();
  return items.map((text) => Number(text.match(/(\d+)%/)?.[1]));
}

/** A golden link's percentages in the chart's order. */
function expectedPercentages(link: ReturnType<typeof goldenLink>) {
  const expected = link.expected.percentages;
  return [expected?.coding, expected?.billing, expected?.both, expected?.adjacent];
}

const headline = (page: Page) => page.locator('#result-outcome');

test('a result from one answer says it is too early to call, and counts the answers', async ({
  page,
}) => {
  const link = goldenLink('only the first question');
  await page.goto(link.path);
  await expect(page.getByText('Too few answers for a clear result')).toBeVisible();
  await expect(headline(page)).toHaveText('Your one answer leans toward Medical coding');
  await expect(page.getByText(/You answered 1 of 14 questions\./)).toBeVisible();
  await expect(page.getByText('answer 6 more to see where you fit')).toBeVisible();
  await expect(page.getByText('Your best fit')).toHaveCount(0);
  // The words change; the percentages of the old link do not.
  expect(await chartPercentages(page)).toEqual(expectedPercentages(link));
});

test('a near tie names both outcomes and asks to read both', async ({ page }) => {
  const link = goldenLink('half coding, half billing');
  await page.goto(link.path);
  await expect(page.getByText('No single best fit')).toBeVisible();
  await expect(headline(page)).toHaveText(
    'Your answers split between Medical coding and Medical billing',
  );
  await expect(page.getByText(/You answered 13 of 14 questions\. Read both/)).toBeVisible();
  const region = page.getByRole('region', { name: /Your answers split/ });
  await expect(region.getByRole('heading', { level: 3 })).toHaveText([
    'Medical coding',
    'Medical billing',
  ]);
  await expect(page.getByText('Your best fit')).toHaveCount(0);
  expect(await chartPercentages(page)).toEqual([44, 39, 17, 0]);
});

test('unsure results have no axe violations', async ({ page }) => {
  for (const name of ['only the first question', 'all first options']) {
    await page.goto(goldenLink(name).path);
    await expect(page.getByRole('figure')).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('a split result still prints on one page', async ({ page }) => {
  await page.goto(goldenLink('all first options').path);
  await expect(headline(page)).toContainText('Your answers split between');
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
});

test('golden links with a clear lead still give their percentages and a best fit', async ({
  page,
}) => {
  const names = { coding: 'Medical coding', billing: 'Medical billing' } as const;
  for (const [name, top] of [
    ['coding answers', 'coding'],
    ['billing answers', 'billing'],
  ] as const) {
    const link = goldenLink(name);
    await page.goto(link.path);
    await expect(page.getByText('Your best fit')).toBeInViewport();
    await expect(headline(page)).toHaveText(names[top]);
    await expect(headline(page)).toBeInViewport();
    expect(await chartPercentages(page)).toEqual(expectedPercentages(link));
  }
});

test('"See my result" opens the result at the top of the page', async ({ page }) => {
  const link = goldenLink('coding answers');
  // The quiz with the golden answers filled in, on its last question.
  await page.goto(`/quiz/#a=${link.code}&q=14`);
  await expect(page.getByRole('heading', { name: 'Question 14 of 14' })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'See my result' }).click();
  await expect(page).toHaveURL(new RegExp(`/quiz/result/#r=${link.code}$`));
  await expect(headline(page)).toHaveText('Medical coding');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(headline(page)).toBeInViewport();
});

test('"Edit my answers" reopens the quiz with the answers of the link', async ({ page }) => {
  const link = goldenLink('only the first question');
  await page.goto(link.path);
  await page.getByRole('link', { name: 'Edit my answers' }).click();
  // The same code, on the first question that was skipped.
  await expect(page).toHaveURL(new RegExp(`/quiz/#a=${link.code}&q=2$`));
  await expect(page.getByRole('heading', { name: 'Question 2 of 14' })).toBeVisible();
  await page.getByRole('button', { name: /^Question 1, answered/ }).click();
  await expect(page.getByRole('radio').first()).toBeChecked();
});

test('a result link with extra characters says it is too long', async ({ page }) => {
  await page.goto(`/quiz/result/#r=${goldenLink('coding answers').code}xy`);
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('too long: it has extra characters');
  await expect(alert).not.toContainText('missing');
});

test('the result page barely shifts while it loads', async ({ page }) => {
  // A slow phone, as Lighthouse's mobile run has it: the page paints before its script runs.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if ('value' in entry && 'hadRecentInput' in entry && !entry.hadRecentInput) {
          shifts.push(Number(entry.value));
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(goldenLink('hybrid answers').path, { waitUntil: 'networkidle' });
  await expect(page.getByRole('figure', { name: 'How your answers split' })).toBeVisible();
  await page.waitForTimeout(500);
  const cls = await page.evaluate(() => {
    const shifts: unknown = Reflect.get(window, 'layoutShifts');
    return Array.isArray(shifts)
      ? shifts.reduce((sum: number, value) => sum + Number(value), 0)
      : -1;
  });
  console.log(`result page layout shift at 390 x 844: ${cls.toFixed(4)}`);
  test.info().annotations.push({ type: 'layout shift', description: cls.toFixed(4) });
  expect(cls).toBeGreaterThanOrEqual(0);
  expect(cls).toBeLessThan(0.05);
});
