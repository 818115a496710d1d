import type { StateWagesView } from '@/lib/outlook';
import { StateWageTable } from './state-wage-table';

/**
 * Coder pay by state: the newest set of state figures the content holds, each beside the national
 * figure of the same measure and period; the other sets (other measures, older years) behind a
 * disclosure.
 */
export function StatePay({ states }: { states: StateWagesView }) {
  const { occupation, sets } = states;
  const [newest, ...older] = sets;
  const blsLink = (
    <a href={occupation.oewsUrl}>BLS wage page for {occupation.title.toLowerCase()}</a>
  );
  if (newest === undefined) {
    return (
      <p className="max-w-3xl">
        No state figures are held here yet. The {blsLink} has a map and a table for every state.
      </p>
    );
  }
  const caption = (set: (typeof sets)[number]) =>
    `${set.measureLabel} of ${occupation.title} (${occupation.code}) by state, ${set.asOf}, with the national figure of the same period.`;
  return (
    <>
      <p className="max-w-3xl">
        {newest.measureLabel} of {occupation.title.toLowerCase()} in {newest.states.length}{' '}
        {newest.states.length === 1 ? 'place' : 'places'}, {newest.asOf}, beside the national figure
        of the same period. States not listed are not held here; the {blsLink} has every state.
      </p>
      <StateWageTable caption={caption(newest)} set={newest} />
      {older.length > 0 ? (
        <details className="mt-4">
          <summary className="cursor-pointer">More state figures: other measures and years</summary>
          {older.map((set) => (
            <StateWageTable
              key={`${set.measureLabel}-${set.asOf}`}
              caption={caption(set)}
              set={set}
            />
          ))}
        </details>
      ) : null}
    </>
  );
}
