import { describe, expect, it } from 'vitest';
import { jobBoardLinks } from '@/lib/finder/job-boards';
import { parsePlace, placeLabel, placeParam } from '@/lib/finder/place';
import { nationalPay, placePay, type PayFigureLike } from '@/lib/finder/place-pay';

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
    ['Columbus, OH', { kind: 'state', code: 'OH', name: 'Ohio' }],
    ['kansas city missouri', { kind: 'state', code: 'MO', name: 'Missouri' }],
    ['Mars', { kind: 'unknown', input: 'Mars' }],
  ])('%j', (input, expected) => {
    expect(parsePlace(input)).toEqual(expected);
  });

  it('round-trips through the URL value and names the place', () => {
    for (const input of ['Ohio', 'remote', '']) {
      const place = parsePlace(input);
      expect(parsePlace(placeParam(place))).toEqual(place);
    }
    expect(placeLabel(parsePlace('oh'))).toBe('Ohio');
    expect(placeLabel(parsePlace(''))).toBe('nationwide');
  });
});

describe('jobBoardLinks', () => {
  it('links at least Indeed, LinkedIn, ZipRecruiter and USAJOBS', () => {
    const boards = jobBoardLinks('Medical Coder', parsePlace('')).map((link) => link.board);
    expect(boards).toEqual(['Indeed', 'LinkedIn', 'ZipRecruiter', 'USAJOBS']);
  });

  it('carries the title and the state', () => {
    const links = jobBoardLinks('Coding Auditor', parsePlace('OH'));
    expect(links.map((link) => link.href)).toEqual([
      'https://www.indeed.com/jobs?q=Coding+Auditor&l=Ohio',
      'https://www.linkedin.com/jobs/search/?keywords=Coding+Auditor&location=Ohio%2C+United+States',
      'https://www.ziprecruiter.com/jobs-search?search=Coding+Auditor&location=Ohio',
      'https://www.usajobs.gov/search/results/?k=Coding+Auditor&l=Ohio',
    ]);
    expect(links[0]?.search).toBe('Coding Auditor jobs in Ohio');
  });

  it('asks for remote work where the board can, nationwide otherwise', () => {
    const remote = jobBoardLinks('Medical Biller', parsePlace('remote'));
    expect(remote[0]?.href).toContain('l=Remote');
    expect(remote[1]?.href).toContain('f_WT=2');
    expect(remote[3]?.href).toContain('k=Medical+Biller+remote');
    const nationwide = jobBoardLinks('Medical Biller', parsePlace(''));
    expect(nationwide[0]?.href).toBe('https://www.indeed.com/jobs?q=Medical+Biller');
  });

  it('encodes titles with symbols', () => {
    const [indeed] = jobBoardLinks('E/M Coder & <Auditor>', parsePlace(''));
    expect(indeed?.href).toBe('https://www.indeed.com/jobs?q=E%2FM+Coder+%26+%3CAuditor%3E');
  });
});

describe('placePay', () => {
  const figure = (
    measure: PayFigureLike['measure'],
    unit: PayFigureLike['unit'],
    asOf: string,
    place?: string,
  ) => ({ measure, unit, asOf, ...(place ? { place } : {}) });
  const figures = [
    figure('median-pay', 'usd-per-year', 'May 2024'),
    figure('median-pay', 'usd-per-year', 'May 2020'),
    figure('median-pay', 'usd-per-hour', 'May 2024'),
    figure('employment', 'count', '2024'),
    figure('mean-pay', 'usd-per-year', 'May 2021'),
    figure('mean-pay', 'usd-per-year', 'May 2021', 'OH'),
  ];

  it('gives the newest national median for each unit', () => {
    expect(nationalPay(figures)).toEqual([figures[0], figures[2]]);
  });

  it('uses a state figure only when the content has one for that state', () => {
    expect(placePay(figures, parsePlace('Ohio'))).toEqual({
      kind: 'state',
      stateName: 'Ohio',
      figures: [figures[5]],
      national: [figures[4]],
    });
  });

  it('falls back to national figures and names the missing state', () => {
    expect(placePay(figures, parsePlace('TX'))).toEqual({
      kind: 'national',
      figures: [figures[0], figures[2]],
      missingStateName: 'Texas',
    });
    expect(placePay(figures, parsePlace('remote'))).toEqual({
      kind: 'national',
      figures: [figures[0], figures[2]],
    });
  });
});
