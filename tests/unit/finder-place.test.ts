import { describe, expect, it } from 'vitest';
import { jobBoardLinks } from '@/lib/finder/job-boards';
import { getMessages } from '@/lib/i18n/messages';

import { parsePlace, placeLabel, placeParam } from '@/lib/finder/place';
import { nationalPayHeadline, statePay } from '@/lib/finder/place-pay';
import { byId, PAY_FIGURES, rankOf, type PayFixtureFigure } from '../fixtures/finder/pay-figures';

const words = getMessages('en').finder;
const spanish = getMessages('es').finder;

describe('parsePlace', () => {
  it.each([
    ['', { kind: 'nationwide' }],
    ['Anywhere', { kind: 'nationwide' }],
    ['nationwide', { kind: 'nationwide' }],
    ['remote', { kind: 'remote' }],
    ['Work from home', { kind: 'remote' }],
    ['Ohio', { kind: 'state', code: 'OH', name: 'Ohio' }],
    ['oh', { kind: 'state', code: 'OH', name: 'Ohio' }],
    ['OH', { kind: 'state', code: 'OH', name: 'Ohio' }],
    ['texas', { kind: 'state', code: 'TX', name: 'Texas' }],
    ['New York', { kind: 'state', code: 'NY', name: 'New York' }],
    // Issue 12: a city named with its state keeps the city (for job-board links).
    ['Columbus, OH', { kind: 'state', code: 'OH', name: 'Ohio', city: 'Columbus' }],
    ['kansas city missouri', { kind: 'state', code: 'MO', name: 'Missouri', city: 'Kansas City' }],
    ['Mars', { kind: 'unknown', input: 'Mars' }],
  ])('%j', (input, expected) => {
    expect(parsePlace(input)).toEqual(expected);
  });

  it('round-trips through the URL value and names the place', () => {
    for (const input of ['Ohio', 'remote', '']) {
      const place = parsePlace(input);
      expect(parsePlace(placeParam(place))).toEqual(place);
    }
    expect(placeLabel(parsePlace('oh'), words.places)).toBe('Ohio');
    expect(placeLabel(parsePlace(''), words.places)).toBe('nationwide');
  });
});

describe('jobBoardLinks', () => {
  it('links at least Indeed, LinkedIn, ZipRecruiter and USAJOBS', () => {
    const boards = jobBoardLinks('Medical Coder', parsePlace(''), words.boards).map(
      (link) => link.board,
    );
    expect(boards).toEqual(['Indeed', 'LinkedIn', 'ZipRecruiter', 'USAJOBS']);
  });

  it('carries the title and the state', () => {
    const links = jobBoardLinks('Coding Auditor', parsePlace('OH'), words.boards);
    expect(links.map((link) => link.href)).toEqual([
      'https://www.indeed.com/jobs?q=Coding+Auditor&l=Ohio',
      'https://www.linkedin.com/jobs/search/?keywords=Coding+Auditor&location=Ohio%2C+United+States',
      'https://www.ziprecruiter.com/jobs-search?search=Coding+Auditor&location=Ohio',
      'https://www.usajobs.gov/search/results/?k=Coding+Auditor&l=Ohio',
    ]);
    expect(links[0]?.search).toBe('Coding Auditor jobs in Ohio');
  });

  it('searches the English title on a Spanish page, and says so in Spanish', () => {
    const [indeed] = jobBoardLinks('Medical Coder', parsePlace('remoto'), spanish.boards);
    expect(indeed?.href).toBe('https://www.indeed.com/jobs?q=Medical+Coder&l=Remote');
    expect(indeed?.search).toBe('Empleos de Medical Coder, remotos');
    expect(parsePlace('en todo el país')).toEqual({ kind: 'nationwide' });
    expect(placeLabel(parsePlace('desde casa'), spanish.places)).toBe('empleos remotos');
  });

  it('asks for remote work where the board can, nationwide otherwise', () => {
    const remote = jobBoardLinks('Medical Biller', parsePlace('remote'), words.boards);
    expect(remote[0]?.href).toContain('l=Remote');
    expect(remote[1]?.href).toContain('f_WT=2');
    expect(remote[3]?.href).toContain('k=Medical+Biller+remote');
    const nationwide = jobBoardLinks('Medical Biller', parsePlace(''), words.boards);
    expect(nationwide[0]?.href).toBe('https://www.indeed.com/jobs?q=Medical+Biller');
  });

  it('encodes titles with symbols', () => {
    const [indeed] = jobBoardLinks('E/M Coder & <Auditor>', parsePlace(''), words.boards);
    expect(indeed?.href).toBe('https://www.indeed.com/jobs?q=E%2FM+Coder+%26+%3CAuditor%3E');
  });
});

describe('nationalPayHeadline', () => {
  it('is the newest national median a year, whatever its source', () => {
    expect(nationalPayHeadline(PAY_FIGURES, rankOf)?.id).toBe('us-median-2025');
  });

  it('falls back to the mean where there is no median, and to nothing without pay', () => {
    const means = PAY_FIGURES.filter((figure) => figure.measure !== 'median-pay');
    expect(nationalPayHeadline(means, rankOf)?.id).toBe('us-mean-2021');
    expect(nationalPayHeadline([byId('wy-employment')], rankOf)).toBeUndefined();
  });
});

describe('statePay', () => {
  const ids = (pay: ReturnType<typeof statePay<PayFixtureFigure>>) =>
    pay && {
      pairs: pay.pairs.map(({ state, national }) => [state.id, national?.id]),
      newerNational: pay.newerNational?.id,
    };

  it('pairs an old state mean with the national mean of the same year, and keeps the newer median apart', () => {
    expect(ids(statePay(PAY_FIGURES, 'OH', rankOf))).toEqual({
      pairs: [['oh-mean-2021', 'us-mean-2021']],
      newerNational: 'us-median-2025',
    });
  });

  it('pairs a current state median with the national median of its period', () => {
    expect(ids(statePay(PAY_FIGURES, 'TX', rankOf))).toEqual({
      pairs: [['tx-median-2025', 'us-median-2025']],
      newerNational: undefined,
    });
  });

  it('pairs with the best national figure of the same period, not the newest headline', () => {
    expect(ids(statePay(PAY_FIGURES, 'DC', rankOf))).toEqual({
      pairs: [['dc-median-2024', 'us-median-2024']],
      newerNational: 'us-median-2025',
    });
  });

  it('never pairs a state figure with a national one of another measure, unit or period', () => {
    // The fixture's states.
    for (const state of ['DC', 'OH', 'TX']) {
      for (const { state: own, national } of statePay(PAY_FIGURES, state, rankOf)?.pairs ?? []) {
        if (national === undefined) continue;
        expect([national.measure, national.unit, national.asOf, national.place]).toEqual([
          own.measure,
          own.unit,
          own.asOf,
          undefined,
        ]);
      }
    }
  });

  it('leaves a state pair without a national figure when the content has none of that period', () => {
    const figures = [byId('tx-median-2023'), byId('us-median-2025')];
    expect(ids(statePay(figures, 'TX', rankOf))).toEqual({
      pairs: [['tx-median-2023', undefined]],
      newerNational: 'us-median-2025',
    });
  });

  it('is undefined for a state without pay figures', () => {
    expect(statePay(PAY_FIGURES, 'WY', rankOf)).toBeUndefined();
    expect(statePay(PAY_FIGURES, 'NY', rankOf)).toBeUndefined();
  });
});
