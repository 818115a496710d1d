import { DataTable } from '@/components/ui/data-table';
import { MeasuredFigure } from '@/components/ui/measured-figure';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import type { StateSetView } from '@/lib/outlook';

/**
 * One set of state figures (one measure, period and source), with the national figure of the same
 * measure and period last, so every row compares like with like.
 */
export function StateWageTable({
  caption,
  set,
  locale,
}: {
  caption: string;
  set: StateSetView;
  locale: Locale;
}) {
  const m = getMessages(locale).outlook;
  const cell = 'border-b border-slate-200 p-2 align-top dark:border-slate-800';
  return (
    <DataTable
      caption={caption}
      columns={[
        { label: m.place },
        { label: formatMessage(m.stateColumn, { measure: set.measureLabel, asOf: set.asOf }) },
      ]}
      className="max-w-xl"
    >
      {set.states.map(({ state, figure }) => (
        <tr key={state}>
          <th scope="row" className={`${cell} font-normal`}>
            {state}
          </th>
          <td className={cell}>
            <MeasuredFigure figure={figure} compact />
          </td>
        </tr>
      ))}
      <tr>
        <th scope="row" className={`${cell} font-semibold`}>
          {m.unitedStates}
        </th>
        <td className={cell}>
          {set.national ? <MeasuredFigure figure={set.national} compact /> : <p>{m.noNational}</p>}
        </td>
      </tr>
    </DataTable>
  );
}
