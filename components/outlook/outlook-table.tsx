import { DataTable } from '@/components/ui/data-table';
import { HeadlineFigure } from '@/components/ui/measured-figure';
import { RichText } from '@/components/ui/rich-text';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import type { OutlookTableRow } from '@/lib/outlook';

/**
 * The data behind a chart, or a table on its own: one row per occupation with its headline figure,
 * its source and date, and the earlier figures and other sources behind a disclosure. A row whose
 * headline is of another period than the chart's says so.
 */
export function OutlookTable({
  caption,
  rows,
  heading,
  chartedPeriod,
  locale,
}: {
  caption: string;
  rows: OutlookTableRow[];
  /** The figure column's header, e.g. "Median pay, with source and date". */
  heading: string;
  /** The period the chart above draws; absent for a table on its own. */
  chartedPeriod?: string | undefined;
  locale: Locale;
}) {
  const m = getMessages(locale).outlook;
  return (
    <DataTable
      caption={caption}
      columns={[{ label: m.occupation, className: 'w-2/5' }, { label: heading }]}
      className="max-w-3xl align-top"
    >
      {rows.map((row) => (
        <tr
          key={row.code}
          className="break-inside-avoid border-b border-slate-200 dark:border-slate-800"
        >
          <th scope="row" className="p-2 align-top font-normal">
            <span className="font-semibold">{row.title}</span>{' '}
            <span className="text-sm">
              ({row.officialTitle ? `${row.officialTitle}, ` : ''}
              <span className="whitespace-nowrap">{row.code}</span>)
            </span>
            <span className="block text-sm text-slate-700 dark:text-slate-300 print:text-black">
              {row.relationLabel}
            </span>
          </th>
          <td className="p-2 align-top">
            {row.figures === undefined ? (
              <p>
                <RichText
                  text={m.notPublished}
                  tags={{
                    bls: (words) => (
                      <a href={row.blsUrl}>
                        {words}
                        <span className="sr-only">
                          {formatMessage(m.blsPageFor, { title: row.title })}
                        </span>
                      </a>
                    ),
                  }}
                />
              </p>
            ) : (
              <>
                <HeadlineFigure view={row.figures} />
                {chartedPeriod !== undefined && !row.charted ? (
                  <p className="mt-1 text-sm text-slate-700 dark:text-slate-300 print:text-black">
                    {formatMessage(m.notInChart, { period: chartedPeriod })}
                  </p>
                ) : null}
              </>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
