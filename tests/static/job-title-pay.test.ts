// The job-title pages and the place-pay files, as built: like with like. A title page shows one
// headline median and only the spread published with it; a state figure in a place-pay file is
// paired only with the national figure of the same measure, unit and period.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlacePayData } from '@/lib/finder';
import { LOCALES } from '@/lib/i18n';
import { placePayFiles } from '@/lib/finder/server';
import { routes } from '@/lib/routes';
import { US_STATES } from '@/lib/us-states';
import { parseHtml } from '@/lib/site-checks';
import { templateOf } from '../e2e/templates';
import { builtSite, OUT_DIR } from './built-site';

const { pages } = builtSite();
const jobPages = [...pages].filter(([route]) => templateOf(route)?.name === 'job title');

/** A figure id: occupation|measure|unit|place|period|source (lib/citations/headline.ts). */
function idParts(id: string) {
  const [occupation, measure, unit, place, period, source] = id.split('|');
  return { occupation, measure, unit, place, period, source };
}

describe('job-title pages', () => {
  it('are built', () => {
    expect(jobPages.length).toBeGreaterThan(100);
  });

  for (const [route, html] of jobPages) {
    it(`${route} shows one headline median and its own spread, or says why not`, () => {
      const pay = parseHtml(html).querySelector('[aria-labelledby="pay-heading"]');
      expect(pay).not.toBeNull();
      const headlines = [...(pay?.querySelectorAll('[data-headline]') ?? [])];
      const noPay = pay?.querySelector('[data-no-pay]');
      expect(headlines.length + (noPay ? 1 : 0)).toBe(1);
      for (const figure of pay?.querySelectorAll('[data-figure]') ?? []) {
        expect(figure.querySelector('[data-measure-label]')?.textContent).toMatch(/\w/);
      }
      const [headline] = headlines;
      if (!headline) return;
      const median = idParts(headline.getAttribute('data-figure') ?? '');
      expect(median.measure).toBe('median-pay');
      for (const figure of pay?.querySelectorAll('[data-pay-spread] [data-figure]') ?? []) {
        const spread = idParts(figure.getAttribute('data-figure') ?? '');
        expect([spread.period, spread.source, spread.place]).toEqual([
          median.period,
          median.source,
          median.place,
        ]);
      }
    });
  }
});

describe('the place-pay files, one per state and language', () => {
  const files = LOCALES.flatMap((locale) =>
    placePayFiles(locale).map((file) => {
      const path = `${routes.placePay('oh').replace(/[^/]+$/, '')}${file}`;
      const data: unknown = JSON.parse(readFileSync(join(OUT_DIR, path), 'utf8'));
      return { path, data, locale };
    }),
  );

  it('exist for every place the Where box knows, each in the expected shape', () => {
    expect(files).toHaveLength(Object.keys(US_STATES).length * LOCALES.length);
    for (const { path, data } of files) expect(isPlacePayData(data), path).toBe(true);
  });

  it('say their figures in their own language, citing its sources page', () => {
    const spanish = files.filter(({ locale }) => locale === 'es').map(({ data }) => data);
    const texts = JSON.stringify(spanish);
    expect(texts).toContain('al año');
    expect(texts).not.toMatch(/ a year"|"Median pay|"\/sources\//);
  });

  it('hold only their own state', () => {
    for (const { path, data } of files) {
      if (!isPlacePayData(data)) continue;
      const state = path.replace(/^.*\/(\w{2})(?:\.\w+)?\.json$/, '$1').toUpperCase();
      for (const states of Object.values(data.occupations)) {
        expect(Object.keys(states), path).toEqual([state]);
      }
    }
  });

  it('pair each state figure only with a national figure of the same measure, unit and period', () => {
    let pairs = 0;
    for (const { data } of files) {
      if (!isPlacePayData(data)) continue;
      for (const [code, states] of Object.entries(data.occupations)) {
        for (const [state, view] of Object.entries(states)) {
          for (const pair of view.pairs) {
            const own = idParts(pair.state.id);
            expect([own.occupation, own.place]).toEqual([code, state]);
            if (!pair.national) continue;
            pairs += 1;
            const national = idParts(pair.national.id);
            expect([national.measure, national.unit, national.period, national.place]).toEqual([
              own.measure,
              own.unit,
              own.period,
              'US',
            ]);
            expect(pair.national.id).not.toBe(view.newerNational?.id);
          }
        }
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });
});
