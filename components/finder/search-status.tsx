import { type FinderEntry, FAMILY_LABELS, familyAnchor, type FinderResult } from '@/lib/finder';
import { JOB_FAMILIES } from '@/lib/content/vocabulary';

interface SearchStatusProps {
  result: FinderResult;
  hrefOf: (entry: FinderEntry) => string;
  onSearchAsTyped: () => void;
}

/** "Showing results for …", words left out, and the zero-result state with ways to go on. */
export function SearchStatus({ result, hrefOf, onSearchAsTyped }: SearchStatusProps) {
  if (result.query.trim() === '') return null;
  return (
    <div className="mt-4 space-y-2">
      {result.correctedQuery ? (
        <p>
          Showing results for <strong>{result.correctedQuery}</strong>.{' '}
          <button
            type="button"
            onClick={onSearchAsTyped}
            className="text-blue-700 underline underline-offset-2 dark:text-sky-300"
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
          <h2 className="text-xl font-semibold">
            No job titles match &ldquo;{result.query}&rdquo;
          </h2>
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
