'use client';

import { SMALL_SECONDARY_BUTTON } from '@/components/ui/button';
import { Choice } from '@/components/ui/choice';
import type {
  CertificationFilterOptions,
  CertificationQuery,
  CertificationTableWords,
} from '@/lib/certifications';

const ALL = 'all';

/** The filter and sort controls; the island owns the state. */
export function CertificationFilters({
  query,
  options,
  labels,
  onChange,
}: {
  query: CertificationQuery;
  options: CertificationFilterOptions;
  labels: CertificationTableWords;
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
        {labels.filtersHeading}
      </h2>
      <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Choice
          id="cert-role"
          label={labels.filterRole}
          value={query.role ?? ALL}
          options={[{ value: ALL, label: labels.filterRoleAll }, ...options.roles]}
          onChange={(role) => onChange({ ...query, role: role === ALL ? null : role })}
        />
        <Choice
          id="cert-body"
          label={labels.filterBody}
          value={query.body ?? ALL}
          options={[{ value: ALL, label: labels.filterBodyAll }, ...options.bodies]}
          onChange={(body) => onChange({ ...query, body: body === ALL ? null : body })}
        />
        <Choice
          id="cert-level"
          label={labels.filterLevel}
          value={query.level ?? ALL}
          options={[{ value: ALL, label: labels.filterLevelAll }, ...options.levels]}
          onChange={(level) => onChange({ ...query, level: level === ALL ? null : level })}
        />
        <Choice
          id="cert-sort"
          label={labels.sortBy}
          value={query.sort}
          options={options.sorts}
          onChange={(sort) => onChange({ ...query, sort })}
        />
      </div>
      <button
        type="button"
        onClick={() => onChange({ ...query, role: null, body: null, level: null })}
        className={`mt-3 ${SMALL_SECONDARY_BUTTON}`}
      >
        {labels.clearFilters}
      </button>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{labels.sortNote}</p>
    </div>
  );
}
