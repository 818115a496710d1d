// Every page prints where it came from: its full public address, the content's review date and
// where the sources are (components/layout/print-footer.tsx), so a printout can be checked.
import { expect, it } from 'vitest';
import { getSiteInfo } from '@/lib/content';
import { routes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';
import { parseHtml } from '@/lib/site-checks';
import { builtSite } from './built-site';

const { pages } = builtSite();
const reviewed = getSiteInfo().contentReviewed.slice(0, 10);

it('every page has a print-only footer with its own address, the review date and the sources page', () => {
  const problems = [...pages].flatMap(([route, html]) => {
    const footer = parseHtml(html).querySelector('[data-print-footer]');
    if (footer === null) return [`${route}: no print footer`];
    const address = route === '/404/' ? absoluteUrl(routes.home()) : absoluteUrl(route);
    return [
      footer.classList.contains('hidden') && footer.classList.contains('print:block')
        ? []
        : [`${route}: the print footer shows on screen or not in print`],
      footer.querySelector('[data-print-address]')?.textContent === address
        ? []
        : [`${route}: prints another address than ${address}`],
      footer.querySelector('time')?.getAttribute('datetime') === reviewed
        ? []
        : [`${route}: prints no review date ${reviewed}`],
      footer.textContent?.includes(absoluteUrl(routes.sources()))
        ? []
        : [`${route}: does not say where the sources are`],
    ].flat();
  });
  expect(pages.size).toBeGreaterThan(10);
  expect(problems).toEqual([]);
});
