// What a first visit costs on a phone: each page loaded cold (a fresh context, so nothing cached),
// counting every request until the network is idle, and its bytes as the brotli size (quality 11) of
// the file it asks for in out/. `serve` does not compress, so this is what a static host that serves
// pre-compressed files would send, and it is the same on every run.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { expect, test } from '@playwright/test';

const OUT_DIR = join(process.cwd(), 'out');
const MAX_REQUESTS = 12;
const MAX_KB = 190;
const KB = 1024;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The file in out/ a site path is served from, or undefined when there is none. */
function fileFor(pathname: string): string | undefined {
  const file = join(OUT_DIR, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function brotliBytes(file: string): number {
  return brotliCompressSync(readFileSync(file), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
}

for (const route of ['/', '/compare/', '/jobs/']) {
  test(`a cold load of ${route} on a phone makes at most ${MAX_REQUESTS} requests and ${MAX_KB} KB`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'http:') requested.push(decodeURIComponent(url.pathname));
    });
    await page.goto(route, { waitUntil: 'networkidle' });
    await context.close();

    const bytes = requested.reduce((total, path) => {
      const file = fileFor(path);
      return total + (file === undefined ? 0 : brotliBytes(file));
    }, 0);
    const kb = bytes / KB;
    console.log(`cold load ${route}: ${requested.length} requests, ${kb.toFixed(1)} KB (brotli)`);
    test.info().annotations.push({
      type: 'cold load',
      description: `${requested.length} requests, ${kb.toFixed(1)} KB`,
    });
    expect(requested.length, requested.join('\n')).toBeLessThanOrEqual(MAX_REQUESTS);
    expect(kb, requested.join('\n')).toBeLessThanOrEqual(MAX_KB);
  });
}
