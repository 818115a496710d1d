import { Link } from '@/components/ui/link';
import { shortPublisher, type FigureLike } from '@/lib/certifications';
import { getSource } from '@/lib/content';
import { formatFigure } from '@/lib/format';
import { routes } from '@/lib/routes';

/**
 * A figure for a table cell: the value, then its source (short name, linked) and date on a line of
 * their own. Its note is left to the credential's page, where CitedFigure shows it.
 */
export function CompactFigure({ figure }: { figure: FigureLike }) {
  const source = getSource(figure.source);
  const link = <Link href={routes.source(source.id)}>{shortPublisher(source.publisher)}</Link>;
  return (
    <span data-sourced="" className="block">
      <strong className="block font-semibold">{formatFigure(figure)}</strong>
      <span className="block text-xs text-slate-600 dark:text-slate-400">
        {source.standing === 'secondary' ? <>(reported by {link}</> : <>({link}</>}, {figure.asOf})
      </span>
    </span>
  );
}
