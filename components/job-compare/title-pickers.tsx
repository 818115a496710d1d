import { FIELD } from '@/components/ui/form-field';
import type { ComparePair, CompareSide, TitleOptionGroup } from '@/lib/job-compare';
import { routes } from '@/lib/routes';
import { TitleOptions } from './title-options';

const SIDE_LABELS: Record<CompareSide, string> = { a: 'First job title', b: 'Second job title' };

interface TitlePickersProps {
  options: readonly TitleOptionGroup[];
  choice: ComparePair;
  onPick: (side: CompareSide, slug: string) => void;
}

/** Two labelled selects in a GET form of this page's address (?a=&b=); a choice applies at once. */
export function TitlePickers({ options, choice, onPick }: TitlePickersProps) {
  return (
    <form
      method="get"
      action={routes.jobCompare()}
      className="grid max-w-3xl gap-4 sm:grid-cols-2 sm:items-end print:hidden"
      // A choice has applied already: Enter must not reload the page.
      onSubmit={(event) => event.preventDefault()}
    >
      {(['a', 'b'] as const).map((side) => (
        <div key={side}>
          <label htmlFor={`compare-${side}`} className="block font-medium">
            {SIDE_LABELS[side]}
          </label>
          <select
            id={`compare-${side}`}
            name={side}
            value={choice[side]}
            onChange={(event) => onPick(side, event.currentTarget.value)}
            className={FIELD}
          >
            <option value="">Choose a title</option>
            <TitleOptions options={options} />
          </select>
        </div>
      ))}
    </form>
  );
}
