import { Link } from '@/components/ui/link';
import type { CompareLabels, PrintSource } from '@/lib/job-compare';
import type { Routes } from '@/lib/routes';

/**
 * Only on paper: the page's sources with their real addresses, since a printed link cannot be
 * followed. Every page's print footer adds the page's address and the review date.
 */
export function PrintedSources({
  sources,
  link,
  labels,
  links,
}: {
  sources: readonly PrintSource[];
  /** A link that holds more than the page's address (the compare page's two titles). */
  link?: { label: string; href: string };
  labels: Pick<CompareLabels, 'printSources' | 'sources'>;
  links: Routes;
}) {
  return (
    <aside
      aria-label={labels.printSources}
      className="mt-10 hidden max-w-3xl border-t border-slate-300 pt-3 text-sm print:block"
    >
      {link ? (
        <p>
          {link.label}: <span className="wrap-anywhere">{link.href}</span>
        </p>
      ) : null}
      {sources.length > 0 ? (
        <>
          <p className="mt-2 font-semibold">{labels.sources}</p>
          {/* Citations: each publisher's name, title and edition as published, not prose to reword. */}
          <ul className="list-disc pl-5" data-print-sources="" data-prose="exempt">
            {sources.map((source) => (
              // An edition can quote a figure ("inferred from the $47,180 median"): the entry links
              // its source, as every figure on the site does.
              <li key={source.id} data-sourced="">
                <Link href={links.source(source.id)}>{source.publisher}</Link>, {source.title} (
                {source.edition}): <span className="wrap-anywhere">{source.url}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
