// What a page's occupation figures must show, checked from its HTML (components/ui/measured-figure
// marks them): each says what it measures, visibly; one headline per occupation, measure and place,
// never hidden in a disclosure; and a state figure only beside the national figure of the same
// measure and period.
import type { Document, Element } from 'happy-dom';

const HIDING = '.sr-only, [hidden], [aria-hidden="true"]';

function describe(figure: Element): string {
  const place = figure.getAttribute('data-place');
  return `${figure.getAttribute('data-occupation')} ${figure.getAttribute('data-measure')}${place ? ` in ${place}` : ''} (${figure.getAttribute('data-period')})`;
}

/** Figures whose measure label is missing, empty or hidden from sight. */
export function unlabelledFigures(document: Document): string[] {
  return [...document.querySelectorAll('main [data-figure]')].flatMap((figure) => {
    const label = figure.querySelector('[data-measure-label]');
    const text = (label?.textContent ?? '').trim();
    if (label === null || text === '')
      return [`figure without a measure label: ${describe(figure)}`];
    return label.closest(HIDING)
      ? [`figure whose measure label is hidden: ${describe(figure)}`]
      : [];
  });
}

/** Two different headline figures for one occupation, measure and place, or a headline hidden in a disclosure. */
export function competingHeadlines(document: Document): string[] {
  const byKey = new Map<string, Set<string>>();
  const problems: string[] = [];
  for (const figure of document.querySelectorAll('main [data-headline]')) {
    if (figure.closest('details'))
      problems.push(`headline inside a disclosure: ${describe(figure)}`);
    const key = ['data-occupation', 'data-measure', 'data-place']
      .map((name) => figure.getAttribute(name) ?? '')
      .join(' ');
    byKey.set(key, (byKey.get(key) ?? new Set()).add(figure.getAttribute('data-figure') ?? ''));
  }
  for (const [key, ids] of byKey) {
    if (ids.size > 1)
      problems.push(
        `${ids.size} different headline figures for ${key.trim()}: ${[...ids].join(', ')}`,
      );
  }
  return problems;
}

/**
 * State figures with no national figure of the same occupation, measure and period in the same
 * table (or the same element marked `data-figure-group`).
 */
export function unmatchedStateFigures(document: Document): string[] {
  return [...document.querySelectorAll('main [data-figure][data-place]')].flatMap((figure) => {
    const group = figure.closest('table, [data-figure-group]');
    const matches = [...(group?.querySelectorAll('[data-figure]:not([data-place])') ?? [])].some(
      (national) =>
        ['data-occupation', 'data-measure', 'data-period'].every(
          (name) => national.getAttribute(name) === figure.getAttribute(name),
        ),
    );
    return matches
      ? []
      : [`state figure without the national figure of its period: ${describe(figure)}`];
  });
}

export function figureProblems(document: Document): string[] {
  return [
    ...unlabelledFigures(document),
    ...competingHeadlines(document),
    ...unmatchedStateFigures(document),
  ];
}
