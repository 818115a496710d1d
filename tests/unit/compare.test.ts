// The coder-vs-biller comparison: built from the role files, then resolved for the table (each
// figure and sourced fact with its citation), and the home page's short version of it.
import { describe, expect, it } from 'vitest';
import { getComparison, getComparisonView } from '@/lib/compare';
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
    expect(cell('first-certification', 0)).toMatchObject({
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

  it('cites every figure, signs growth and labels all but median pay', () => {
    for (const id of ['pay', 'outlook']) {
      for (const cell of row(id)?.cells ?? []) {
        if (cell.kind !== 'figures') throw new Error(`${id} is not a figures row`);
        expect(cell.figures.length).toBeGreaterThan(0);
        for (const { figure, showLabel } of cell.figures) {
          expect(figure.citation.href).toMatch(/^\/sources\/#/);
          expect(figure.citation.asOf.trim()).not.toBe('');
          expect(showLabel).toBe(id === 'outlook');
        }
      }
    }
    const outlook = row('outlook')?.cells[0];
    const growth =
      outlook?.kind === 'figures'
        ? outlook.figures.filter((item) => item.key.startsWith('growth'))
        : [];
    expect(growth.length).toBeGreaterThan(0);
    // The coder's projected changes are all rises, so each shows its plus sign.
    for (const { figure } of growth) expect(figure.text).toMatch(/^\+\d+%$/);
  });

  it('cites the government profile beside the education text', () => {
    const cell = row('education')?.cells[0];
    expect(cell).toMatchObject({
      kind: 'sourced-text',
      sourced: { citation: { href: expect.stringMatching(/^\/sources\/#/) } },
    });
  });

  it('links each certification to its page', () => {
    const cell = row('first-certification')?.cells[0];
    expect(cell).toMatchObject({
      kind: 'certifications',
      certifications: [{ href: `/certifications/${getRoles()[0]?.firstCertification}/` }],
    });
  });
});

describe('the home page', () => {
  const home = getHomePage();

  it('shows the chosen rows in order, with the full count beside them', () => {
    expect(home.summary.rows.map((row) => row.id)).toEqual([...HOME_SUMMARY_ROWS]);
    expect(home.fullRowCount).toBe(getComparison().rows.length);
  });

  it('keeps only the newest figure of each measure, without the proxy note', () => {
    for (const cell of home.summary.rows.find((row) => row.id === 'outlook')?.cells ?? []) {
      if (cell.kind !== 'figures') throw new Error('outlook is not a figures row');
      const measures = cell.figures.map((item) => item.key.split('-')[0]);
      expect(new Set(measures).size).toBe(measures.length);
      expect(cell.note).toBeUndefined();
    }
  });

  it('has the three entry points', () => {
    expect(home.entryPoints.map((entry) => entry.href)).toEqual([
      '/compare/',
      '/quiz/',
      '/certifications/',
    ]);
  });
});
