import type { CitedFigureView } from '@/lib/citations';
import { SourceCitation } from './source-citation';

interface CitedFigureProps {
  figure: CitedFigureView;
  /** Show the figure's own label before the value. */
  showLabel?: boolean;
  /** For table cells: the value and a short citation on lines of their own, without the note. */
  compact?: boolean;
}

/** A number with its source and date, always together (tests find them by `data-sourced`). */
export function CitedFigure({ figure, showLabel = false, compact = false }: CitedFigureProps) {
  if (compact) {
    return (
      <span data-sourced="" className="block">
        <strong className="block font-semibold">{figure.text}</strong>
        <SourceCitation citation={figure.citation} compact />
      </span>
    );
  }
  return (
    <span data-sourced="">
      {showLabel && figure.label ? <span>{figure.label}: </span> : null}
      <strong className="font-semibold">{figure.text}</strong>{' '}
      <SourceCitation citation={figure.citation} />
      {figure.note ? (
        <span className="block text-sm text-slate-600 dark:text-slate-400">{figure.note}</span>
      ) : null}
    </span>
  );
}
