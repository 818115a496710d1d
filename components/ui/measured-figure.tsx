import type { HeadlineFigureView, MeasuredFigureView } from '@/lib/citations';
import { citationMessages } from '@/lib/i18n/messages/citations';
import { SourceCitation } from './source-citation';

interface MeasuredFigureProps {
  figure: MeasuredFigureView;
  /** Marks the figure the headline rule chose (tests check there is one per occupation and measure). */
  headline?: boolean;
  /** For table cells and lists: label, value and a short citation on lines of their own. */
  compact?: boolean;
}

/**
 * An occupation figure with what it measures, its value and its source, always together. Tests find
 * them by `data-figure` and their label by `data-measure-label`.
 */
export function MeasuredFigure({ figure, headline = false, compact = false }: MeasuredFigureProps) {
  const attributes = {
    'data-sourced': '',
    'data-figure': figure.id,
    'data-occupation': figure.occupation,
    'data-measure': figure.measure,
    'data-period': figure.period,
    ...(figure.place ? { 'data-place': figure.place } : {}),
    ...(headline ? { 'data-headline': '' } : {}),
  };
  const value = (
    <>
      <strong className="font-semibold">{figure.text}</strong>
      {figure.hourly ? <> ({figure.hourly})</> : null}
    </>
  );
  if (compact) {
    return (
      <span {...attributes} className="block">
        <span data-measure-label="" className="block text-sm">
          {figure.measureLabel}
        </span>
        <span className="block">{value}</span>
        <SourceCitation citation={figure.citation} compact />
      </span>
    );
  }
  return (
    <span {...attributes}>
      <span data-measure-label="">{figure.measureLabel}</span>: {value}{' '}
      <SourceCitation citation={figure.citation} />
      {figure.note ? (
        <span className="block text-sm text-slate-600 dark:text-slate-400">{figure.note}</span>
      ) : null}
    </span>
  );
}

/** The headline figure, then the earlier figures and other sources in a closed disclosure. */
export function HeadlineFigure({
  view,
  compact = false,
}: {
  view: HeadlineFigureView;
  compact?: boolean;
}) {
  return (
    <div>
      <MeasuredFigure figure={view.headline} headline compact={compact} />
      {view.others.length > 0 ? (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-slate-700 dark:text-slate-300">
            {citationMessages[view.headline.citation.locale].earlierFigures}
          </summary>
          <ul className="mt-1 space-y-2">
            {view.others.map((figure) => (
              <li key={figure.id}>
                <MeasuredFigure figure={figure} compact={compact} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
