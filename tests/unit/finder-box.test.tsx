// @vitest-environment happy-dom
// The search box wired to a fake Finder (tests/fixtures/finder/fake-finder), whose readQuery finds
// "in Ohio": Enter moves the place into Where and the page says what it understood; each result
// says what the job is and its level; the live region only ever speaks of the current query.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FinderBox } from '@/components/finder/finder-box';
import { getMessages } from '@/lib/i18n/messages';
import { FAKE_FINDER } from '../fixtures/finder/fake-finder';

const labels = getMessages('en').finder;

const whatBox = () => screen.getByRole('combobox', { name: 'What is your dream job?' });
const status = () => screen.getByRole('status');
const results = () =>
  within(screen.getByRole('listbox', { name: 'Matching job titles' })).getAllByRole('option');

beforeEach(() => {
  vi.useFakeTimers();
  // The place panel asks for a state's pay file: none here.
  vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')));
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/jobs/');
});

describe('FinderBox', () => {
  it('on Enter moves the place into Where and says what it understood', () => {
    render(<FinderBox finder={FAKE_FINDER} initialSearch="" labels={labels} locale="en" />);
    fireEvent.change(whatBox(), { target: { value: 'coder in Ohio' } });
    fireEvent.submit(screen.getByRole('search'));
    expect(whatBox()).toHaveProperty('value', 'coder');
    expect(screen.getByRole('combobox', { name: 'Where?' })).toHaveProperty('value', 'Ohio');
    expect(screen.getByText('Coder jobs in Ohio')).toBeTruthy();
    expect(screen.getByText('“in Ohio” moved to Where.')).toBeTruthy();
    expect(window.location.search).toBe('?q=coder&where=OH');
  });

  it('reads a search that arrives in the address, as from the home page', () => {
    render(
      <FinderBox
        finder={FAKE_FINDER}
        initialSearch="?q=biller+remote"
        labels={labels}
        locale="en"
      />,
    );
    expect(whatBox()).toHaveProperty('value', 'biller');
    expect(screen.getByText('Biller jobs, remote')).toBeTruthy();
  });

  it('shows each title with what it is and its level, and an O*NET-only title with no summary', () => {
    render(<FinderBox finder={FAKE_FINDER} initialSearch="?q=coder" labels={labels} locale="en" />);
    const [coder, trainee] = results();
    expect(coder?.textContent).toContain('Turns visit notes into codes.');
    expect(coder?.textContent).toContain('Entry level · Coding · Often remote');
    expect(trainee?.textContent).toContain('No page on this site: the link opens O*NET.');
  });

  it('never lets the live region speak of an earlier query', () => {
    render(<FinderBox finder={FAKE_FINDER} initialSearch="" labels={labels} locale="en" />);
    fireEvent.change(whatBox(), { target: { value: 'coder' } });
    act(() => vi.advanceTimersByTime(600));
    expect(status().textContent).toContain('found for “coder”');
    fireEvent.change(whatBox(), { target: { value: 'biller' } });
    // Quiet at once, then the new query once typing pauses.
    expect(status().textContent).toBe('');
    act(() => vi.advanceTimersByTime(200));
    fireEvent.change(whatBox(), { target: { value: 'auditor' } });
    act(() => vi.advanceTimersByTime(600));
    expect(status().textContent).toContain('found for “auditor”');
    expect(status().textContent).not.toContain('biller');
  });

  it('puts the filters in the address and narrows the list', () => {
    render(<FinderBox finder={FAKE_FINDER} initialSearch="?q=coder" labels={labels} locale="en" />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Level' }), {
      target: { value: 'entry' },
    });
    expect(window.location.search).toBe('?q=coder&level=entry');
    expect(results().map((option) => option.textContent)).toEqual([
      expect.stringContaining('Medical Coder'),
    ]);
  });
});
