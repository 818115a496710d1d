// Every page prints where it came from: its full public address, the content's review date and
// where the sources are (components/layout/print-footer.tsx), so a printout can be checked. Read
// with patterns, not a DOM parser: one footer per page, and parsing 170 pages would take seconds.
import { expect, it } from 'vitest';
import { getSiteInfo } from '@/lib/content';
import { localeOfPath } from '@/lib/i18n';
import { routes, routesFor } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';
import { builtSite } from './built-site';

const { pages } = builtSite();
const reviewed = getSiteInfo().contentReviewed.slice(0, 10);
const FOOTER = /<div data-print-footer=""[^>]*? class="([^"]*)"[^>]*>([\s\S]*?)<\/div>/;

it('every page has a print-only footer with its own address, the review date and the sources page', () => {
  const problems = [...pages].flatMap(([route, html]) => {
    const [, classes = '', footer = ''] = FOOTER.exec(html) ?? [];
    if (footer === '') return [`${route}: no print footer`];
    // The "page not found" page has no address of its own: it prints the home page's.
    const address = absoluteUrl(route === '/404/' ? routes.home() : route);
    const classList = classes.split(/\s+/);
    return [
      classList.includes('hidden') && classList.includes('print:block')
        ? []
        : [`${route}: the print footer shows on screen or not in print`],
      footer.includes(`data-print-address="">${address}<`)
        ? []
        : [`${route}: prints another address than ${address}`],
      new RegExp(`<time datetime="${reviewed}"`, 'i').test(footer)
        ? []
        : [`${route}: prints no review date ${reviewed}`],
      footer.includes(absoluteUrl(routesFor(localeOfPath(route)).sources()))
        ? []
        : [`${route}: does not say where the sources are`],
    ].flat();
  });
  expect(pages.size).toBeGreaterThan(10);
  expect(problems).toEqual([]);
});
