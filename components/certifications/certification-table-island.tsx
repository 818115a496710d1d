'use client';

import { useState, type ReactNode } from 'react';
import type {
  CertificationFacets,
  CertificationFilterOptions,
  CertificationQuery,
  CertificationTable,
  CertificationTableWords,
} from '@/lib/certifications';
// The browser-safe part of the feature: the index would bring the content data layer along.
import {
  DEFAULT_QUERY,
  applyCertificationQuery,
  certificationQueryString,
  parseCertificationQuery,
  shownCountMessage,
  sortedColumn,
} from '@/lib/certifications/query';
import { useLocationSearch } from '@/components/ui/use-location';
import { CertificationFilters } from './certification-filters';

interface Props {
  caption: string;
  columns: CertificationTable['columns'];
  facets: readonly CertificationFacets[];
  /** The server-rendered <tr> of each credential, by slug. */
  rows: Readonly<Record<string, ReactNode>>;
  filters: CertificationFilterOptions;
  /** The controls' strings in the page's language (an island never imports a catalog). */
  labels: CertificationTableWords;
}

/**
 * The credentials table. The static HTML (and a browser without JavaScript) gets every row in
 * acronym order and no controls; once hydrated, the controls appear, start from the address's query
 * (?role=biller&body=AAPC) and write each change back to it, so a filtered view can be shared.
 */
export function CertificationTableIsland({
  caption,
  columns,
  facets,
  rows,
  filters,
  labels,
}: Props) {
  const search = useLocationSearch();
  const [chosen, setChosen] = useState<CertificationQuery | null>(null);
  const query = chosen ?? (search === null ? DEFAULT_QUERY : parseCertificationQuery(search));
  const shown = applyCertificationQuery(facets, query);
  const sorted = sortedColumn(query.sort);

  function change(next: CertificationQuery) {
    setChosen(next);
    const address = `${window.location.pathname}${certificationQueryString(next)}`;
    window.history.replaceState(window.history.state, '', address);
  }

  return (
    <>
      {search === null ? null : (
        <CertificationFilters query={query} options={filters} labels={labels} onChange={change} />
      )}
      <p role="status" className="mb-2 font-medium">
        {shownCountMessage(shown.length, facets.length, labels)}
      </p>
      <div
        role="region"
        aria-labelledby="cert-table-caption"
        tabIndex={0}
        className="overflow-x-auto rounded-lg md:border md:border-slate-200 lg:mx-[calc((100%_-_min(100vw_-_3rem,_80rem))_/_2)] md:dark:border-slate-700 print:overflow-visible print:border-0"
      >
        <table className="w-full border-collapse text-left">
          <caption
            id="cert-table-caption"
            className="px-2 py-2 text-left text-sm text-slate-700 dark:text-slate-300"
          >
            {caption}
          </caption>
          <thead className="sr-only md:not-sr-only">
            <tr>
              {columns.map((column, index) => (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={column.id === sorted ? 'ascending' : undefined}
                  className={`border-y-2 border-slate-300 bg-slate-100 px-2 py-2 align-bottom text-sm dark:border-slate-600 dark:bg-slate-800 ${index === 0 ? 'md:sticky md:left-0 md:z-20' : ''}`}
                >
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{shown.map((item) => rows[item.slug])}</tbody>
        </table>
      </div>
    </>
  );
}
