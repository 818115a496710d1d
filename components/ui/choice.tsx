import { FIELD } from '@/components/ui/form-field';

/** One option of a Choice: the value it stands for and its label. */
export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
}

/** A labelled select whose options are typed, so the chosen value comes back typed. */
export function Choice<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: T;
  options: readonly ChoiceOption<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <select
        id={id}
        value={value}
        className={`block text-slate-900 dark:text-slate-100 ${FIELD}`}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
