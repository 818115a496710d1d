import { Link } from '@/components/ui/link';
import type { PrintRecord } from '@/lib/job-compare';
import { routes } from '@/lib/routes';

/**
 * Only on paper: the page's address, when the content was last reviewed, and each source with its
 * real address, since a printed link cannot be followed.
 */
export function PrintDetails({
  record,
  address = record.address,
}: {
  record: PrintRecord;
  /** The address as served, where the page knows it (the compare page's own link). */
  address?: string;
}) {
  return (
    <aside
      aria-label="Printed page details"
      className="mt-10 hidden max-w-3xl border-t border-slate-300 pt-3 text-sm print:block"
      data-print-record=""
    >
      <p>
        Printed from{' '}
        <span data-print-address="" className="wrap-anywhere">
          {address}
        </span>
      </p>
      <p>
        Content last reviewed against its sources on{' '}
        <time dateTime={record.reviewed.iso}>{record.reviewed.text}</time>.
      </p>
      {record.sources.length > 0 ? (
        <>
          <p className="mt-2 font-semibold">Sources</p>
          <ul className="list-disc pl-5" data-print-sources="">
            {record.sources.map((source) => (
              // An edition can quote a figure ("inferred from the $47,180 median"): the entry links
              // its source, as every figure on the site does.
              <li key={source.id} data-sourced="">
                <Link href={routes.source(source.id)}>{source.publisher}</Link>, {source.title} (
                {source.edition}): <span className="wrap-anywhere">{source.url}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-2">Every source this site uses: {record.sourcesAddress}</p>
    </aside>
  );
}
