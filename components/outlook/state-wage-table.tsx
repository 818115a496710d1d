import { CitedFigure } from '@/components/ui/cited-figure';
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
    <table className="mt-4 w-full max-w-xl border-collapse text-left">
      <caption className="mb-2 text-left text-sm text-slate-700 dark:text-slate-300">
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="border-b-2 border-slate-300 p-2 dark:border-slate-600">
            State
          </th>
          <th scope="col" className="border-b-2 border-slate-300 p-2 dark:border-slate-600">
            Annual mean wage, with source and date
          </th>
        </tr>
      </thead>
      <tbody>
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
      </tbody>
    </table>
  );
}
