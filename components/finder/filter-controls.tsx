import { JOB_FAMILIES, JOB_LEVELS } from '@/lib/content/vocabulary';
import { setFilter, type FinderFilters } from '@/lib/finder';
import type { FinderLabels } from '@/lib/finder/labels';
import { Choice } from '@/components/ui/choice';

interface FilterControlsProps {
  filters: FinderFilters;
  onChange: (filters: FinderFilters) => void;
  /** Whether any title's content says it is often remote: without one the choice would find nothing. */
  offerOftenRemote: boolean;
  labels: Pick<FinderLabels, 'filters' | 'families' | 'levels'>;
}

/** Family, level and "often remote": native selects and a checkbox, so they work by keyboard. */
export function FilterControls({
  filters,
  onChange,
  offerOftenRemote,
  labels,
}: FilterControlsProps) {
  const m = labels.filters;
  return (
    // The legend is for screen readers: on a phone the labels say enough and the list starts higher.
    <fieldset className="mt-1">
      <legend className="sr-only">{m.legend}</legend>
      <div className="mt-1 grid grid-cols-2 gap-3 sm:grid-cols-[12rem_16rem_auto] sm:items-end">
        <Choice
          id="finder-family"
          label={m.family}
          value={filters.family ?? ''}
          onChange={(value) => onChange(setFilter(filters, 'family', value))}
          options={[
            { value: '', label: m.allFamilies },
            ...JOB_FAMILIES.map((family) => ({ value: family, label: labels.families[family] })),
          ]}
        />
        <Choice
          id="finder-level"
          label={m.level}
          value={filters.level ?? ''}
          onChange={(value) => onChange(setFilter(filters, 'level', value))}
          options={[
            { value: '', label: m.anyLevel },
            ...JOB_LEVELS.map((level) => ({
              value: level,
              label: level === 'entry' ? m.entryFriendly : labels.levels[level],
            })),
          ]}
        />
        {offerOftenRemote ? (
          <div className="col-span-2 sm:col-span-1 sm:pb-2">
            <label className="inline-flex items-center gap-2">
              <input
                type="checkbox"
                checked={filters.oftenRemote === true}
                onChange={(event) =>
                  onChange(setFilter(filters, 'oftenRemote', event.target.checked ? '1' : ''))
                }
                className="size-5"
              />
              {m.oftenRemote}
            </label>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
