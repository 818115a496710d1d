import { describe, expect, it } from 'vitest';
import {
  compareProblem,
  compareScreen,
  isCompareTitle,
  payComparison,
  pickerChoice,
  problemNotice,
  readComparePair,
  remoteSentences,
  type LoadedTitle,
} from '@/lib/job-compare';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';
import {
  BILLER,
  CODER,
  KNOWN,
  NO_PAY,
  OLDER_PERIOD,
  SAME_OCCUPATION,
} from '../fixtures/job-compare/titles';

const { problems, payNotes } = getMessages('en').jobs.compare;

const loaded = (...titles: LoadedTitle[]) =>
  new Map(
    titles.map((title, index) => [typeof title === 'string' ? `t${index}` : title.slug, title]),
  );

describe('the compare address', () => {
  it('round-trips through routes.jobCompare', () => {
    const href = routes.jobCompare('medical-coder', 'medical-biller');
    expect(href).toBe('/jobs/compare/?a=medical-coder&b=medical-biller');
    expect(readComparePair(href.slice(href.indexOf('?')))).toEqual({
      a: 'medical-coder',
      b: 'medical-biller',
    });
    expect(routes.jobCompare()).toBe('/jobs/compare/');
  });

  it('reads a messy query calmly: case, spaces, a missing side, an essay', () => {
    expect(readComparePair('?a=%20Medical-Coder%20')).toEqual({ a: 'medical-coder', b: '' });
    expect(readComparePair('').a).toBe('');
    expect(readComparePair(`?a=${'x'.repeat(5000)}`).a.length).toBe(80);
  });
});

describe('compareProblem', () => {
  it('accepts two different known titles, and a first visit naming none', () => {
    expect(compareProblem({ a: 'medical-coder', b: 'medical-biller' }, KNOWN)).toBeUndefined();
    expect(compareProblem({ a: '', b: '' }, KNOWN)).toBeUndefined();
  });

  it('names an unknown slug by its side, without echoing it', () => {
    const problem = compareProblem({ a: 'medical-coder', b: '<script>alert(1)</script>' }, KNOWN);
    expect(problem).toEqual({ kind: 'unknown', sides: ['b'] });
    const notice = problemNotice(problem ?? { kind: 'same' }, 'link', problems);
    expect(notice.alert).toBe(true);
    expect(notice.text).toMatch(/^The second job title in this link is not one this site knows/);
    expect(notice.text).not.toContain('script');
    expect(problemNotice({ kind: 'unknown', sides: ['a', 'b'] }, 'link', problems).text).toMatch(
      /^Neither job title/,
    );
  });

  it('refuses the same title twice, and a link with only the second title', () => {
    expect(compareProblem({ a: 'medical-coder', b: 'medical-coder' }, KNOWN)).toEqual({
      kind: 'same',
    });
    expect(compareProblem({ a: 'medical-coder', b: '' }, KNOWN)).toEqual({
      kind: 'missing',
      side: 'b',
    });
    expect(problemNotice({ kind: 'missing', side: 'a' }, 'link', problems)).toEqual({
      text: expect.stringContaining('Choose the first title'),
      alert: true,
    });
  });

  it('takes a link with the first title only as a start, as job pages make them', () => {
    expect(problemNotice({ kind: 'missing', side: 'b' }, 'link', problems)).toEqual({
      text: 'Now choose the second title.',
      alert: false,
    });
  });

  it('prompts calmly, with no alert, while the reader is still choosing', () => {
    expect(problemNotice({ kind: 'missing', side: 'b' }, 'pickers', problems)).toEqual({
      text: 'Now choose the second title.',
      alert: false,
    });
    expect(problemNotice({ kind: 'same' }, 'pickers', problems)).toEqual({
      text: 'Both pickers show the same title. Choose a different second title.',
      alert: true,
    });
  });

  it('keeps the known side in the pickers and clears the unknown one', () => {
    expect(pickerChoice({ a: 'nope', b: 'medical-biller' }, KNOWN)).toEqual({
      a: '',
      b: 'medical-biller',
    });
  });
});

describe('payComparison: like with like', () => {
  it('says two figures of the same measure and period compare like with like', () => {
    const pay = payComparison(CODER, BILLER, payNotes);
    expect(pay.likeWithLike).toBe(true);
    expect(pay.note).toBe(
      'Both figures are median pay for May 2025, so they compare like with like.',
    );
  });

  it('says so when the periods differ', () => {
    const pay = payComparison(CODER, OLDER_PERIOD, payNotes);
    expect(pay.likeWithLike).toBe(false);
    expect(pay.note).toContain('Not like with like');
    expect(pay.note).toContain('May 2025');
    expect(pay.note).toContain('May 2024');
  });

  it('warns that two titles of one occupation show one figure that does not tell them apart', () => {
    const pay = payComparison(CODER, SAME_OCCUPATION, payNotes);
    expect(pay.likeWithLike).toBe(true);
    expect(pay.note).toContain('same occupation, Medical Records Specialists');
    expect(pay.note).toContain('does not tell them apart');
  });

  it('compares no pay when one title has none that fits (payFits false)', () => {
    const pay = payComparison(CODER, NO_PAY, payNotes);
    expect(pay.likeWithLike).toBe(false);
    expect(pay.note).toBe(
      'Only Medical Coder has a pay figure that fits, so pay cannot be compared here.',
    );
    expect(payComparison(NO_PAY, NO_PAY, payNotes).note).toMatch(/^Neither title/);
  });
});

describe('compareScreen', () => {
  const pair = { a: CODER.slug, b: BILLER.slug };

  it('asks for two titles on a first visit, and alerts on a broken pair', () => {
    expect(compareScreen({ a: '', b: '' }, KNOWN, new Map(), payNotes)).toEqual({ kind: 'choose' });
    expect(compareScreen({ a: 'x', b: CODER.slug }, KNOWN, new Map(), payNotes)).toEqual({
      kind: 'choose',
      problem: { kind: 'unknown', sides: ['a'] },
    });
  });

  it('waits for both files, then shows both with one list of sources', () => {
    expect(compareScreen(pair, KNOWN, loaded(CODER), payNotes).kind).toBe('loading');
    const screen = compareScreen(pair, KNOWN, loaded(CODER, BILLER), payNotes);
    expect(screen.kind).toBe('ready');
    if (screen.kind !== 'ready') return;
    expect([screen.a.name, screen.b.name]).toEqual(['Medical Coder', 'Medical Biller']);
    expect(screen.sources.map((source) => source.id)).toEqual(['bls-oews']);
  });

  it('says when a file failed to load', () => {
    const files = new Map<string, LoadedTitle>([
      [CODER.slug, CODER],
      [BILLER.slug, 'failed'],
    ]);
    expect(compareScreen(pair, KNOWN, files, payNotes).kind).toBe('failed');
  });

  it('accepts only a file of this version for the title asked for', () => {
    expect(isCompareTitle(CODER, CODER.slug)).toBe(true);
    expect(isCompareTitle(CODER, BILLER.slug)).toBe(false);
    expect(isCompareTitle({ ...CODER, version: 0 }, CODER.slug)).toBe(false);
    expect(isCompareTitle('<html>', CODER.slug)).toBe(false);
  });
});

describe('remoteSentences', () => {
  it('quotes only the sentences that mention remote work, each once', () => {
    expect(
      remoteSentences(
        'Writes notes in the room or remotely.',
        'A scribe follows the doctor. Most jobs are remote, with agencies. It is desk work.',
        'Writes notes in the room or remotely.',
      ),
    ).toEqual(['Writes notes in the room or remotely.', 'Most jobs are remote, with agencies.']);
    expect(remoteSentences('Works at the front desk of a clinic.')).toEqual([]);
  });
});
