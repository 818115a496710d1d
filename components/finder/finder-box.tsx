'use client';

import { useEffect, useMemo, useReducer, useRef, useState, type KeyboardEvent } from 'react';
import {
  finderReducer,
  finderResult,
  finderSearchParams,
  hasFilters,
  INITIAL_FINDER_STATE,
  keyAction,
  MAX_QUERY_LENGTH,
  NO_FILTERS,
  readFilters,
  readFinderParams,
  resultAnnouncement,
  parsePlace,
  type FinderEntry,
  type FinderResult,
  type Finder,
} from '@/lib/finder';
import { US_STATES } from '@/lib/us-states';
import { SUBMIT_BUTTON } from '@/components/ui/button';
import { FIELD } from '@/components/ui/form-field';
import { FilterControls } from './filter-controls';
import { PlacePanel } from './place-panel';
import { ResultList, optionId } from './result-list';
import { SearchStatus } from './search-status';
import { UnderstoodLine } from './understood-line';
import { routes } from '@/lib/routes';

const LISTBOX_ID = 'finder-listbox';
const EXAMPLES = [
  { q: 'cpc', where: '', label: 'CPC' },
  { q: 'ar caller', where: '', label: 'AR caller' },
  { q: 'coding auditor', where: 'OH', label: 'coding auditor in Ohio' },
  { q: 'medical biller', where: 'remote', label: 'remote medical biller' },
];

/** A curated title's page (carrying the place), or O*NET's page of the occupation for the others. */
function entryHref(entry: FinderEntry, finder: Finder, where: string): string {
  if (entry.slug) return `${routes.job(entry.slug)}${finderSearchParams('', where)}`;
  return finder.occupation(entry.occupations[0])?.onetUrl ?? 'https://www.onetonline.org/';
}

/**
 * "What" as an ARIA combobox over the results list, "Where", a Search button and the filters. The
 * state is in the address. Enter on a highlighted option opens it; Enter otherwise, or the button,
 * reads the query (a place in it moves into Where) and shows the best matches.
 */
export function FinderBox({
  finder,
  initialSearch,
}: {
  finder: Finder | null;
  initialSearch: string;
}) {
  const [state, dispatch] = useReducer(finderReducer, initialSearch, (search) =>
    finderReducer(INITIAL_FINDER_STATE, {
      type: 'restored',
      ...readFinderParams(search),
      filters: readFilters(search),
    }),
  );
  const { query, where, filters, noCorrection, understood } = state;
  const result = useMemo(
    () => (finder ? finderResult(finder, { query, noCorrection, filters }) : undefined),
    [finder, query, noCorrection, filters],
  );
  const filtered = hasFilters(filters);
  // Once the index is in, the Where box knows cities too ("Cleveland").
  const place = useMemo(
    () => (finder ? finder.parsePlace(where) : parsePlace(where)),
    [finder, where],
  );
  const hits = result?.hits ?? [];
  const shownHits = state.expanded ? hits : [];
  const active = shownHits[state.activeIndex];
  // The place panel follows the highlighted title, or the best match; a filtered list has no best.
  const focusHit = active ?? (query.trim() === '' ? undefined : hits[0]);
  const resultsRef = useRef<HTMLDivElement>(null);

  // A shareable address: /jobs/?q=coding+auditor&where=OH&level=entry.
  useEffect(() => {
    const search = finderSearchParams(query, where, filters);
    if (search !== window.location.search) {
      window.history.replaceState(null, '', `${window.location.pathname}${search}`);
    }
  }, [query, where, filters]);

  // A search that arrives in the address (the home page's form) is read as if sent with Enter.
  const addressRead = useRef(false);
  useEffect(() => {
    if (!finder || addressRead.current) return;
    addressRead.current = true;
    if (query.trim() !== '') dispatch({ type: 'submitted', reading: finder.readQuery(query) });
  }, [finder, query]);

  // Announce the result once typing pauses, not on every key. The text is kept with the result it
  // describes, so the region goes quiet as soon as the query changes and never speaks an old one.
  const [announced, setAnnounced] = useState<{ result?: FinderResult; text: string }>({
    text: '',
  });
  useEffect(() => {
    const text = resultAnnouncement(result, { ...(understood ? { understood } : {}), filtered });
    const timer = window.setTimeout(() => setAnnounced({ result, text }), 500);
    return () => window.clearTimeout(timer);
  }, [result, understood, filtered]);
  const announcement = announced.result === result ? announced.text : '';

  const submit = () => {
    if (!finder) return;
    dispatch({ type: 'submitted', reading: finder.readQuery(query) });
    // On a phone the list starts below the fold: once it has rendered, bring its top up (a list
    // already in view stays put).
    window.requestAnimationFrame(() => {
      const results = resultsRef.current;
      if (results && results.getBoundingClientRect().top > window.innerHeight / 2) {
        results.scrollIntoView({ block: 'start' });
      }
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = keyAction(event.key, event.altKey, hits.length, active !== undefined);
    if (action === null) return;
    event.preventDefault();
    if (action !== 'accept') dispatch(action);
    else if (active && finder) window.location.assign(entryHref(active.entry, finder, where));
  };

  return (
    <div>
      <form
        role="search"
        aria-label="Job titles"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        className="grid gap-3 sm:grid-cols-[1fr_14rem_auto]"
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
            enterKeyHint="search"
            maxLength={MAX_QUERY_LENGTH}
            value={query}
            placeholder="e.g. coding auditor, CPC, AR caller"
            onChange={(event) => dispatch({ type: 'queryChanged', query: event.target.value })}
            onKeyDown={onKeyDown}
            onClick={() => dispatch({ type: 'open' })}
            className={FIELD}
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
            enterKeyHint="search"
            value={where}
            placeholder="City, state or remote"
            aria-describedby="finder-where-hint"
            onChange={(event) => dispatch({ type: 'whereChanged', where: event.target.value })}
            className={FIELD}
          />
          <datalist id="finder-places">
            <option value="Nationwide" />
            <option value="Remote" />
            {Object.values(US_STATES).map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <p id="finder-where-hint" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            A city, state or ZIP code, or &ldquo;remote&rdquo;. Leave it empty for the whole US.
          </p>
        </div>
        <div className="sm:pt-7">
          <button type="submit" className={`${SUBMIT_BUTTON} w-full sm:w-auto`}>
            Search
          </button>
        </div>
        <div className="sm:col-span-3">
          <FilterControls
            filters={filters}
            onChange={(next) => dispatch({ type: 'filtersChanged', filters: next })}
            offerOftenRemote={finder?.entries.some((entry) => entry.oftenRemote) ?? false}
          />
        </div>
      </form>

      <p role="status" className="sr-only">
        {announcement}
      </p>
      <div ref={resultsRef} className="scroll-mt-4">
        {finder === null ? (
          <p className="mt-4 text-slate-600 dark:text-slate-400">Loading the job titles…</p>
        ) : null}
        {understood ? <UnderstoodLine understood={understood} /> : null}
        {finder && query.trim() === '' && !filtered ? (
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
            filters={filters}
            hrefOf={(entry) => entryHref(entry, finder, where)}
            onSearchAsTyped={() => dispatch({ type: 'searchAsTyped' })}
            onClearFilters={() => dispatch({ type: 'filtersChanged', filters: NO_FILTERS })}
          />
        ) : null}
        <ResultList
          id={LISTBOX_ID}
          hits={shownHits}
          activeIndex={state.activeIndex}
          hrefOf={(entry) => (finder ? entryHref(entry, finder, where) : '#')}
          occupationTitleOf={(code) => finder?.occupation(code)?.title}
        />
      </div>
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
