import { describe, expect, it } from 'vitest';
import { encodeAnswers } from '@/lib/quiz/codec';
import { problemMessage } from '@/lib/quiz/messages';
import { isPartialResult, summarizeClass, type StudentResult } from '@/lib/quiz/summary';
import {
  duplicateNote,
  studentNotes,
  summaryStatus,
  unfinishedNote,
} from '@/lib/quiz/summary-notes';
import { classSummaryCsv } from '@/lib/quiz/summary-csv';
import { nameKey, splitResultLine } from '@/lib/quiz/summary-lines';
import type { QuizDefinition } from '@/lib/quiz/types';
import { getMessages } from '@/lib/i18n/messages';
import miniQuiz from '../fixtures/quiz/mini-quiz.json';

const english = getMessages('en');
const problems = english.quiz.problems;
const notes = { locale: 'en' as const, words: english.counselors.notes };
const csvLanguage = {
  ...notes,
  columns: english.counselors.csv,
  answeredOf: english.counselors.summary.answeredOf,
  problems,
};

const mini: QuizDefinition = miniQuiz.definition;
const names = { coding: 'Coding', billing: 'Billing', both: 'Hybrid', adjacent: 'Nearby' };
const ORIGIN = 'https://coder-or-biller.example';
const link = (answers: (number | null)[]) =>
  `${ORIGIN}/quiz/result/#r=${encodeAnswers(mini, answers)}`;
/** The quiz page's own address while a student is part way through. */
const unfinishedLink = (answers: (number | null)[], question: number) =>
  `${ORIGIN}/quiz/#a=${encodeAnswers(mini, answers)}&q=${question}`;

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
    expect(splitResultLine(line)).toMatchObject({ ...expected, unfinished: false });
  });

  it('keeps the link as pasted', () => {
    expect(splitResultLine('Ana: https://x.example/quiz/result/#r=1-abcd')?.link).toBe(
      'https://x.example/quiz/result/#r=1-abcd',
    );
  });

  it('recognises an unfinished quiz link by its answers so far', () => {
    expect(splitResultLine('Dee https://x.example/quiz/#a=1-abcd&q=4')).toEqual({
      code: '1-abcd',
      label: 'Dee',
      link: 'https://x.example/quiz/#a=1-abcd&q=4',
      unfinished: true,
    });
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
    expect(summary.invalid.map(({ line, problem }) => ({ line, problem }))).toEqual([
      { line: 4, problem: 'not-a-result-link' },
      { line: 5, problem: 'too-short' },
      { line: 7, problem: 'no-answers' },
      { line: 8, problem: 'unknown-version' },
    ]);
    expect(summary.invalid[0]?.link).toBeNull();
    expect(summary.invalid[1]?.link).toBe(link([1, 1, 1]).slice(0, -2));
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

describe('duplicates', () => {
  const summary = summarizeClass(
    [
      `Ana: ${link([0, 0, 0])}`,
      link([1, 1, 1]),
      `Ana: ${link([0, 0, 0])}`,
      link([1, 1, 1]),
      `  ana   ${link([2, 2, 2])}`,
      `Ben ${link([0, 0, 0])}`,
      `Cy ${link([1, 1, 1]).toUpperCase().replace('#R=', '#r=')}`,
      `Dee ${link([2, null, 3])}`,
    ].join('\n'),
    [mini],
  );

  it('counts a link pasted twice once, keeping the first line', () => {
    expect(summary.students.map((student) => student.line)).toEqual([1, 2, 8]);
    expect(summary.counts).toEqual({ coding: 1, billing: 1, both: 1, adjacent: 0 });
  });

  it('says which earlier line each duplicate repeats, and why', () => {
    expect(summary.duplicates.map(({ line, of, reason }) => ({ line, of, reason }))).toEqual([
      { line: 3, of: 1, reason: 'same-link' },
      { line: 4, of: 2, reason: 'same-link' },
      // The same name with other answers: the first line is kept, whatever the second says.
      { line: 5, of: 1, reason: 'same-name' },
      // The same answers under another name, or in another case, are still the same link.
      { line: 6, of: 1, reason: 'same-link' },
      { line: 7, of: 2, reason: 'same-link' },
    ]);
    expect(summary.duplicates[2]?.student.result.top).toBe('both');
  });

  it('compares names without case or extra spaces', () => {
    expect(nameKey('  Ana   María ')).toBe(nameKey('ana maría'));
    expect(nameKey('Ana')).not.toBe(nameKey('Anna'));
  });
});

describe('unfinished quiz links', () => {
  const summary = summarizeClass(
    [
      `Eve: ${unfinishedLink([0, null, null], 2)}`,
      unfinishedLink([null, null, null], 1),
      `Fay ${unfinishedLink([0, 0, 0], 3).slice(0, -6)}`,
      `Gus ${link([0, null, null])}`,
    ].join('\n'),
    [mini],
  );

  it('names a quiz page link as an unfinished quiz, with how far the student got', () => {
    expect(summary.unfinished).toEqual([
      {
        line: 1,
        label: 'Eve',
        answered: 1,
        questionCount: 3,
        link: unfinishedLink([0, null, null], 2),
      },
      {
        line: 2,
        label: null,
        answered: 0,
        questionCount: 3,
        link: unfinishedLink([null, null, null], 1),
      },
    ]);
    expect(unfinishedNote(1, 3, notes)).toMatch(/ask them to finish and send the result link/);
  });

  it('leaves unfinished quizzes out of the counts, and a damaged one is a damaged link', () => {
    expect(summary.students.map((student) => student.line)).toEqual([4]);
    expect(summary.invalid.map(({ line, problem }) => ({ line, problem }))).toEqual([
      { line: 3, problem: 'too-short' },
    ]);
  });

  it('flags a result with skipped questions as partial', () => {
    const partial = (pasted: string) =>
      summarizeClass(pasted, [mini]).students.map((student) => isPartialResult(student.result));
    expect(partial(link([0, null, null]))).toEqual([true]);
    expect(partial(link([0, 1, 2]))).toEqual([false]);
  });
});

describe('classSummaryCsv', () => {
  it('writes one row per pasted line in order, with its result link and a note', () => {
    const summary = summarizeClass(
      [
        `"Ana", A.: ${link([0, 0, 0])}`,
        'nothing here',
        `=cmd() ${link([1, 1, 1])}`,
        `Ben ${link([0, 0, 0])}`,
        `Cy ${unfinishedLink([0, null, null], 2)}`,
        `Dee ${link([0, null, 0])}`,
      ].join('\n'),
      [mini],
    );
    expect(
      classSummaryCsv(summary, names, 'http://localhost:3000', csvLanguage).split('\r\n'),
    ).toEqual([
      'Line,Student,Result,Coding (%),Billing (%),Hybrid (%),Nearby (%),Questions answered,Top reasons,Result link,Note',
      `1,"""Ana"", A.",Coding,86,0,0,14,3 of 3,first-a second-a,http://localhost:3000/quiz/result/#r=${encodeAnswers(mini, [0, 0, 0])},`,
      `2,,,,,,,,,,${problemMessage('not-a-result-link', problems)}`,
      `3,'=cmd(),Billing,0,71,0,29,3 of 3,first-b third-b,http://localhost:3000/quiz/result/#r=${encodeAnswers(mini, [1, 1, 1])},`,
      `4,Ben,Coding,86,0,0,14,3 of 3,first-a second-a,http://localhost:3000/quiz/result/#r=${encodeAnswers(mini, [0, 0, 0])},"${duplicateNote('same-link', 1, notes)}"`,
      `5,Cy,,,,,,1 of 3,,${unfinishedLink([0, null, null], 2)},${unfinishedNote(1, 3, notes)}`,
      expect.stringMatching(/^6,Dee,Coding,.*,2 of 3,.*,Partial: 2 of 3 questions answered\.$/),
      '',
    ]);
  });
});

describe('summaryStatus', () => {
  it('says what was counted and what was not, in words', () => {
    const pasted = [link([0, 0, 0]), link([0, 0, 0]), unfinishedLink([0, null, null], 2), 'hi'];
    expect(summaryStatus(summarizeClass(pasted.join('\n'), [mini]), notes)).toBe(
      '1 student counted; 1 line pasted twice; 1 unfinished quiz; 1 line could not be read.',
    );
    expect(
      summaryStatus(summarizeClass([link([0, 0, 0]), link([1, 1, 1])].join('\n'), [mini]), notes),
    ).toBe('2 students counted.');
  });
});

describe('uncertain results in the class summary', () => {
  const names = {
    coding: 'Medical coding',
    billing: 'Medical billing',
    both: 'Billing and coding',
    adjacent: 'Health records',
  };
  const student = (certainty: StudentResult['certainty'], answered: number): StudentResult => ({
    line: 1,
    label: null,
    code: 'x',
    result: {
      kind: 'scored' as const,
      version: 1,
      top: 'coding' as const,
      percentages: { coding: 40, billing: 38, both: 12, adjacent: 10 },
      points: { coding: 8, billing: 7, both: 2, adjacent: 2 },
      pushes: [],
      answered,
      questionCount: 4,
    },
    certainty,
    topReasons: [],
  });

  it('says a near tie is uncertain, naming both paths', () => {
    const split = student({ level: 'split', contenders: ['coding', 'billing'], missing: 0 }, 4);
    expect(studentNotes(split, names, notes)).toEqual([
      'Uncertain: split between Medical coding and Medical billing.',
    ]);
  });

  it('gives a partial, unsure result both notes, partial first', () => {
    const few = student({ level: 'few-answers', contenders: ['coding'], missing: 2 }, 1);
    expect(studentNotes(few, names, notes)).toEqual([
      'Partial: 1 of 4 questions answered.',
      'Uncertain: too few answers for a clear result (2 more needed).',
    ]);
  });

  it('has no note for a clear, complete result', () => {
    expect(
      studentNotes(
        student({ level: 'clear', contenders: ['coding'], missing: 0 }, 4),
        names,
        notes,
      ),
    ).toEqual([]);
  });

  it('scores each pasted result by its version’s own certainty rule', () => {
    const link = `/quiz/result/#r=${encodeAnswers(
      mini,
      mini.questions.map(() => 0),
    )}`;
    const [counted] = summarizeClass(link, [mini]).students;
    expect(counted?.certainty.level).toBeDefined();
    expect(['clear', 'split', 'few-answers']).toContain(counted?.certainty.level);
  });
});

describe('the class summary in both languages', () => {
  const spanish = getMessages('es');
  const spanishNotes = { locale: 'es' as const, words: spanish.counselors.notes };
  const spanishLink = (answers: (number | null)[]) =>
    `${ORIGIN}/es/quiz/result/#r=${encodeAnswers(mini, answers)}`;

  it('reads a result link and an unfinished quiz link made on the Spanish pages', () => {
    expect(splitResultLine(`Ana: ${spanishLink([0, 1, 2])}`)).toEqual({
      code: encodeAnswers(mini, [0, 1, 2]),
      label: 'Ana',
      link: spanishLink([0, 1, 2]),
      unfinished: false,
    });
    expect(
      splitResultLine(`Bea ${ORIGIN}/es/quiz/#a=${encodeAnswers(mini, [0, null, null])}&q=2`),
    ).toMatchObject({ code: encodeAnswers(mini, [0, null, null]), unfinished: true });
  });

  it('counts links from both languages alike, and the same answers in either as one link', () => {
    const summary = summarizeClass(
      [
        `Ana ${link([0, 0, 0])}`,
        `Ben ${spanishLink([1, 1, 1])}`,
        `Cy ${spanishLink([0, 0, 0])}`,
      ].join('\n'),
      [mini],
    );
    expect(summary.students.map((student) => student.result.top)).toEqual(['coding', 'billing']);
    expect(summary.duplicates.map(({ line, of, reason }) => ({ line, of, reason }))).toEqual([
      { line: 3, of: 1, reason: 'same-link' },
    ]);
  });

  it('writes its status and CSV in Spanish, each link opening the Spanish result page', () => {
    const summary = summarizeClass([link([0, 0, 0]), 'hola'].join('\n'), [mini]);
    expect(summaryStatus(summary, spanishNotes)).toBe(
      '1 estudiante contado; 1 línea que no se pudo leer.',
    );
    const [header, first] = classSummaryCsv(summary, names, ORIGIN, {
      ...spanishNotes,
      columns: spanish.counselors.csv,
      answeredOf: spanish.counselors.summary.answeredOf,
      problems: spanish.quiz.problems,
    }).split('\r\n');
    expect(header).toMatch(/^Línea,Estudiante,Resultado,Coding \(%\),/);
    expect(first).toContain(`,3 de 3,`);
    expect(first).toContain(`${ORIGIN}/es/quiz/result/#r=${encodeAnswers(mini, [0, 0, 0])}`);
  });
});
