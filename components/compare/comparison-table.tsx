import { GlossaryText } from '@/components/glossary/glossary-text';
import { Link } from '@/components/ui/link';
import { HeadlineFigure } from '@/components/ui/measured-figure';
import { SourceCitation } from '@/components/ui/source-citation';
import type { CompareCellView, ComparisonView } from '@/lib/compare';

function Cell({ cell, words }: { cell: CompareCellView; words: ComparisonView['words'] }) {
  switch (cell.kind) {
    case 'text':
      return (
        <p>
          <GlossaryText text={cell.text} />
        </p>
      );
    case 'list':
      return (
        <ul className="list-disc space-y-1 pl-5">
          {cell.items.map((item) => (
            <li key={item.text}>
              <GlossaryText text={item} />
            </li>
          ))}
        </ul>
      );
    case 'sourced-text':
      return (
        <>
          <p>{cell.text}</p>
          {cell.sourced ? (
            <p className="mt-2 text-sm">
              {words.governmentProfile} {cell.sourced.text}{' '}
              <SourceCitation citation={cell.sourced.citation} />
            </p>
          ) : null}
        </>
      );
    case 'certifications':
      return (
        <ul className="space-y-1">
          {cell.certifications.map((cert) => (
            <li key={cert.slug}>
              <Link href={cert.href}>
                <abbr title={cert.name}>{cert.acronym}</abbr>
              </Link>{' '}
              <span className="text-sm text-slate-600 dark:text-slate-400">({cert.issuer})</span>
            </li>
          ))}
        </ul>
      );
    case 'figures':
      return (
        <>
          <p className="text-sm text-slate-700 dark:text-slate-300">{cell.occupation}</p>
          {cell.headlines.length === 0 ? (
            <p>{words.notPublished}</p>
          ) : (
            <ul className="mt-1 space-y-3">
              {cell.headlines.map((view) => (
                <li key={view.headline.id}>
                  <HeadlineFigure view={view} />
                </li>
              ))}
            </ul>
          )}
          {cell.note ? <p className="mt-2 text-sm italic">{cell.note}</p> : null}
        </>
      );
  }
}

/**
 * The comparison as a real table. On a phone each row stacks: the dimension on top, then one block
 * per role with a visible role name (hidden from screen readers, which already hear the column header).
 * Printed, it is a table at any width: paper is wide enough, and the stack takes twice the pages.
 */
export function ComparisonTable({
  comparison,
  caption,
}: {
  comparison: ComparisonView;
  caption: string;
}) {
  return (
    <table className="w-full border-collapse text-left align-top">
      <caption className="mb-3 text-left text-sm text-slate-700 dark:text-slate-300">
        {caption}
      </caption>
      <thead className="sr-only md:not-sr-only print:not-sr-only">
        <tr>
          <th scope="col" className="w-40 border-b-2 border-slate-300 p-2 dark:border-slate-600">
            <span className="sr-only">{comparison.words.dimension}</span>
          </th>
          {comparison.roles.map((role) => (
            <th
              key={role.slug}
              scope="col"
              className="border-b-2 border-slate-300 p-2 text-lg dark:border-slate-600"
            >
              {/* On a phone the header row is for screen readers only, so it holds no link: a
                  focusable link there would take focus out of sight. */}
              <span className="md:hidden print:hidden">{role.name}</span>
              <Link href={role.href} className="hidden md:inline print:inline">
                {role.name}
              </Link>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {comparison.rows.map((row) => (
          <tr
            key={row.id}
            id={row.id}
            className="block break-inside-avoid border-b border-slate-200 py-3 md:table-row md:py-0 dark:border-slate-800 print:table-row print:py-0"
          >
            <th
              scope="row"
              className="block p-2 text-base font-semibold md:table-cell md:align-top print:table-cell print:py-1 print:align-top"
            >
              {row.label}
              {row.periodNote ? (
                <span className="mt-1 block text-sm font-normal">{row.periodNote}</span>
              ) : null}
            </th>
            {row.cells.map((cell, index) => (
              <td
                key={comparison.roles[index]?.slug}
                className="block p-2 md:table-cell md:align-top print:table-cell print:py-1 print:align-top"
              >
                <span
                  aria-hidden="true"
                  className="mb-1 block text-sm font-semibold tracking-wide text-slate-600 uppercase md:hidden dark:text-slate-400 print:hidden"
                >
                  {comparison.roles[index]?.name}
                </span>
                <Cell cell={cell} words={comparison.words} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
