import { Link } from '@/components/ui/link';
import type { Source } from '@/lib/content';
import { routes } from '@/lib/routes';

/**
 * "(BLS, May 2024)" with a link to the source's entry. A secondary source reads
 * "(reported by X, citing Y, May 2024)", as the sourcing rules ask.
 */
export function SourceNote({ source, asOf }: { source: Source; asOf: string }) {
  const link = <Link href={routes.source(source.id)}>{source.publisher}</Link>;
  return (
    <span className="text-sm text-slate-600 dark:text-slate-400">
      {source.standing === 'secondary' ? (
        <>
          (reported by {link}
          {source.citing ? `, citing ${source.citing}` : ''}, {asOf})
        </>
      ) : (
        <>
          ({link}, {asOf})
        </>
      )}
    </span>
  );
}
