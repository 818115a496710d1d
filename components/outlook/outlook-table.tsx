import { CitedFigure } from '@/components/ui/cited-figure';
import { DataTable } from '@/components/ui/data-table';
import type { OutlookTableRow } from '@/lib/outlook';

/**
 * The data behind a chart, or a table on its own: one row per occupation with every published figure
 * of the measure, newest first, each with its source and date. The first figure is the one charted.
 */
export function OutlookTable({
  caption,
  rows,
  heading,
  charted = true,
}: {
  caption: string;
  rows: OutlookTableRow[];
  /** The figure column's header, e.g. "Median pay, with source and date". */
  heading: string;
  /** Whether a chart above draws the first figure of each row. */
  charted?: boolean;
}) {
  return (
    <DataTable
      caption={caption}
      columns={[{ label: 'Occupation', className: 'w-2/5' }, { label: heading }]}
      className="max-w-3xl align-top"
    >
      {rows.map((row) => (
        <tr
          key={row.code}
          className="break-inside-avoid border-b border-slate-200 dark:border-slate-800"
        >
          <th scope="row" className="p-2 align-top font-normal">
            <span className="font-semibold">{row.title}</span>{' '}
            <span className="text-sm whitespace-nowrap">({row.code})</span>
            <span className="block text-sm text-slate-700 dark:text-slate-300 print:text-black">
              {row.relationLabel}
            </span>
          </th>
          <td className="p-2 align-top">
            {row.figures.length === 0 ? (
              <p>
                Not published here yet. See the{' '}
                <a href={row.blsUrl}>
                  BLS page<span className="sr-only"> for {row.title}</span>
                </a>
                .
              </p>
            ) : (
              <ul className="space-y-2">
                {row.figures.map((figure, index) => (
                  <li key={`${figure.citation.asOf}-${figure.citation.href}`}>
                    {charted && row.figures.length > 1 ? (
                      <span className="block text-sm text-slate-700 dark:text-slate-300 print:text-black">
                        {index === 0 ? 'Newest (in the chart)' : 'Earlier edition'}
                      </span>
                    ) : null}
                    <CitedFigure figure={figure} />
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
