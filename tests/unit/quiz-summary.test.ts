import { describe, expect, it } from 'vitest';
import { encodeAnswers } from '@/lib/quiz/codec';
import { problemMessage } from '@/lib/quiz/messages';
import { classSummaryCsv, splitResultLine, summarizeClass } from '@/lib/quiz/summary';
import type { QuizDefinition } from '@/lib/quiz/types';
import miniQuiz from '../fixtures/quiz/mini-quiz.json';

const mini: QuizDefinition = miniQuiz.definition;
const names = { coding: 'Coding', billing: 'Billing', both: 'Hybrid', adjacent: 'Nearby' };
const link = (answers: (number | null)[]) =>
  `https://coder-or-biller.example/quiz/result/#r=${encodeAnswers(mini, answers)}`;

describe('splitResultLine', () => {
  it.each([
    ['a bare link', 'https://x.example/quiz/result/?r=1-abcd', { code: '1-abcd', label: null }],
    [
      'a name and a link',
      'Ana Ruiz: https://x.example/quiz/result/?r=1-abcd',
      { code: '1-abcd', label: 'Ana Ruiz' },
    ],
    [
      'a link, then a name',
      'https://x.example/quiz/result/?x=1&r=1-abcd#top  Ben',
      { code: '1-abcd', label: 'Ben' },
    ],
    ['a bare code', 'Cy, 1-abcd', { code: '1-abcd', label: 'Cy' }],
    [
      'a label that looks like a code beside a link',
      'Group 2-b https://x.example/?r=1-abcd',
      { code: '1-abcd', label: 'Group 2-b' },
    ],
    ['an empty result', 'https://x.example/quiz/result/?r=', { code: '', label: null }],
  ])('reads %s', (_, line, expected) => {
    expect(splitResultLine(line)).toEqual(expected);
  });

  it('finds nothing in a line without a result', () => {
    expect(splitResultLine('https://x.example/quiz/')).toBeNull();
    expect(splitResultLine('see you tomorrow')).toBeNull();
  });
});

describe('summarizeClass', () => {
  const pasted = [
    `Ana: ${link([0, 0, 0])}`,
    '',
    link([1, 1, 1]),
    'not a link at all',
    `Ben ${link([1, 1, 1]).slice(0, -2)}`,
    `${link([2, null, 3])}\r`,
    link([null, null, null]),
    `Dee ${link([0, 0, 0]).replace('/#r=1-', '/#r=7-')}`,
  ].join('\n');
  const summary = summarizeClass(pasted, [mini]);

  it('counts every valid line by its top outcome', () => {
    expect(summary.counts).toEqual({ coding: 1, billing: 1, both: 1, adjacent: 0 });
    expect(
      summary.students.map((student) => [student.line, student.label, student.result.top]),
    ).toEqual([
      [1, 'Ana', 'coding'],
      [3, null, 'billing'],
      [6, null, 'both'],
    ]);
  });

  it('lists invalid lines by number with their problem, and skips blank lines', () => {
    expect(summary.invalid).toEqual([
      { line: 4, problem: 'not-a-result-link' },
      { line: 5, problem: 'too-short' },
      { line: 7, problem: 'no-answers' },
      { line: 8, problem: 'unknown-version' },
    ]);
  });

  it('gives each student the reasons that pushed hardest toward their result', () => {
    expect(summary.students[0]?.topReasons).toEqual(['first-a', 'second-a']);
    expect(summary.students[1]?.topReasons).toEqual(['first-b', 'third-b']);
  });

  it('keeps a fresh code for each student rather than the pasted text', () => {
    const upper = summarizeClass(`Eve ${link([0, 1, 2]).toUpperCase().replace('#R=', '#r=')}`, [
      mini,
    ]);
    expect(upper.students[0]?.code).toBe(encodeAnswers(mini, [0, 1, 2]));
  });
});

describe('classSummaryCsv', () => {
  it('writes one row per pasted line in order, with problems in their own column', () => {
    const summary = summarizeClass(
      [`"Ana", A.: ${link([0, 0, 0])}`, 'nothing here', `=cmd() ${link([1, 1, 1])}`].join('\n'),
      [mini],
    );
    expect(classSummaryCsv(summary, names).split('\r\n')).toEqual([
      'Line,Student,Result,Coding (%),Billing (%),Hybrid (%),Nearby (%),Questions answered,Top reasons,Problem',
      '1,"""Ana"", A.",Coding,86,0,0,14,3 of 3,first-a second-a,',
      `2,,,,,,,,,${problemMessage('not-a-result-link')}`,
      "3,'=cmd(),Billing,0,71,0,29,3 of 3,first-b third-b,",
      '',
    ]);
  });
});
