import {
  type FinderEntry,
  type FinderFilters,
  FAMILY_LABELS,
  familyAnchor,
  hasFilters,
  type FinderResult,
} from '@/lib/finder';
import { JOB_FAMILIES } from '@/lib/content/vocabulary';
import { SMALL_SECONDARY_BUTTON } from '@/components/ui/button';

interface SearchStatusProps {
  result: FinderResult;
  /** The filters on: a zero result may then be theirs, not the query's. */
  filters: FinderFilters;
  hrefOf: (entry: FinderEntry) => string;
  onSearchAsTyped: () => void;
  onClearFilters: () => void;
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
}: SearchStatusProps) {
  const query = result.query.trim();
  const filtered = hasFilters(filters);
  if (query === '' && !filtered) return null;
  // Filters that leave nothing: the query (if any) did match, so offer to clear them.
  if (filtered && result.hits.length === 0 && (query === '' || result.closest.length === 0)) {
    return (
      <div className="mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
        <h2 className="text-xl font-semibold">
          {query === ''
            ? 'No job titles fit these filters'
            : `No job titles match “${query}” with these filters`}
        </h2>
        <p className="mt-2">
          Try another choice, or clear the filters to see every match.
          {filters.oftenRemote
            ? ' “Often remote” marks only the titles whose description here says the work is often remote.'
            : ''}
        </p>
        <button type="button" onClick={onClearFilters} className={`${SMALL_SECONDARY_BUTTON} mt-2`}>
          Clear the filters
        </button>
      </div>
    );
  }
  if (query === '') {
    const count = result.hits.length;
    return (
      <p className="mt-4">
        {count} job {count === 1 ? 'title fits' : 'titles fit'} these filters.
      </p>
    );
  }
  return (
    <div className="mt-4 space-y-2">
      {result.correctedQuery ? (
        <p>
          Showing results for <strong>{result.correctedQuery}</strong>.{' '}
          <button
            type="button"
            onClick={onSearchAsTyped}
            className="text-left text-blue-700 underline underline-offset-2 dark:text-sky-300"
          >
            Search instead for &ldquo;{result.query}&rdquo;
          </button>
        </p>
      ) : null}
      {result.ignoredWords.length > 0 && result.hits.length > 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Left out, as no job title uses {result.ignoredWords.length === 1 ? 'it' : 'them'}:{' '}
          {result.ignoredWords.map((word) => `“${word}”`).join(', ')}.
        </p>
      ) : null}
      {result.hits.length === 0 ? (
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <h2 className="text-xl font-semibold break-words">
            No job titles match &ldquo;{result.query}&rdquo;
          </h2>
          <p className="mt-2">
            Try a job title such as medical coder, a credential such as CPC, or a few words about
            the work.
          </p>
          {result.closest.length > 0 ? (
            <>
              <p className="mt-2">
                {result.closestBasis === 'similar'
                  ? 'The closest titles:'
                  : 'Common titles to start from:'}
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
          <p className="mt-3">Or browse the titles by family:</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {JOB_FAMILIES.map((family) => (
              <li key={family}>
                <a
                  href={`#${familyAnchor(family)}`}
                  className="inline-block rounded-full border border-slate-400 px-3 py-1 no-underline hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
                >
                  {FAMILY_LABELS[family]}
                </a>
              </li>
            ))}
            <li>
              <a href="#all-titles" className="inline-block px-3 py-1">
                All titles
              </a>
            </li>
          </ul>
        </div>
      ) : null}
    </div>
  );
}
