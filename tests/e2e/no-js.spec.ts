import { expect, test, type Browser, type Page } from '@playwright/test';
import { browserRoutes } from './helpers';

/**
 * The text of <main>, line by line. Parts that only exist with JavaScript (marked data-js-only:
 * the quiz, the finder's live results, filter controls) are left out, and so are <noscript> fallbacks.
 */
async function mainLines(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true);
    if (!(copy instanceof HTMLElement)) return [];
    copy
      .querySelectorAll('[data-js-only], noscript, script')
      .forEach((element) => element.remove());
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  });
}

async function readPage(browser: Browser, route: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  // Without JavaScript nothing happens after "load"; with it, wait for the islands to settle.
  await page.goto(route, { waitUntil: javaScriptEnabled ? 'networkidle' : 'load' });
  const lines = await mainLines(page);
  await context.close();
  return lines;
}

// The representative pages (tests/e2e/templates.ts). That every figure in every page's HTML sits
// beside its source is checked without a browser, in tests/static/pages.test.ts.
for (const route of browserRoutes()) {
  test(`without JavaScript, ${route} shows the same main text`, async ({ browser }) => {
    const [withoutJs, withJs] = await Promise.all([
      readPage(browser, route, false),
      readPage(browser, route, true),
    ]);
    expect(withoutJs.length).toBeGreaterThan(0);
    expect(withoutJs).toEqual(withJs);
  });
}

// The interactive pages' own fallbacks are tested in quiz.spec.ts, certifications.spec.ts and
// finder.spec.ts.
