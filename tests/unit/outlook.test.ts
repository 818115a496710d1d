import { describe, it, expect } from 'vitest';
import {
  chartPeriod,
  getOutlook,
  outlookBars,
  outlookHighlights,
  outlookRows,
  outlookSelection,
  stateSets,
} from '@/lib/outlook';

describe('outlook rows, bars and highlights', () => {
  const figure = (
    measure: string,
    value: number,
    source: string,
    asOf: string,
    place?: string,
  ) => ({
    measure,
    value,
    unit: measure === 'growth' ? ('percent' as const) : ('usd-per-year' as const),
    asOf,
    source,
    place,
  });
  const occupations = [
    {
      code: '1',
      title: 'Coders',
      figures: [
        figure('growth', 7, 'report', '2024-34'),
        figure('growth', 8, 'bls', '2019-29'),
        figure('median-pay', 2, 'report', 'May 2023', 'WI'),
        figure('median-pay', 1, 'report', 'May 2023', 'IL'),
        figure('median-pay', 10, 'report', 'May 2023'),
        figure('median-pay', 12, 'bls', 'May 2025'),
        figure('mean-pay', 3, 'other-report', 'May 2021', 'OH'),
      ],
    },
    {
      code: '2',
      title: 'Clerks',
      figures: [figure('growth', -0.4, 'report', '2024-34 (inferred)')],
    },
    { code: '3', title: 'Secretaries', figures: [figure('growth', 5, 'report', '2025-35')] },
    { code: '4', title: 'Managers', figures: [] },
  ];
  const selection = outlookSelection([
    { relation: 'coder', label: 'Coders', occupations: ['1'] },
    { relation: 'step-up', label: 'A step up', occupations: [] },
    { relation: 'biller', label: 'Billers', occupations: ['2'] },
    { relation: 'neighbor', label: 'A neighbor', occupations: ['3', '4'] },
  ]);
  const rankOf = (source: string) => (source === 'bls' ? 0 : 2);
  const isSecondary = (source: string) => source !== 'bls';
  const growth = { measure: 'growth', unit: 'percent' };
  const rows = outlookRows(occupations, growth, selection, rankOf);

  it('selects the groups’ occupations in the content’s order, each with its group’s label', () => {
    expect(selection.map(({ code, label }) => `${code} ${label}`)).toEqual([
      '1 Coders',
      '2 Billers',
      '3 A neighbor',
      '4 A neighbor',
    ]);
  });

  it('keeps the selection order and gives each row its headline and the rest', () => {
    expect(rows.map((row) => row.occupation.code)).toEqual(['1', '2', '3', '4']);
    expect(rows[0]?.choice?.headline.value).toBe(7);
    expect(rows[0]?.choice?.others.map((other) => other.value)).toEqual([8]);
    expect(rows[3]?.choice).toBeUndefined();
  });

  it('fails loudly on an unknown occupation', () => {
    expect(() =>
      outlookRows(occupations, growth, [{ code: '9', relation: 'coder', label: 'Coders' }], rankOf),
    ).toThrow(/"9"/);
  });

  it('charts one period only: the one most headlines share', () => {
    expect(chartPeriod(rows)).toBe('2024-34');
    expect(chartPeriod([])).toBeUndefined();
  });

  it('draws only the rows of the chart period, and marks secondary figures', () => {
    const bars = outlookBars(rows, chartPeriod(rows), {
      formatValue: (f) => `${f.value}%`,
      isSecondary,
      secondaryDetail: ' · secondary source',
    });
    expect(bars.map((b) => b.id)).toEqual(['1', '2']);
    expect(bars[0]).toMatchObject({ tone: 'coder', value: 7, valueLabel: '7%' });
    expect(bars[0]?.detail).toBe('Coders · secondary source');
    expect(bars[1]?.tone).toBe('biller');
  });

  it('quotes each occupation’s headline projection and openings in the summary', () => {
    const highlights = outlookHighlights(rows, []);
    expect(highlights.coder[0]?.growth?.headline.value).toBe(7);
    expect(highlights.coder[0]?.openings).toBeUndefined();
    expect(highlights.neighbor).toHaveLength(2);
    expect(highlights['step-up']).toEqual([]);
  });

  it('sets state figures beside the national figure of the same measure and period', () => {
    const sets = stateSets(
      occupations[0]?.figures ?? [],
      ['median-pay', 'mean-pay'],
      'usd-per-year',
      rankOf,
    );
    expect(sets.map((set) => `${set.measure} ${set.asOf}`)).toEqual([
      'median-pay May 2023',
      'mean-pay May 2021',
    ]);
    expect(sets[0]?.states.map((entry) => entry.state)).toEqual(['Illinois', 'Wisconsin']);
    // The national May 2023 median, not the newer May 2025 headline.
    expect(sets[0]?.national?.value).toBe(10);
    // No national mean of May 2021 is held: the set says so rather than borrowing another figure.
    expect(sets[1]?.national).toBeUndefined();
  });
});

describe('the outlook built from the real content', () => {
  const outlook = getOutlook('en');

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

  it('charts the rows of one period, each row with a cited headline', () => {
    for (const row of outlook.pay.rows) {
      expect(row.figures, row.code).toBeDefined();
      expect(row.figures?.headline.citation.href).toMatch(/^\/sources\//);
      expect(row.figures?.headline.measureLabel).toBe('Median pay');
    }
    const charted = outlook.pay.rows.filter((row) => row.charted);
    expect(outlook.pay.layout.bars.map((bar) => bar.id)).toEqual(charted.map((row) => row.code));
    for (const row of charted)
      expect(row.figures?.headline.citation.asOf).toContain(outlook.pay.period);
    expect(outlook.pay.note).toContain(`Every bar is a ${outlook.pay.period} figure`);
  });

  it('draws the billing clerks projection left of zero when the content has it negative', () => {
    const billers = outlook.growth.layout.bars.find((geometry) => geometry.id === '43-3021');
    const row = outlook.growth.rows.find((candidate) => candidate.code === '43-3021');
    if (billers === undefined) return expect(row?.charted).toBe(false);
    expect(billers.negative).toBe(row?.figures?.headline.text.startsWith('-'));
  });

  it('signs growth figures and quotes the coders and billers projections in the summary', () => {
    expect(outlook.summary.highlights.coder[0]?.growth?.headline.text).toMatch(/^[+-]/);
    expect(outlook.summary.highlights.biller[0]?.growth).toBeDefined();
  });

  it('resolves the sources of the notes, and pairs every state set with a national figure', () => {
    for (const note of outlook.summary.highlights.coder[0]?.notes ?? []) {
      expect(note.citation.publisher).not.toBe('');
    }
    expect(outlook.coderStates.sets.length).toBeGreaterThan(0);
    for (const set of outlook.coderStates.sets) {
      expect(set.states.length).toBeGreaterThan(0);
      for (const { figure } of set.states) {
        expect(figure.citation.asOf).toContain(set.asOf);
        expect(figure.measureLabel).toBe(set.measureLabel);
      }
    }
  });
});

describe('the Spanish outlook', () => {
  const english = getOutlook('en');
  const spanish = getOutlook('es');

  it('shows the same rows and figures, with Spanish labels and the official English titles', () => {
    expect(spanish.pay.rows.map((row) => row.code)).toEqual(
      english.pay.rows.map((row) => row.code),
    );
    const digits = (rows: typeof english.pay.rows) =>
      rows.map((row) => row.figures?.headline.text.replace(/\D/g, ''));
    expect(digits(spanish.pay.rows)).toEqual(digits(english.pay.rows));
    expect(spanish.pay.rows[0]?.figures?.headline.text).toMatch(/al año$/);
    expect(spanish.pay.rows[0]).toMatchObject({
      relationLabel: 'Codificadores',
      title: 'Especialistas en expedientes médicos',
      officialTitle: 'Medical Records Specialists',
    });
    expect(english.pay.rows[0]?.officialTitle).toBeUndefined();
    expect(spanish.intro).not.toBe(english.intro);
    expect(spanish.summary.coders.title).toMatch(/^Codificadores/);
  });

  it('writes the chart note in Spanish', () => {
    expect(spanish.pay.note).toMatch(/^Cada barra es una cifra de /);
    expect(spanish.pay.layout.bars.map((bar) => bar.id)).toEqual(
      english.pay.layout.bars.map((bar) => bar.id),
    );
  });
});
