'use client';

import { useEffect, useMemo, useReducer, useState, type KeyboardEvent } from 'react';
import {
  finderReducer,
  finderSearchParams,
  INITIAL_FINDER_STATE,
  keyAction,
  readFinderParams,
  resultAnnouncement,
  parsePlace,
  type FinderEntry,
  type Finder,
} from '@/lib/finder';
import { US_STATES } from '@/lib/us-states';
import { PlacePanel } from './place-panel';
import { ResultList, optionId } from './result-list';
import { SearchStatus } from './search-status';
import { routes } from '@/lib/routes';

const LISTBOX_ID = 'finder-listbox';
const EXAMPLES = [
  { q: 'cpc', where: '', label: 'CPC' },
  { q: 'ar caller', where: '', label: 'AR caller' },
  { q: 'coding auditor', where: 'OH', label: 'coding auditor in Ohio' },
  { q: 'medical biller', where: 'remote', label: 'remote medical biller' },
];
const INPUT_CLASS =
  'mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900';

/** A curated title's page (carrying the place), or O*NET's page of the occupation for the others. */
function entryHref(entry: FinderEntry, finder: Finder, where: string): string {
  if (entry.slug) return `${routes.job(entry.slug)}${finderSearchParams('', where)}`;
  return finder.occupation(entry.occupations[0])?.onetUrl ?? 'https://www.onetonline.org/';
}

/** "What" as an ARIA combobox over the results list, and "Where". The state is in the address. */
export function FinderBox({
  finder,
  initialSearch,
}: {
  finder: Finder | null;
  initialSearch: string;
}) {
  const [state, dispatch] = useReducer(finderReducer, initialSearch, (search) =>
    finderReducer(INITIAL_FINDER_STATE, { type: 'restored', ...readFinderParams(search) }),
  );
  const result = useMemo(
    () =>
      finder?.search(state.query, {
        typing: !state.query.endsWith(' '),
        noCorrection: state.noCorrection,
      }),
    [finder, state.query, state.noCorrection],
  );
  const place = useMemo(() => parsePlace(state.where), [state.where]);
  const hits = result?.hits ?? [];
  const shownHits = state.expanded ? hits : [];
  const active = shownHits[state.activeIndex];
  const focusHit = active ?? hits[0];

  // A shareable address: /jobs/?q=coding+auditor&where=OH.
  useEffect(() => {
    const search = finderSearchParams(state.query, state.where);
    if (search !== window.location.search) {
      window.history.replaceState(null, '', `${window.location.pathname}${search}`);
    }
  }, [state.query, state.where]);

  // Announce the result count once typing pauses, not on every key.
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnouncement(resultAnnouncement(result)), 500);
    return () => window.clearTimeout(timer);
  }, [result]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = keyAction(event.key, event.altKey, hits.length);
    if (action === null) return;
    event.preventDefault();
    if (action !== 'accept') dispatch(action);
    else if (active && finder) window.location.assign(entryHref(active.entry, finder, state.where));
  };

  return (
    <div>
      <form
        role="search"
        aria-label="Job titles"
        onSubmit={(event) => event.preventDefault()}
        className="grid gap-3 sm:grid-cols-[1fr_14rem]"
      >
        <div>
          <label htmlFor="finder-what" className="block font-medium">
            What is your dream job?
          </label>
          <input
            id="finder-what"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={state.expanded && hits.length > 0}
            aria-controls={LISTBOX_ID}
            aria-activedescendant={active ? optionId(state.activeIndex) : undefined}
            aria-describedby="finder-what-hint"
            autoComplete="off"
            spellCheck={false}
            value={state.query}
            placeholder="e.g. coding auditor, CPC, AR caller"
            onChange={(event) => dispatch({ type: 'queryChanged', query: event.target.value })}
            onKeyDown={onKeyDown}
            onClick={() => dispatch({ type: 'open' })}
            className={INPUT_CLASS}
          />
          <p id="finder-what-hint" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            A job title, a credential (CPC, RHIT) or a few words about the work.
          </p>
        </div>
        <div>
          <label htmlFor="finder-where" className="block font-medium">
            Where?
          </label>
          <input
            id="finder-where"
            type="text"
            list="finder-places"
            autoComplete="off"
            value={state.where}
            placeholder="State or remote"
            aria-describedby="finder-where-hint"
            onChange={(event) => dispatch({ type: 'whereChanged', where: event.target.value })}
            className={INPUT_CLASS}
          />
          <datalist id="finder-places">
            <option value="Nationwide" />
            <option value="Remote" />
            {Object.values(US_STATES).map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <p id="finder-where-hint" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            A US state, &ldquo;remote&rdquo;, or empty for nationwide.
          </p>
        </div>
      </form>

      <p role="status" className="sr-only">
        {announcement}
      </p>
      {finder === null ? (
        <p className="mt-4 text-slate-600 dark:text-slate-400">Loading the job titles…</p>
      ) : null}
      {finder && state.query.trim() === '' ? (
        <p className="mt-4">
          Try{' '}
          {EXAMPLES.map((example, index) => (
            <span key={example.q}>
              {index > 0 ? ', ' : ''}
              <a href={`${finderSearchParams(example.q, example.where)}`}>{example.label}</a>
            </span>
          ))}
          .
        </p>
      ) : null}
      {result && finder ? (
        <SearchStatus
          result={result}
          hrefOf={(entry) => entryHref(entry, finder, state.where)}
          onSearchAsTyped={() => dispatch({ type: 'searchAsTyped' })}
        />
      ) : null}
      <ResultList
        id={LISTBOX_ID}
        hits={shownHits}
        activeIndex={state.activeIndex}
        hrefOf={(entry) => (finder ? entryHref(entry, finder, state.where) : '#')}
        occupationTitleOf={(code) => finder?.occupation(code)?.title}
      />
      {focusHit && finder ? (
        <PlacePanel
          entry={focusHit.entry}
          occupation={finder.occupation(focusHit.entry.occupations[0])}
          place={place}
        />
      ) : null}
    </div>
  );
}
