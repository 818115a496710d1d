import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe, { type RunOptions } from 'axe-core';
import { expect, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { headersForPath, parseHeadersFile } from '@/lib/csp';
import { builtSite } from '../static/built-site';
import { representatives } from './templates';

export { builtSite } from '../static/built-site';

/**
 * The pages the per-page browser tests load: every one-off page, and a few pages of each template
 * that between them show its variants (tests/e2e/templates.ts).
 */
export function browserRoutes(): string[] {
  return [...representatives(builtSite().pages).values()].flat().sort();
}

/** The axe rules whose outcome depends on the colour theme. */
const THEME_DEPENDENT_RULES = ['color-contrast', 'link-in-text-block'];

declare global {
  interface Window {
    /** axe-core, once expectNoAxeViolations has injected it. */
    axe?: typeof axe;
  }
}

/** Runs axe with the WCAG 2.x A and AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, theme: 'light' | 'dark' = 'light') {
  // axe runs in the page itself, injected once per page load. @axe-core/playwright's analyze()
  // scans frame by frame and then finishes in a second, blank page: two to four times as slow on
  // these pages, which have no frames (checked, so a frame cannot go unscanned).
  await expect(page.locator('iframe, frame')).toHaveCount(0);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  // Report only violations: axe then skips collecting every passing node, about a fifth faster.
  // Only colours change with the theme: the light scan runs every rule, the dark one the rules that
  // read colours.
  const options: RunOptions = {
    resultTypes: ['violations'],
    runOnly:
      theme === 'dark'
        ? { type: 'rule', values: THEME_DEPENDENT_RULES }
        : {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
          },
  };
  const violations = await page.evaluate(async (runOptions) => {
    if (!window.axe) throw new Error('axe-core is not in the page');
    const results = await window.axe.run(runOptions);
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      targets: nodes.map((node) => node.target.join(' ')),
    }));
  }, options);
  const summary = violations.map(
    ({ id, impact, help, targets }) =>
      `${id} (${impact}): ${help}\n` + targets.map((target) => `    ${target}`).join('\n'),
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * The text of <main>, line by line. Parts that only exist with JavaScript (marked data-js-only:
 * the quiz, the finder's live results, filter controls) are left out, and so are <noscript> fallbacks
 * and addresses read from the page's own URL (marked data-served-address: the build-time one without
 * JavaScript, the counselors' spec checks both), and what only readers without JavaScript see
 * (marked data-no-js: the try-the-work cases all at once, which the island shows one at a time).
 */
export async function mainLines(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true);
    if (!(copy instanceof HTMLElement)) return [];
    copy
      .querySelectorAll('[data-js-only], [data-no-js], [data-served-address], noscript, script')
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

export async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((value) => {
    window.localStorage.setItem('theme', value);
  }, theme);
}

const HEADERS_FILE = join(process.cwd(), 'out', '_headers');

/** The rules of out/_headers, by path. */
const headerRules = existsSync(HEADERS_FILE)
  ? parseHeadersFile(readFileSync(HEADERS_FILE, 'utf8'))
  : new Map<string, Array<[string, string]>>();

/**
 * Serves each response with the headers out/_headers gives its path, and collects every CSP
 * violation: the browser's console reports and the `securitypolicyviolation` events.
 */
export async function watchPolicies(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content[- ]Security[- ]Policy|Permissions-Policy|CSP violation/i.test(text))
      problems.push(`${message.type()}: ${text}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ` +
          `(${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  // Only pages are rerouted (a page path ends in "/" or ".html"); their assets go straight through.
  const isPage = (url: URL) => url.pathname.endsWith('/') || url.pathname.endsWith('.html');
  await page.route(isPage, async (route) => {
    const response = await route.fetch();
    const path = new URL(route.request().url()).pathname;
    const headers = { ...response.headers() };
    for (const [name, value] of headersForPath(headerRules, path))
      headers[name.toLowerCase()] = value;
    await route.fulfill({ response, headers });
  });
  return problems;
}

/** The text a QR code image on the page encodes, read from its pixels as a phone camera would. */
export async function qrCodeText(image: Locator): Promise<string | null> {
  const size = 384;
  // The pixels cross from the browser as base64: as a JSON array of 590,000 numbers they took
  // seconds.
  const base64 = await image.evaluate(async (element, side) => {
    if (!(element instanceof HTMLImageElement)) throw new Error('not an image');
    await element.decode();
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2D canvas');
    context.drawImage(element, 0, 0, side, side);
    const bytes = context.getImageData(0, 0, side, side).data;
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    return btoa(binary);
  }, size);
  return jsQR(new Uint8ClampedArray(Buffer.from(base64, 'base64')), size, size)?.data ?? null;
}

/** How many pages the page prints on, at a paper size, as the browser's "Save as PDF" makes them. */
export async function printedPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  const pdf = (await page.pdf({ format, printBackground: false })).toString('latin1');
  // Each page is one "/Type /Page" object; the page tree is "/Type /Pages".
  return pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
