'use client';

import {
  LEVEL_LABELS,
  ROLE_LABELS,
  SORT_OPTIONS,
  type CertificationQuery,
} from '@/lib/certifications';
import { CERTIFICATION_LEVELS, ROLE_IDS, type CertificationBody } from '@/lib/content/vocabulary';

interface Option<T extends string> {
  value: T;
  label: string;
}

const FIELD =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100';

/** A labelled select whose options are typed, so the chosen value comes back typed. */
function Choice<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: T;
  options: readonly Option<T>[];
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
        className={FIELD}
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

const ALL = 'all';

/** The filter and sort controls; the island owns the state. */
export function CertificationFilters({
  query,
  bodies,
  onChange,
}: {
  query: CertificationQuery;
  bodies: readonly CertificationBody[];
  onChange: (query: CertificationQuery) => void;
}) {
  return (
    <div
      data-js-only=""
      role="group"
      aria-labelledby="cert-filters-heading"
      className="mb-4 rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900 print:hidden"
    >
      <h2 id="cert-filters-heading" className="text-lg font-semibold">
        Filter and sort
      </h2>
      <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Choice
          id="cert-role"
          label="Role served"
          value={query.role ?? ALL}
          options={[
            { value: ALL, label: 'Coders and billers' },
            ...ROLE_IDS.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
          ]}
          onChange={(role) => onChange({ ...query, role: role === ALL ? null : role })}
        />
        <Choice
          id="cert-body"
          label="Issuing body"
          value={query.body ?? ALL}
          options={[
            { value: ALL, label: 'All bodies' },
            ...bodies.map((body) => ({ value: body, label: body })),
          ]}
          onChange={(body) => onChange({ ...query, body: body === ALL ? null : body })}
        />
        <Choice
          id="cert-level"
          label="Level"
          value={query.level ?? ALL}
          options={[
            { value: ALL, label: 'All levels' },
            ...CERTIFICATION_LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] })),
          ]}
          onChange={(level) => onChange({ ...query, level: level === ALL ? null : level })}
        />
        <Choice
          id="cert-sort"
          label="Sort by"
          value={query.sort}
          options={SORT_OPTIONS.map((option) => ({ value: option.id, label: option.label }))}
          onChange={(sort) => onChange({ ...query, sort })}
        />
      </div>
      <button
        type="button"
        onClick={() => onChange({ ...query, role: null, body: null, level: null })}
        className="mt-3 rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        Clear filters
      </button>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        When you sort by a number, credentials whose figure is not known come last.
      </p>
    </div>
  );
}
