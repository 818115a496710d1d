// The static checks of occupation figures, on small pages written the way MeasuredFigure marks them.
import { describe, expect, it } from 'vitest';
import {
  competingHeadlines,
  parseHtml,
  unlabelledFigures,
  unmatchedStateFigures,
} from '@/lib/site-checks';

function figure({
  id = 'f1',
  measure = 'median-pay',
  period = 'May 2025',
  place,
  headline = false,
  label = 'Median pay',
  labelClass = '',
}: {
  id?: string;
  measure?: string;
  period?: string;
  place?: string;
  headline?: boolean;
  label?: string;
  labelClass?: string;
}): string {
  return `<span data-figure="${id}" data-occupation="29-2072" data-measure="${measure}" data-period="${period}"${place ? ` data-place="${place}"` : ''}${headline ? ' data-headline' : ''}><span data-measure-label class="${labelClass}">${label}</span>: <strong>$1</strong></span>`;
}

const page = (body: string) =>
  parseHtml(`<!doctype html><html><body><main>${body}</main></body></html>`);

describe('measure labels', () => {
  it('passes a figure that says what it measures', () => {
    expect(unlabelledFigures(page(figure({})))).toEqual([]);
  });

  it('finds a figure with an empty or screen-reader-only label', () => {
    expect(unlabelledFigures(page(figure({ label: ' ' })))).toHaveLength(1);
    expect(unlabelledFigures(page(figure({ labelClass: 'sr-only' })))).toEqual([
      'figure whose measure label is hidden: 29-2072 median-pay (May 2025)',
    ]);
  });
});

describe('headlines', () => {
  it('allows the same headline figure twice on a page', () => {
    expect(
      competingHeadlines(page(figure({ headline: true }) + figure({ headline: true }))),
    ).toEqual([]);
  });

  it('finds two different headline figures for one occupation and measure', () => {
    const html =
      figure({ headline: true }) + figure({ id: 'f2', period: 'May 2024', headline: true });
    expect(competingHeadlines(page(html))).toEqual([
      '2 different headline figures for 29-2072 median-pay: f1, f2',
    ]);
  });

  it('lets other measures and places have headlines of their own', () => {
    const html =
      figure({ headline: true }) +
      figure({ id: 'f2', measure: 'openings', headline: true }) +
      figure({ id: 'f3', place: 'OH', headline: true });
    expect(competingHeadlines(page(html))).toEqual([]);
  });

  it('finds a headline hidden in a disclosure', () => {
    const html = `<details><summary>Earlier</summary>${figure({ headline: true })}</details>`;
    expect(competingHeadlines(page(html))).toHaveLength(1);
  });
});

describe('state figures', () => {
  it('passes a state beside the national figure of the same measure and period', () => {
    const html = `<table><tr><td>${figure({ id: 's', place: 'OH' })}</td></tr><tr><td>${figure({})}</td></tr></table>`;
    expect(unmatchedStateFigures(page(html))).toEqual([]);
  });

  it('finds a state beside a national figure of another period or measure', () => {
    const otherPeriod = `<table><tr><td>${figure({ id: 's', place: 'OH', period: 'May 2021' })}</td><td>${figure({})}</td></tr></table>`;
    const otherMeasure = `<div data-figure-group>${figure({ id: 's', place: 'OH', measure: 'mean-pay' })}${figure({})}</div>`;
    expect(unmatchedStateFigures(page(otherPeriod))).toEqual([
      'state figure without the national figure of its period: 29-2072 median-pay in OH (May 2021)',
    ]);
    expect(unmatchedStateFigures(page(otherMeasure))).toHaveLength(1);
  });

  it('finds a state figure alone', () => {
    expect(unmatchedStateFigures(page(figure({ place: 'OH' })))).toHaveLength(1);
  });
});
