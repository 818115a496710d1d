import type { FinderEntry, FinderFilters, FinderResult } from '@/lib/finder';
import { familyAnchor, hasFilters } from '@/lib/finder';
import type { FinderLabels } from '@/lib/finder/labels';
import { JOB_FAMILIES } from '@/lib/content/vocabulary';
import { formatMessage } from '@/lib/i18n/format-message';
import { SMALL_SECONDARY_BUTTON } from '@/components/ui/button';
import { RichText } from '@/components/ui/rich-text';

interface SearchStatusProps {
  result: FinderResult;
  /** The filters on: a zero result may then be theirs, not the query's. */
  filters: FinderFilters;
  hrefOf: (entry: FinderEntry) => string;
  onSearchAsTyped: () => void;
  onClearFilters: () => void;
  labels: Pick<FinderLabels, 'status' | 'families'>;
}

/**
 * "Showing results for …", words left out, and the zero-result state with ways to go on. The query
 * comes back as text only (React escapes it), so typed markup is shown, never run.
 */
export function SearchStatus({
  result,
  filters,
  hrefOf,
  onSearchAsTyped,
  onClearFilters,
  labels,
}: SearchStatusProps) {
  const m = labels.status;
  const query = result.query.trim();
  const filtered = hasFilters(filters);
  if (query === '' && !filtered) return null;
  // Filters that leave nothing: the query (if any) did match, so offer to clear them.
  if (filtered && result.hits.length === 0 && (query === '' || result.closest.length === 0)) {
    return (
      <div className="mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
        <h2 className="text-xl font-semibold">
          {query === '' ? m.noneFitFilters : formatMessage(m.noneMatchWithFilters, { query })}
        </h2>
        <p className="mt-2">
          {m.tryAnotherChoice}
          {filters.oftenRemote ? ` ${m.oftenRemoteNote}` : ''}
        </p>
        <button type="button" onClick={onClearFilters} className={`${SMALL_SECONDARY_BUTTON} mt-2`}>
          {m.clearFilters}
        </button>
      </div>
    );
  }
  if (query === '') {
    const count = result.hits.length;
    return (
      <p className="mt-4">
        {formatMessage(count === 1 ? m.fitCount.one : m.fitCount.other, { count })}
      </p>
    );
  }
  const ignored = result.ignoredWords;
  return (
    <div className="mt-4 space-y-2">
      {result.correctedQuery ? (
        <p>
          <RichText
            text={m.showingResultsFor}
            tags={{ strong: () => <strong>{result.correctedQuery}</strong> }}
          />{' '}
          <button
            type="button"
            onClick={onSearchAsTyped}
            className="text-left text-blue-700 underline underline-offset-2 dark:text-sky-300"
          >
            {formatMessage(m.searchInsteadFor, { query: result.query })}
          </button>
        </p>
      ) : null}
      {ignored.length > 0 && result.hits.length > 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {formatMessage(ignored.length === 1 ? m.leftOut.one : m.leftOut.other, {
            words: ignored.map((word) => formatMessage(m.quotedWord, { word })).join(', '),
          })}
        </p>
      ) : null}
      {result.hits.length === 0 ? (
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <h2 className="text-xl font-semibold break-words">
            {formatMessage(m.noMatch, { query: result.query })}
          </h2>
          <p className="mt-2">{m.noMatchHint}</p>
          {result.closest.length > 0 ? (
            <>
              <p className="mt-2">
                {result.closestBasis === 'similar' ? m.closestSimilar : m.closestCommon}
              </p>
              <ul className="mt-1 list-disc pl-6">
                {result.closest.map((entry) => (
                  <li key={entry.id}>
                    <a href={hrefOf(entry)}>{entry.title}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="mt-3">{m.browseFamilies}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {JOB_FAMILIES.map((family) => (
              <li key={family}>
                <a
                  href={`#${familyAnchor(family)}`}
                  className="inline-block rounded-full border border-slate-400 px-3 py-1 no-underline hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
                >
                  {labels.families[family]}
                </a>
              </li>
            ))}
            <li>
              <a href="#all-titles" className="inline-block px-3 py-1">
                {m.allTitles}
              </a>
            </li>
          </ul>
        </div>
      ) : null}
    </div>
  );
}
