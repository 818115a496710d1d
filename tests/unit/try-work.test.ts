// Scoring, the end-of-set summary and the island's reducer of the try-the-work sets.
import { describe, expect, it } from 'vitest';
import {
  answerOption,
  initialTryRun,
  scoreOf,
  summaryOf,
  tryRunReducer,
  type TryRunAction,
  type TryRunState,
} from '@/lib/try-work';
import { getMessages } from '@/lib/i18n/messages';

const cases = [
  { id: 'one', answer: 'a', options: [{ id: 'a' }, { id: 'b' }] },
  { id: 'two', answer: 'b', options: [{ id: 'a' }, { id: 'b' }] },
  { id: 'three', answer: 'a', options: [{ id: 'a' }, { id: 'b' }] },
];
const feelings = {
  enjoyed: 'Look at coding.',
  fine: 'Try the other set.',
  notForMe: 'Good to know.',
};

describe('scoreOf', () => {
  it('counts right answers out of every case, unanswered ones as wrong', () => {
    expect(scoreOf(cases, { one: 'a', two: 'a' })).toEqual({ right: 1, total: 3 });
    expect(scoreOf(cases, { one: 'a', two: 'b', three: 'a' })).toEqual({ right: 3, total: 3 });
    expect(scoreOf(cases, {})).toEqual({ right: 0, total: 3 });
    expect(scoreOf([], {})).toEqual({ right: 0, total: 0 });
  });

  it('ignores answers to cases that are not in the set', () => {
    expect(scoreOf(cases, { other: 'a', one: 'a' })).toEqual({ right: 1, total: 3 });
  });
});

it('answerOption finds the option that is the answer', () => {
  expect(answerOption({ answer: 'b', options: [{ id: 'a' }, { id: 'b' }] })).toEqual({ id: 'b' });
});

describe('summaryOf', () => {
  const english = getMessages('en').tryWork.end;
  const spanish = getMessages('es').tryWork.end;

  it('says the score, and what the feeling suggests once there is one', () => {
    const summary = summaryOf({ right: 6, total: 8 }, null, feelings, english);
    expect(summary.scoreLine).toBe('You got 6 of 8 right.');
    expect(summary.suggestion).toBeNull();
    expect(summaryOf({ right: 6, total: 8 }, 'notForMe', feelings, english).suggestion).toBe(
      'Good to know.',
    );
  });

  it('praises a full score and plays down a low one', () => {
    const full = summaryOf({ right: 8, total: 8 }, 'enjoyed', feelings, english);
    expect(full.scoreNote).toMatch(/Every one/);
    const low = summaryOf({ right: 2, total: 8 }, 'fine', feelings, english);
    expect(low.scoreNote).toMatch(/matters more/);
  });

  it('says the same in Spanish', () => {
    expect(summaryOf({ right: 6, total: 8 }, null, feelings, spanish).scoreLine).toBe(
      'Acertó 6 de 8.',
    );
    expect(summaryOf({ right: 8, total: 8 }, null, feelings, spanish).scoreNote).toMatch(
      /Acertó todos/,
    );
    expect(summaryOf({ right: 2, total: 8 }, null, feelings, spanish).scoreNote).toMatch(
      /Importa más/,
    );
  });
});

function run(...actions: TryRunAction[]): TryRunState {
  return actions.reduce(tryRunReducer, initialTryRun);
}

describe('tryRunReducer', () => {
  it('checks nothing until an option is picked', () => {
    expect(run({ type: 'check', caseId: 'one' })).toEqual(initialTryRun);
  });

  it('records the checked answer and keeps it, then moves to the next case', () => {
    const checked = run(
      { type: 'choose', option: 'b' },
      { type: 'check', caseId: 'one' },
      { type: 'choose', option: 'a' },
    );
    expect(checked).toMatchObject({ checked: true, choice: 'b', answers: { one: 'b' } });
    expect(tryRunReducer(checked, { type: 'next', total: 3 })).toMatchObject({
      index: 1,
      choice: null,
      checked: false,
      answers: { one: 'b' },
    });
  });

  it('does not move on before checking', () => {
    expect(run({ type: 'choose', option: 'a' }, { type: 'next', total: 3 }).index).toBe(0);
  });

  it('finishes after the last case, then takes a feeling, and starts again', () => {
    const done = run(
      { type: 'choose', option: 'a' },
      { type: 'check', caseId: 'one' },
      { type: 'next', total: 1 },
    );
    expect(done.finished).toBe(true);
    expect(run({ type: 'feel', feeling: 'fine' }).feeling).toBeNull();
    expect(tryRunReducer(done, { type: 'feel', feeling: 'fine' }).feeling).toBe('fine');
    expect(tryRunReducer(done, { type: 'restart' })).toEqual(initialTryRun);
  });
});
