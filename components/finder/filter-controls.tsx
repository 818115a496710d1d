import { JOB_FAMILIES, JOB_LEVELS } from '@/lib/content/vocabulary';
import {
  ENTRY_FRIENDLY_LABEL,
  FAMILY_LABELS,
  LEVEL_LABELS,
  setFilter,
  type FinderFilters,
} from '@/lib/finder';
import { Choice } from '@/components/ui/choice';

interface FilterControlsProps {
  filters: FinderFilters;
  onChange: (filters: FinderFilters) => void;
  /** Whether any title's content says it is often remote: without one the choice would find nothing. */
  offerOftenRemote: boolean;
}

/** Family, level and "often remote": native selects and a checkbox, so they work by keyboard. */
export function FilterControls({ filters, onChange, offerOftenRemote }: FilterControlsProps) {
  return (
    // The legend is for screen readers: on a phone the labels say enough and the list starts higher.
    <fieldset className="mt-1">
      <legend className="sr-only">Narrow the list</legend>
      <div className="mt-1 grid grid-cols-2 gap-3 sm:grid-cols-[12rem_16rem_auto] sm:items-end">
        <Choice
          id="finder-family"
          label="Family"
          value={filters.family ?? ''}
          onChange={(value) => onChange(setFilter(filters, 'family', value))}
          options={[
            { value: '', label: 'All families' },
            ...JOB_FAMILIES.map((family) => ({ value: family, label: FAMILY_LABELS[family] })),
          ]}
        />
        <Choice
          id="finder-level"
          label="Level"
          value={filters.level ?? ''}
          onChange={(value) => onChange(setFilter(filters, 'level', value))}
          options={[
            { value: '', label: 'Any level' },
            ...JOB_LEVELS.map((level) => ({
              value: level,
              label: level === 'entry' ? ENTRY_FRIENDLY_LABEL : LEVEL_LABELS[level],
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
              Often remote once experienced
            </label>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
