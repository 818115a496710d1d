'use client';

import { useState, type ReactNode } from 'react';
import {
  CERTIFICATION_COLUMNS,
  DEFAULT_QUERY,
  SORT_OPTIONS,
  applyCertificationQuery,
  certificationQueryString,
  parseCertificationQuery,
  shownCountMessage,
  type CertificationFacets,
  type CertificationQuery,
} from '@/lib/certifications';
import type { CertificationBody } from '@/lib/content/vocabulary';
import { useLocationSearch } from '../use-location';
import { CertificationFilters } from './certification-filters';

interface Props {
  caption: string;
  facets: readonly CertificationFacets[];
  /** The server-rendered <tr> of each credential, by slug. */
  rows: Readonly<Record<string, ReactNode>>;
  bodies: readonly CertificationBody[];
}

/**
 * The credentials table. The static HTML (and a browser without JavaScript) gets every row in
 * acronym order and no controls; once hydrated, the controls appear, start from the address's query
 * (?role=biller&body=AAPC) and write each change back to it, so a filtered view can be shared.
 */
export function CertificationTableIsland({ caption, facets, rows, bodies }: Props) {
  const search = useLocationSearch();
  const [chosen, setChosen] = useState<CertificationQuery | null>(null);
  const query = chosen ?? (search === null ? DEFAULT_QUERY : parseCertificationQuery(search));
  const shown = applyCertificationQuery(facets, query);
  const sortedColumn = SORT_OPTIONS.find((option) => option.id === query.sort)?.column;

  function change(next: CertificationQuery) {
    setChosen(next);
    const address = `${window.location.pathname}${certificationQueryString(next)}`;
    window.history.replaceState(window.history.state, '', address);
  }

  return (
    <>
      {search === null ? null : (
        <CertificationFilters query={query} bodies={bodies} onChange={change} />
      )}
      <p role="status" className="mb-2 font-medium">
        {shownCountMessage(shown.length, facets.length)}
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
              {CERTIFICATION_COLUMNS.map((column, index) => (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={column.id === sortedColumn ? 'ascending' : undefined}
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
