import { FIELD } from '@/components/ui/form-field';
import type { CompareLabels, ComparePair, CompareSide, TitleOptionGroup } from '@/lib/job-compare';
import type { Routes } from '@/lib/routes';
import { TitleOptions } from './title-options';

interface TitlePickersProps {
  options: readonly TitleOptionGroup[];
  choice: ComparePair;
  onPick: (side: CompareSide, slug: string) => void;
  labels: Pick<CompareLabels, 'sides' | 'chooseTitle'>;
  links: Routes;
}

/** Two labelled selects in a GET form of this page's address (?a=&b=); a choice applies at once. */
export function TitlePickers({ options, choice, onPick, labels, links }: TitlePickersProps) {
  return (
    <form
      method="get"
      action={links.jobCompare()}
      className="grid max-w-3xl gap-4 sm:grid-cols-2 sm:items-end print:hidden"
      // A choice has applied already: Enter must not reload the page.
      onSubmit={(event) => event.preventDefault()}
    >
      {(['a', 'b'] as const).map((side) => (
        <div key={side}>
          <label htmlFor={`compare-${side}`} className="block font-medium">
            {labels.sides[side]}
          </label>
          <select
            id={`compare-${side}`}
            name={side}
            value={choice[side]}
            onChange={(event) => onPick(side, event.currentTarget.value)}
            className={FIELD}
          >
            <option value="">{labels.chooseTitle}</option>
            <TitleOptions options={options} />
          </select>
        </div>
      ))}
    </form>
  );
}
