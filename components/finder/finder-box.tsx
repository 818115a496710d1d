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
import type { FinderLabels } from '@/lib/finder/labels';
import type { Locale } from '@/lib/i18n/locales';
import { routesFor, type Routes } from '@/lib/routes';

const LISTBOX_ID = 'finder-listbox';

/** The examples under an empty box: a credential, job-board slang, a state, remote work. */
function examples(m: FinderLabels['box']['examples']) {
  return [
    { q: m.credentialQuery, where: '', label: m.credential },
    { q: m.slangQuery, where: '', label: m.slang },
    { q: m.inStateQuery, where: 'OH', label: m.inState },
    { q: m.remoteQuery, where: 'remote', label: m.remote },
  ];
}

/** A curated title's page (carrying the place), or O*NET's page of the occupation for the others. */
function entryHref(entry: FinderEntry, finder: Finder, where: string, links: Routes): string {
  if (entry.slug) return `${links.job(entry.slug)}${finderSearchParams('', where)}`;
  return finder.occupation(entry.occupations[0])?.onetUrl ?? 'https://www.onetonline.org/';
}

/** "Try CPC, AR caller, …": the template's {examples} as links, the sentence kept whole. */
function TryExamples({
  template,
  examples: list,
}: {
  template: string;
  examples: { q: string; where: string; label: string }[];
}) {
  const [before = '', after = ''] = template.split('{examples}');
  return (
    <>
      {before}
      {list.map((example, index) => (
        <span key={example.q}>
          {index > 0 ? ', ' : ''}
          <a href={finderSearchParams(example.q, example.where)}>{example.label}</a>
        </span>
      ))}
      {after}
    </>
  );
}

/**
 * "What" as an ARIA combobox over the results list, "Where", a Search button and the filters. The
 * state is in the address. Enter on a highlighted option opens it; Enter otherwise, or the button,
 * reads the query (a place in it moves into Where) and shows the best matches.
 */
export function FinderBox({
  finder,
  initialSearch,
  labels,
  locale,
}: {
  finder: Finder | null;
  initialSearch: string;
  labels: FinderLabels;
  locale: Locale;
}) {
  const links = routesFor(locale);
  const m = labels.box;
  const [state, dispatch] = useReducer(finderReducer, initialSearch, (search) =>
    finderReducer(INITIAL_FINDER_STATE, {
      type: 'restored',
      ...readFinderParams(search),
      filters: readFilters(search),
    }),
  );
  const { query, where, filters, noCorrection, understood } = state;
  const hrefOf = (entry: FinderEntry, from: Finder) => entryHref(entry, from, where, links);
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
    if (query.trim() !== '') {
      dispatch({ type: 'submitted', reading: finder.readQuery(query), remoteWord: m.remoteOption });
    }
  }, [finder, query, m.remoteOption]);

  // Announce the result once typing pauses, not on every key. The text is kept with the result it
  // describes, so the region goes quiet as soon as the query changes and never speaks an old one.
  const [announced, setAnnounced] = useState<{ result?: FinderResult; text: string }>({
    text: '',
  });
  useEffect(() => {
    const text = resultAnnouncement(result, labels, {
      ...(understood ? { understood } : {}),
      filtered,
    });
    const timer = window.setTimeout(() => setAnnounced({ result, text }), 500);
    return () => window.clearTimeout(timer);
  }, [result, understood, filtered, labels]);
  const announcement = announced.result === result ? announced.text : '';

  const submit = () => {
    if (!finder) return;
    dispatch({ type: 'submitted', reading: finder.readQuery(query), remoteWord: m.remoteOption });
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
    else if (active && finder) window.location.assign(hrefOf(active.entry, finder));
  };

  return (
    <div>
      <form
        role="search"
        aria-label={m.formLabel}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        className="grid gap-3 sm:grid-cols-[1fr_14rem_auto]"
      >
        <div>
          <label htmlFor="finder-what" className="block font-medium">
            {m.whatLabel}
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
            placeholder={m.whatPlaceholder}
            onChange={(event) => dispatch({ type: 'queryChanged', query: event.target.value })}
            onKeyDown={onKeyDown}
            onClick={() => dispatch({ type: 'open' })}
            className={FIELD}
          />
          <p id="finder-what-hint" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {m.whatHint}
          </p>
        </div>
        <div>
          <label htmlFor="finder-where" className="block font-medium">
            {m.whereLabel}
          </label>
          <input
            id="finder-where"
            type="text"
            list="finder-places"
            autoComplete="off"
            enterKeyHint="search"
            value={where}
            placeholder={m.wherePlaceholder}
            aria-describedby="finder-where-hint"
            onChange={(event) => dispatch({ type: 'whereChanged', where: event.target.value })}
            className={FIELD}
          />
          <datalist id="finder-places">
            <option value={m.nationwideOption} />
            <option value={m.remoteOption} />
            {Object.values(US_STATES).map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <p id="finder-where-hint" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {m.whereHint}
          </p>
        </div>
        <div className="sm:pt-7">
          <button type="submit" className={`${SUBMIT_BUTTON} w-full sm:w-auto`}>
            {m.search}
          </button>
        </div>
        <div className="sm:col-span-3">
          <FilterControls
            filters={filters}
            onChange={(next) => dispatch({ type: 'filtersChanged', filters: next })}
            offerOftenRemote={finder?.entries.some((entry) => entry.oftenRemote) ?? false}
            labels={labels}
          />
        </div>
      </form>

      <p role="status" className="sr-only">
        {announcement}
      </p>
      <div ref={resultsRef} className="scroll-mt-4">
        {finder === null ? (
          <p className="mt-4 text-slate-600 dark:text-slate-400">{m.loading}</p>
        ) : null}
        {understood ? <UnderstoodLine understood={understood} labels={labels} /> : null}
        {finder && query.trim() === '' && !filtered ? (
          <p className="mt-4">
            <TryExamples template={m.tryExamples} examples={examples(m.examples)} />
          </p>
        ) : null}
        {result && finder ? (
          <SearchStatus
            result={result}
            filters={filters}
            hrefOf={(entry) => hrefOf(entry, finder)}
            onSearchAsTyped={() => dispatch({ type: 'searchAsTyped' })}
            onClearFilters={() => dispatch({ type: 'filtersChanged', filters: NO_FILTERS })}
            labels={labels}
          />
        ) : null}
        <ResultList
          id={LISTBOX_ID}
          hits={shownHits}
          activeIndex={state.activeIndex}
          hrefOf={(entry) => (finder ? hrefOf(entry, finder) : '#')}
          occupationTitleOf={(code) => finder?.occupation(code)?.title}
          labels={labels}
        />
      </div>
      {focusHit && finder ? (
        <PlacePanel
          entry={focusHit.entry}
          occupation={finder.occupation(focusHit.entry.occupations[0])}
          place={place}
          labels={labels}
          links={links}
          locale={locale}
        />
      ) : null}
    </div>
  );
}
