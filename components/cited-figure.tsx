import { getSource, type Figure } from '@/lib/content';
import { formatFigure } from '@/lib/format';
import { SourceNote } from './source-note';

interface CitedFigureProps {
  figure: Pick<Figure, 'value' | 'valueMax' | 'unit' | 'asOf' | 'source' | 'label' | 'note'>;
  /** Show a plus sign on positive values (growth). */
  signed?: boolean;
  /** Show the figure's own label before the value. */
  showLabel?: boolean;
}

/** A number with its source and date, always together. */
export function CitedFigure({ figure, signed = false, showLabel = false }: CitedFigureProps) {
  return (
    <span data-sourced="">
      {showLabel && figure.label ? <span>{figure.label}: </span> : null}
      <strong className="font-semibold">{formatFigure(figure, { signed })}</strong>{' '}
      <SourceNote source={getSource(figure.source)} asOf={figure.asOf} />
      {figure.note ? (
        <span className="block text-sm text-slate-600 dark:text-slate-400">{figure.note}</span>
      ) : null}
    </span>
  );
}
