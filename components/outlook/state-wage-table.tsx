import { CitedFigure } from '@/components/ui/cited-figure';
import { DataTable } from '@/components/ui/data-table';
import type { StateWagesView } from '@/lib/outlook';

/** Annual mean wages by state, with the national figure of the same source last for comparison. */
export function StateWageTable({
  caption,
  states,
  national,
}: {
  caption: string;
  states: StateWagesView['states'];
  national: StateWagesView['national'];
}) {
  const cell = 'border-b border-slate-200 p-2 align-top dark:border-slate-800';
  return (
    <DataTable
      caption={caption}
      columns={[{ label: 'State' }, { label: 'Annual mean wage, with source and date' }]}
      className="max-w-xl"
    >
      {states.map(({ state, figure }) => (
        <tr key={state}>
          <th scope="row" className={`${cell} font-normal`}>
            {state}
          </th>
          <td className={cell}>
            <CitedFigure figure={figure} />
          </td>
        </tr>
      ))}
      {national.map((figure) => (
        <tr key={`${figure.citation.href}-${figure.citation.asOf}`}>
          <th scope="row" className={`${cell} font-semibold`}>
            United States
          </th>
          <td className={cell}>
            <CitedFigure figure={figure} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
