// The search box's behaviour from issue 12, against a fake Finder (tests/fixtures/finder/fake-finder):
// Enter reads the query and moves its place into Where, the query is capped, the live region names
// the current query, filters narrow the list and ride in the address, and a missing title's address
// becomes a search.
import { describe, expect, it } from 'vitest';
import {
  finderReducer,
  finderResult,
  finderSearchParams,
  INITIAL_FINDER_STATE,
  MAX_QUERY_LENGTH,
  missingTitleWords,
  readFilters,
  readFinderParams,
  resultAnnouncement,
  setFilter,
  understoodText,
  type FinderState,
} from '@/lib/finder';
import { getMessages } from '@/lib/i18n/messages';
import { FAKE_FINDER } from '../fixtures/finder/fake-finder';

const words = getMessages('en').finder;
const spanish = getMessages('es').finder;

const typed = (query: string, where = ''): FinderState =>
  finderReducer(finderReducer(INITIAL_FINDER_STATE, { type: 'whereChanged', where }), {
    type: 'queryChanged',
    query,
  });
const enter = (state: FinderState): FinderState =>
  finderReducer(state, {
    type: 'submitted',
    reading: FAKE_FINDER.readQuery(state.query),
    remoteWord: words.box.remoteOption,
  });
const titles = (state: FinderState) =>
  finderResult(FAKE_FINDER, state)?.hits.map((hit) => hit.entry.title);

describe('Enter', () => {
  it('moves a place named in the query into Where and keeps the job words', () => {
    const state = enter(typed('coder in Ohio', 'Texas'));
    expect(state).toMatchObject({ query: 'coder', where: 'Ohio', expanded: true, activeIndex: -1 });
    expect(state.understood).toEqual({
      what: 'coder',
      place: { kind: 'state', code: 'OH', name: 'Ohio' },
      placeText: 'in Ohio',
    });
    expect(finderSearchParams(state.query, state.where)).toBe('?q=coder&where=OH');
    expect(enter(typed('biller remote'))).toMatchObject({ query: 'biller', where: 'Remote' });
  });

  it('searches the query as it is when it names no place, and opens the list', () => {
    const closed = finderReducer(typed('medical coder', 'OH'), { type: 'escape' });
    const state = enter(closed);
    expect(state).toMatchObject({ query: 'medical coder', where: 'OH', expanded: true });
    expect(state.understood).toBeUndefined();
  });

  it('forgets what it understood once either box changes', () => {
    const state = enter(typed('coder in Ohio'));
    expect(finderReducer(state, { type: 'queryChanged', query: 'coders' }).understood).toBe(
      undefined,
    );
    expect(finderReducer(state, { type: 'whereChanged', where: 'TX' }).understood).toBe(undefined);
  });

  it('says what it understood in words', () => {
    const ohio = { kind: 'state', code: 'OH', name: 'Ohio' } as const;
    expect(understoodText({ what: 'medical coder', place: ohio }, words)).toBe(
      'Medical coder jobs in Ohio',
    );
    expect(understoodText({ what: 'CPC jobs', place: { kind: 'remote' } }, words)).toBe(
      'CPC jobs, remote',
    );
    expect(understoodText({ what: '', place: ohio }, words)).toBe('Jobs in Ohio');
    expect(understoodText({ what: 'someone who fixes denied claims', place: ohio }, words)).toBe(
      'Jobs for “someone who fixes denied claims” in Ohio',
    );
    expect(understoodText({ what: '', place: { kind: 'remote' } }, words)).toBe('Remote jobs');
  });

  it('says it in Spanish on the Spanish page', () => {
    const ohio = { kind: 'state', code: 'OH', name: 'Ohio' } as const;
    expect(understoodText({ what: 'codificador médico', place: ohio }, spanish)).toBe(
      'Empleos de codificador médico en Ohio',
    );
    expect(
      understoodText({ what: 'empleos de facturador', place: { kind: 'remote' } }, spanish),
    ).toBe('Empleos de facturador, remotos');
    expect(understoodText({ what: '', place: { kind: 'nationwide' } }, spanish)).toBe('Empleos');
  });
});

describe('the query cap', () => {
  it('keeps at most MAX_QUERY_LENGTH characters in the box and in the address', () => {
    const long = 'coder '.repeat(2000);
    expect(typed(long).query).toHaveLength(MAX_QUERY_LENGTH);
    const search = finderSearchParams(long, '');
    expect(new URLSearchParams(search).get('q')?.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
});

describe('the live region', () => {
  it('names the query it speaks about, and what Enter understood', () => {
    const state = enter(typed('coder in Ohio'));
    const result = finderResult(FAKE_FINDER, state);
    expect(resultAnnouncement(result, words, { understood: state.understood! })).toBe(
      'Coder jobs in Ohio. 2 job titles found for “coder”. Use the up and down arrows to choose one.',
    );
  });

  it('speaks of filters when the box is empty and a filter is on', () => {
    const state = finderReducer(typed(''), {
      type: 'filtersChanged',
      filters: { family: 'billing', oftenRemote: true },
    });
    const result = finderResult(FAKE_FINDER, state);
    expect(resultAnnouncement(result, words, { filtered: true })).toBe(
      'No job titles match these filters.',
    );
    expect(resultAnnouncement(result, words)).toBe('');
  });
});

describe('filters', () => {
  it('narrow the hits by family, level and often remote; O*NET-only titles drop out', () => {
    const coder = typed('coder');
    expect(titles(coder)).toEqual(['Medical Coder', 'Coder Trainee']);
    const entry = finderReducer(coder, { type: 'filtersChanged', filters: { level: 'entry' } });
    expect(titles(entry)).toEqual(['Medical Coder']);
    const remote = finderReducer(typed('medical'), {
      type: 'filtersChanged',
      filters: { oftenRemote: true },
    });
    expect(titles(remote)).toEqual(['Medical Coder']);
  });

  it('with an empty box, list every curated title that fits', () => {
    const state = finderReducer(typed(''), {
      type: 'filtersChanged',
      filters: { family: 'coding' },
    });
    expect(state.expanded).toBe(true);
    expect(titles(state)).toEqual(['Coding Auditor', 'Medical Coder']);
    // Escape closes that list too, and Alt+Down or a click opens it again.
    const closed = finderReducer(state, { type: 'escape' });
    expect(closed.expanded).toBe(false);
    expect(finderReducer(closed, { type: 'open' }).expanded).toBe(true);
    const cleared = finderReducer(finderReducer(state, { type: 'queryChanged', query: 'x' }), {
      type: 'queryChanged',
      query: '',
    });
    expect(cleared.expanded).toBe(true);
    expect(finderResult(FAKE_FINDER, typed(''))).toBeUndefined();
  });

  it('are written to the address and read back; unknown values are dropped', () => {
    const filters = setFilter(setFilter({}, 'level', 'entry'), 'oftenRemote', '1');
    expect(filters).toEqual({ level: 'entry', oftenRemote: true });
    const search = finderSearchParams('coder', 'OH', filters);
    expect(search).toBe('?q=coder&where=OH&level=entry&often-remote=1');
    expect(readFilters(search)).toEqual(filters);
    expect(readFinderParams(search)).toEqual({ query: 'coder', where: 'OH' });
    expect(readFilters('?family=plumbing&level=boss&often-remote=yes')).toEqual({});
    expect(setFilter(filters, 'level', '')).toEqual({ oftenRemote: true });
  });

  it('open a shared address with the list shown', () => {
    const state = finderReducer(INITIAL_FINDER_STATE, {
      type: 'restored',
      query: '',
      where: '',
      filters: readFilters('?family=coding'),
    });
    expect(state).toMatchObject({ filters: { family: 'coding' }, expanded: true });
  });
});

describe('missingTitleWords', () => {
  it('reads a missing job-title address as search words', () => {
    expect(missingTitleWords('/jobs/medical-codr/')).toBe('medical codr');
    expect(missingTitleWords('/jobs/Coding_Auditr')).toBe('coding auditr');
    expect(missingTitleWords('/jobs/caf%C3%A9-coder/')).toBe('café coder');
  });

  it('ignores other addresses and broken escapes', () => {
    expect(missingTitleWords('/jobs/')).toBeUndefined();
    expect(missingTitleWords('/compare/nope/')).toBeUndefined();
    expect(missingTitleWords('/jobs/a/b/')).toBeUndefined();
    expect(missingTitleWords('/jobs/%E0%A4%A/')).toBeUndefined();
  });
});
