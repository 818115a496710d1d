import { describe, expect, it } from 'vitest';
import {
  finderReducer,
  finderSearchParams,
  INITIAL_FINDER_STATE,
  keyAction,
  type FinderAction,
  type FinderState,
} from '@/lib/finder/finder-state';
import { getMessages } from '@/lib/i18n/messages';

import { resultAnnouncement } from '@/lib/finder/finder-messages';
import { readFinderParams } from '@/lib/finder/finder-params';

const words = getMessages('en').finder;
const spanish = getMessages('es').finder;

const run = (actions: FinderAction[], start: FinderState = INITIAL_FINDER_STATE) =>
  actions.reduce(finderReducer, start);

describe('finderReducer', () => {
  it('opens the list when something is typed and resets the highlight', () => {
    const state = run([{ type: 'queryChanged', query: 'coder' }]);
    expect(state).toMatchObject({ query: 'coder', expanded: true, activeIndex: -1 });
    expect(run([{ type: 'queryChanged', query: '  ' }]).expanded).toBe(false);
  });

  it('moves down and up through the options, wrapping at the ends', () => {
    const typed = run([{ type: 'queryChanged', query: 'coder' }]);
    const down = (state: FinderState) => finderReducer(state, { type: 'next', optionCount: 3 });
    const up = (state: FinderState) => finderReducer(state, { type: 'previous', optionCount: 3 });
    expect(down(typed).activeIndex).toBe(0);
    expect(down(down(down(typed))).activeIndex).toBe(2);
    expect(down(down(down(down(typed)))).activeIndex).toBe(0);
    expect(up(typed).activeIndex).toBe(2);
    expect(up(down(typed)).activeIndex).toBe(2);
    expect(finderReducer(typed, { type: 'next', optionCount: 0 }).activeIndex).toBe(-1);
  });

  it('opens a closed list on Down, at the first option', () => {
    const closed = run([{ type: 'queryChanged', query: 'coder' }, { type: 'escape' }]);
    expect(closed.expanded).toBe(false);
    expect(finderReducer(closed, { type: 'next', optionCount: 3 })).toMatchObject({
      expanded: true,
      activeIndex: 0,
    });
    expect(finderReducer(closed, { type: 'open' }).expanded).toBe(true);
  });

  it('closes on the first Escape and clears on the second', () => {
    const once = run([
      { type: 'queryChanged', query: 'coder' },
      { type: 'next', optionCount: 2 },
      { type: 'escape' },
    ]);
    expect(once).toMatchObject({ query: 'coder', expanded: false, activeIndex: -1 });
    expect(finderReducer(once, { type: 'escape' }).query).toBe('');
  });

  it('turns spelling correction off until the query changes', () => {
    const asTyped = run([{ type: 'queryChanged', query: 'codng' }, { type: 'searchAsTyped' }]);
    expect(asTyped.noCorrection).toBe(true);
    expect(finderReducer(asTyped, { type: 'queryChanged', query: 'coding' }).noCorrection).toBe(
      false,
    );
  });

  it('restores a shared search, list open', () => {
    expect(run([{ type: 'restored', query: 'coding auditor', where: 'OH' }])).toEqual({
      ...INITIAL_FINDER_STATE,
      query: 'coding auditor',
      where: 'OH',
      expanded: true,
    });
  });

  it('keeps the place apart from the query', () => {
    expect(run([{ type: 'whereChanged', where: 'Ohio' }]).where).toBe('Ohio');
  });
});

describe('search parameters', () => {
  it('writes the query and a canonical place', () => {
    expect(finderSearchParams('coding auditor', 'Ohio')).toBe('?q=coding+auditor&where=OH');
    expect(finderSearchParams('cpc', 'remote')).toBe('?q=cpc&where=remote');
    expect(finderSearchParams(' ', 'anywhere')).toBe('');
  });

  it('reads them back, cutting overlong values', () => {
    expect(readFinderParams('?q=coding+auditor&where=OH')).toEqual({
      query: 'coding auditor',
      where: 'OH',
    });
    expect(readFinderParams('').query).toBe('');
    expect(readFinderParams(`?q=${'a'.repeat(5000)}`).query).toHaveLength(120);
  });
});

describe('keyAction', () => {
  it('maps the combobox keys', () => {
    expect(keyAction('ArrowDown', false, 4)).toEqual({ type: 'next', optionCount: 4 });
    expect(keyAction('ArrowDown', true, 4)).toEqual({ type: 'open' });
    expect(keyAction('ArrowUp', false, 4)).toEqual({ type: 'previous', optionCount: 4 });
    expect(keyAction('Escape', false, 4)).toEqual({ type: 'escape' });
    // Enter opens a highlighted option; with none highlighted the form submits the search.
    expect(keyAction('Enter', false, 4, true)).toBe('accept');
    expect(keyAction('Enter', false, 4)).toBeNull();
    expect(keyAction('a', false, 4)).toBeNull();
  });
});

describe('resultAnnouncement', () => {
  const base = {
    query: 'coder',
    ignoredWords: [],
    hits: [],
    more: false,
    closest: [],
    closestBasis: 'similar' as const,
  };
  const hit = {
    entry: {
      id: 'x',
      title: 'X',
      prevalence: 'low' as const,
      certifications: [],
      occupations: [],
      alternates: [],
      abbreviations: [],
    },
    title: { text: 'X', ranges: [] },
    matchedCredentials: [],
    phase: 'exact' as const,
  };

  it('says nothing for an empty box and counts what was found', () => {
    expect(resultAnnouncement(undefined, words)).toBe('');
    expect(resultAnnouncement({ ...base, query: ' ' }, words)).toBe('');
    expect(resultAnnouncement(base, words)).toBe('No job titles match “coder”.');
    expect(resultAnnouncement({ ...base, hits: [hit] }, words)).toBe(
      '1 job title found for “coder”. Use the up and down arrows to choose one.',
    );
    expect(
      resultAnnouncement({ ...base, hits: [hit, hit], more: true, correctedQuery: 'coder' }, words),
    ).toBe(
      'Showing the best 2 job titles for “coder”. Showing results for coder. Use the up and down arrows to choose one.',
    );
  });

  it('speaks Spanish with the Spanish words', () => {
    expect(resultAnnouncement({ ...base, query: 'cobranza' }, spanish)).toBe(
      'Ningún puesto coincide con “cobranza”.',
    );
    expect(resultAnnouncement({ ...base, query: 'cobranza', hits: [hit, hit] }, spanish)).toBe(
      'Se encontraron 2 puestos para “cobranza”. Use las flechas hacia arriba y hacia abajo para elegir uno.',
    );
  });
});
