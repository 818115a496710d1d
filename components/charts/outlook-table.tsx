import { CitedFigure } from '@/components/cited-figure';
import type { Occupation, OccupationFigure } from '@/lib/content';
import { RELATION_LABELS, type OutlookRow } from '@/lib/charts';

/**
 * The data behind a chart, or a table on its own: one row per occupation with every published figure
 * of the measure, newest first, each with its source and date. The first figure is the one charted.
 */
export function OutlookTable({
  caption,
  rows,
  heading,
  signed = false,
  charted = true,
}: {
  caption: string;
  rows: OutlookRow<Occupation, OccupationFigure>[];
  /** The figure column's header, e.g. "Median pay, with source and date". */
  heading: string;
  signed?: boolean;
  /** Whether a chart above draws the first figure of each row. */
  charted?: boolean;
}) {
  return (
    <table className="mt-4 w-full max-w-3xl border-collapse text-left align-top">
      <caption className="mb-2 text-left text-sm text-slate-700 dark:text-slate-300 print:text-black">
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="w-2/5 border-b-2 border-slate-300 p-2 dark:border-slate-600">
            Occupation
          </th>
          <th scope="col" className="border-b-2 border-slate-300 p-2 dark:border-slate-600">
            {heading}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ occupation, relation, figures }) => (
          <tr
            key={occupation.code}
            className="break-inside-avoid border-b border-slate-200 dark:border-slate-800"
          >
            <th scope="row" className="p-2 align-top font-normal">
              <span className="font-semibold">{occupation.title}</span>{' '}
              <span className="text-sm whitespace-nowrap">({occupation.code})</span>
              <span className="block text-sm text-slate-700 dark:text-slate-300 print:text-black">
                {RELATION_LABELS[relation]}
              </span>
            </th>
            <td className="p-2 align-top">
              {figures.length === 0 ? (
                <p>
                  Not published here yet. See the{' '}
                  <a href={occupation.blsUrl}>
                    BLS page<span className="sr-only"> for {occupation.title}</span>
                  </a>
                  .
                </p>
              ) : (
                <ul className="space-y-2">
                  {figures.map((figure, index) => (
                    <li key={`${figure.asOf}-${figure.source}`}>
                      {charted && figures.length > 1 ? (
                        <span className="block text-sm text-slate-700 dark:text-slate-300 print:text-black">
                          {index === 0 ? 'Newest (in the chart)' : 'Earlier edition'}
                        </span>
                      ) : null}
                      <CitedFigure figure={figure} signed={signed} />
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
