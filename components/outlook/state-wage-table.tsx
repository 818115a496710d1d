import { DataTable } from '@/components/ui/data-table';
import { MeasuredFigure } from '@/components/ui/measured-figure';
import type { StateSetView } from '@/lib/outlook';

/**
 * One set of state figures (one measure, period and source), with the national figure of the same
 * measure and period last, so every row compares like with like.
 */
export function StateWageTable({ caption, set }: { caption: string; set: StateSetView }) {
  const cell = 'border-b border-slate-200 p-2 align-top dark:border-slate-800';
  return (
    <DataTable
      caption={caption}
      columns={[{ label: 'Place' }, { label: `${set.measureLabel}, ${set.asOf}, with source` }]}
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
          United States
        </th>
        <td className={cell}>
          {set.national ? (
            <MeasuredFigure figure={set.national} compact />
          ) : (
            <p>No national figure of the same period is held here.</p>
          )}
        </td>
      </tr>
    </DataTable>
  );
}
