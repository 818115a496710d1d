import { describe, it, expect } from 'vitest';
import {
  getOutlook,
  outlookBars,
  outlookHighlights,
  outlookRows,
  outlookSelection,
  stateFigures,
} from '@/lib/outlook';

describe('outlook rows, bars and highlights', () => {
  const figure = (measure: string, value: number, source: string, place?: string) => ({
    measure,
    value,
    unit: measure === 'growth' ? ('percent' as const) : ('usd-per-year' as const),
    asOf: 'May 2024',
    source,
    place,
  });
  const occupations = [
    {
      code: '1',
      title: 'Coders',
      figures: [
        figure('growth', 7, 'report'),
        figure('growth', 8, 'bls'),
        figure('mean-pay', 2, 'report', 'WI'),
        figure('mean-pay', 1, 'report', 'IL'),
      ],
    },
    { code: '2', title: 'Clerks', figures: [figure('growth', -0.4, 'report')] },
    { code: '3', title: 'Secretaries', figures: [] },
  ];
  const selection = outlookSelection([
    { relation: 'coder', label: 'Coders', occupations: ['1'] },
    { relation: 'step-up', label: 'A step up', occupations: [] },
    { relation: 'biller', label: 'Billers', occupations: ['2'] },
    { relation: 'neighbor', label: 'A neighbor', occupations: ['3'] },
  ]);
  const isSecondary = (source: string) => source === 'report';
  const rows = outlookRows(occupations, 'growth', 'percent', selection);

  it('selects the groups’ occupations in the content’s order, each with its group’s label', () => {
    expect(selection).toEqual([
      { code: '1', relation: 'coder', label: 'Coders' },
      { code: '2', relation: 'biller', label: 'Billers' },
      { code: '3', relation: 'neighbor', label: 'A neighbor' },
    ]);
  });

  it('keeps the selection order and charts the newest figure', () => {
    expect(rows.map((row) => row.occupation.code)).toEqual(['1', '2', '3']);
    expect(rows[0]?.charted?.value).toBe(7);
    expect(rows[0]?.figures).toHaveLength(2);
    expect(rows[2]?.charted).toBeUndefined();
  });

  it('fails loudly on an unknown occupation', () => {
    expect(() =>
      outlookRows(occupations, 'growth', 'percent', [
        { code: '9', relation: 'coder', label: 'Coders' },
      ]),
    ).toThrow(/"9"/);
  });

  it('leaves out rows with nothing to chart, and marks secondary figures', () => {
    const bars = outlookBars(rows, { formatValue: (f) => `${f.value}%`, isSecondary });
    expect(bars.map((b) => b.id)).toEqual(['1', '2']);
    expect(bars[0]).toMatchObject({ tone: 'coder', value: 7, valueLabel: '7%' });
    expect(bars[0]?.detail).toBe('Coders · May 2024 · secondary source');
    expect(bars[1]?.tone).toBe('biller');
  });

  it('pairs a secondary projection with the newest primary one', () => {
    const highlights = outlookHighlights(rows, [], isSecondary);
    expect(highlights.coder[0]?.growth?.value).toBe(7);
    expect(highlights.coder[0]?.primaryGrowth?.value).toBe(8);
    expect(highlights.biller[0]?.primaryGrowth).toBeUndefined();
    expect(highlights.neighbor).toHaveLength(1);
    expect(highlights['step-up']).toEqual([]);
  });

  it('lists state figures by state name', () => {
    const states = stateFigures(occupations[0]?.figures ?? [], 'mean-pay');
    expect(states.map((entry) => entry.state)).toEqual(['Illinois', 'Wisconsin']);
  });
});

describe('the outlook built from the real content', () => {
  const outlook = getOutlook();

  it('shows the occupations of content/outlook.yaml, in its order, with their labels', () => {
    expect(outlook.pay.rows.map((row) => `${row.code} ${row.relationLabel}`)).toEqual([
      '29-2072 Coders',
      '43-3021 Billers (proxy: all billing clerks)',
      '29-9021 A step up',
      '11-9111 A step up',
      '43-3011 A neighboring job',
      '43-6013 A neighboring job',
    ]);
    expect(outlook.growth.rows.map((row) => row.code)).toEqual(
      outlook.pay.rows.map((row) => row.code),
    );
  });

  it('charts every outlook occupation that has a median pay, each with a source and date', () => {
    for (const row of outlook.pay.rows) {
      expect(row.figures[0], row.code).toBeDefined();
      expect(row.figures[0]?.citation.href).toMatch(/^\/sources\//);
      expect(row.figures[0]?.citation.asOf).not.toBe('');
    }
    expect(outlook.pay.layout.bars).toHaveLength(outlook.pay.rows.length);
  });

  it('draws the billing clerks projection left of zero when the content has it negative', () => {
    const billers = outlook.growth.layout.bars.find((geometry) => geometry.id === '43-3021');
    const row = outlook.growth.rows.find((candidate) => candidate.code === '43-3021');
    expect(billers?.negative).toBe(row?.figures[0]?.text.startsWith('-'));
  });

  it('signs growth figures and quotes the coders and billers projections in the summary', () => {
    expect(outlook.summary.highlights.coder[0]?.growth?.text).toMatch(/^[+-]/);
    expect(outlook.summary.highlights.biller[0]?.growth).toBeDefined();
    expect(outlook.summary.coders.title).toBe('Coders: growing faster than most jobs');
  });

  it('resolves the sources of the notes and the state wages', () => {
    for (const note of outlook.summary.highlights.coder[0]?.notes ?? []) {
      expect(note.citation.publisher).not.toBe('');
    }
    expect(outlook.coderStates.states.length).toBeGreaterThan(0);
    expect(outlook.coderStates.national.length).toBeGreaterThan(0);
  });
});
