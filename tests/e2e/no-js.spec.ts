import { expect, test, type Browser, type Page } from '@playwright/test';
import { builtRoutes } from './helpers';

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

/** Text nodes with an amount or a percentage that have no source link beside them. */
async function unsourcedFigures(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    const figurePattern = /\$\s?\d|\d\s?%/;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const problems: string[] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!figurePattern.test(text)) continue;
      const holder = node.parentElement?.closest('[data-sourced]');
      if (!holder || !holder.querySelector('a[href^="/sources/#"]')) problems.push(text.trim());
    }
    return problems;
  });
}

async function readPage(browser: Browser, route: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  // Without JavaScript nothing happens after "load"; with it, wait for the islands to settle.
  await page.goto(route, { waitUntil: javaScriptEnabled ? 'networkidle' : 'load' });
  const lines = await mainLines(page);
  const unsourced = await unsourcedFigures(page);
  await context.close();
  return { lines, unsourced };
}

for (const route of builtRoutes()) {
  test(`without JavaScript, ${route} shows the same main text, every figure beside its source`, async ({
    browser,
  }) => {
    const [withoutJs, withJs] = await Promise.all([
      readPage(browser, route, false),
      readPage(browser, route, true),
    ]);
    expect(withoutJs.lines.length).toBeGreaterThan(0);
    expect(withoutJs.lines).toEqual(withJs.lines);
    // The static HTML is what every visitor and search engine gets: each amount or percentage in it
    // sits inside an element that also links its source.
    expect(withoutJs.unsourced).toEqual([]);
  });
}

// The interactive pages' own fallbacks are tested in quiz.spec.ts, certifications.spec.ts and
// finder.spec.ts.
