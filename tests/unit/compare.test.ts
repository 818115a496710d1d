// The coder-vs-biller comparison: built from the role files, then resolved for the table (each
// figure and sourced fact with its citation), and the home page's short version of it.
import { describe, expect, it } from 'vitest';
import { getComparison, getComparisonView, periodMismatchNote } from '@/lib/compare';
import { getMessages } from '@/lib/i18n/messages';

const WORDS = getMessages('en').compare.table;
import { getRoles } from '@/lib/content';
import { HOME_SUMMARY_ROWS, getHomePage } from '@/lib/home';

describe('the comparison built from the role files', () => {
  const comparison = getComparison();
  const [coder, biller] = getRoles();

  it('has at least ten dimensions, each with a cell per role', () => {
    expect(comparison.rows.length).toBeGreaterThanOrEqual(10);
    for (const row of comparison.rows) expect(row.cells).toHaveLength(2);
  });

  it('takes each cell from the role files, not from code', () => {
    const cell = (id: string, index: number) =>
      comparison.rows.find((row) => row.id === id)?.cells[index];
    expect(cell('focus', 0)).toEqual({ kind: 'text', text: coder?.focus });
    expect(cell('duties', 1)).toEqual({ kind: 'list', items: biller?.duties });
    expect(cell('firstCertification', 0)).toMatchObject({
      certifications: [{ slug: coder?.firstCertification }],
    });
    expect(cell('pay', 1)).toMatchObject({
      kind: 'figures',
      occupation: expect.stringContaining(biller?.occupation ?? ''),
    });
  });

  it('labels the biller figures as a proxy', () => {
    const pay = comparison.rows.find((row) => row.id === 'pay')?.cells[1];
    expect(pay?.kind === 'figures' && pay.note).toMatch(/proxy|stand in/i);
  });
});

describe('rows whose figures differ in period', () => {
  const choice = (measure: string, asOf: string) => ({
    headline: { measure, asOf, unit: 'usd-per-year', value: 1, source: 's' },
    others: [],
  });

  it("say which period each role's figure is from", () => {
    expect(
      periodMismatchNote(
        [
          { roleName: 'Medical coder', choices: [choice('median-pay', 'May 2025')] },
          { roleName: 'Medical biller', choices: [choice('median-pay', 'May 2024 (probable)')] },
        ],
        ['median-pay'],
        WORDS,
      ),
    ).toBe(
      'These figures are not from the same period: Medical coder, May 2025; Medical biller, May 2024.',
    );
  });

  it('say nothing when the periods agree or one role has no figure', () => {
    const same = [
      { roleName: 'A', choices: [choice('growth', '2024-34')] },
      { roleName: 'B', choices: [choice('growth', '2024-34 (inferred)')] },
    ];
    expect(periodMismatchNote(same, ['growth'], WORDS)).toBeUndefined();
    expect(
      periodMismatchNote([same[0]!, { roleName: 'B', choices: [] }], ['growth'], WORDS),
    ).toBeUndefined();
  });
});

describe('the comparison as the table shows it', () => {
  const view = getComparisonView();
  const row = (id: string) => view.rows.find((candidate) => candidate.id === id);

  it('finds glossary terms in the text and list cells, keeping the text whole', () => {
    const tools = row('tools')?.cells[0];
    if (tools?.kind !== 'list') throw new Error('tools is not a list row');
    expect(
      tools.items.map((item) => item.segments.map((segment) => segment.text).join('')),
    ).toEqual(tools.items.map((item) => item.text));
    expect(tools.items.some((item) => item.segments.some((segment) => segment.slug))).toBe(true);
  });

  it('links each role column to its page', () => {
    expect(view.roles.map((role) => role.href)).toEqual(['/roles/coder/', '/roles/biller/']);
  });

  it('shows one headline per measure, cited, labelled with what it measures, growth signed', () => {
    for (const id of ['pay', 'outlook']) {
      for (const cell of row(id)?.cells ?? []) {
        if (cell.kind !== 'figures') throw new Error(`${id} is not a figures row`);
        expect(cell.headlines.length).toBe(id === 'pay' ? 1 : 2);
        const measures = cell.headlines.map(({ headline }) => headline.measure);
        expect(new Set(measures).size).toBe(measures.length);
        for (const { headline, others } of cell.headlines) {
          for (const figure of [headline, ...others]) {
            expect(figure.citation.href).toMatch(/^\/sources\/#/);
            expect(figure.citation.asOf.trim()).not.toBe('');
            expect(figure.measureLabel.trim()).not.toBe('');
            expect(figure.measure).toBe(headline.measure);
          }
        }
      }
    }
    const outlook = row('outlook')?.cells[0];
    const growth =
      outlook?.kind === 'figures'
        ? outlook.headlines.filter(({ headline }) => headline.measure === 'growth')
        : [];
    expect(growth).toHaveLength(1);
    // The coder's projected changes are all rises, so each shows its plus sign.
    for (const { headline, others } of growth) {
      for (const figure of [headline, ...others]) expect(figure.text).toMatch(/^\+\d+%$/);
    }
  });

  it('cites the government profile beside the education text', () => {
    const cell = row('education')?.cells[0];
    expect(cell).toMatchObject({
      kind: 'sourced-text',
      sourced: { citation: { href: expect.stringMatching(/^\/sources\/#/) } },
    });
  });

  it('links each certification to its page', () => {
    const cell = row('firstCertification')?.cells[0];
    expect(cell).toMatchObject({
      kind: 'certifications',
      certifications: [{ href: `/certifications/${getRoles()[0]?.firstCertification}/` }],
    });
  });
});

describe('the home page', () => {
  const home = getHomePage('en');

  it('shows the chosen rows in order, with the full count beside them', () => {
    expect(home.summary.rows.map((row) => row.id)).toEqual([...HOME_SUMMARY_ROWS]);
    expect(home.fullRowCount).toBe(getComparison().rows.length);
  });

  it('shows the same headline figures as /compare, without the proxy note', () => {
    const full = getComparisonView();
    for (const id of ['pay', 'outlook']) {
      const cells = home.summary.rows.find((row) => row.id === id)?.cells ?? [];
      const fullCells = full.rows.find((row) => row.id === id)?.cells ?? [];
      cells.forEach((cell, index) => {
        const fullCell = fullCells[index];
        if (cell.kind !== 'figures' || fullCell?.kind !== 'figures') throw new Error(id);
        expect(cell.headlines.map(({ headline }) => headline.id)).toEqual(
          fullCell.headlines.map(({ headline }) => headline.id),
        );
        expect(cell.note).toBeUndefined();
      });
    }
  });

  it('has its entry points, the plan among them (the quiz is not one: it is in the first screen)', () => {
    expect(home.entryPoints.map((entry) => entry.href)).toEqual([
      '/compare/',
      '/roles/',
      '/certifications/',
      '/plan/',
      '/try/',
      '/answers/',
      '/first-job/',
      '/training-check/',
    ]);
    expect(home.quiz.href).toBe('/quiz/');
  });
});
