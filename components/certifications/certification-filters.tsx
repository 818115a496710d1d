'use client';

import { SMALL_SECONDARY_BUTTON } from '@/components/ui/button';
import { Choice } from '@/components/ui/choice';
import type { CertificationFilterOptions, CertificationQuery } from '@/lib/certifications';

const ALL = 'all';

/** The filter and sort controls; the island owns the state. */
export function CertificationFilters({
  query,
  options,
  onChange,
}: {
  query: CertificationQuery;
  options: CertificationFilterOptions;
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
          options={[{ value: ALL, label: 'Coders and billers' }, ...options.roles]}
          onChange={(role) => onChange({ ...query, role: role === ALL ? null : role })}
        />
        <Choice
          id="cert-body"
          label="Issuing body"
          value={query.body ?? ALL}
          options={[{ value: ALL, label: 'All bodies' }, ...options.bodies]}
          onChange={(body) => onChange({ ...query, body: body === ALL ? null : body })}
        />
        <Choice
          id="cert-level"
          label="Level"
          value={query.level ?? ALL}
          options={[{ value: ALL, label: 'All levels' }, ...options.levels]}
          onChange={(level) => onChange({ ...query, level: level === ALL ? null : level })}
        />
        <Choice
          id="cert-sort"
          label="Sort by"
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
        Clear filters
      </button>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        When you sort by a number, credentials whose figure is not known come last.
      </p>
    </div>
  );
}
