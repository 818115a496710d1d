import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers } from '@/lib/quiz/codec';
import type { QuizDefinition } from '@/lib/quiz/types';
import miniQuiz from '../fixtures/quiz/mini-quiz.json';

const mini: QuizDefinition = miniQuiz.definition;

/** A quiz of the given shape: one entry per question, its number of options. */
function quizOfShape(version: number, optionCounts: readonly number[]): QuizDefinition {
  return {
    version,
    released: '2026-11-26',
    questions: optionCounts.map((count, question) => ({
      id: `q${question}`,
      prompt: `Question ${question}`,
      options: Array.from({ length: count }, (_, option) => ({
        id: `o${option}`,
        label: `Option ${option}`,
        reason: `Reason ${option}`,
        weights: { coding: option, billing: 1, both: 0, adjacent: 0 },
      })),
    })),
    certainty: { minAnswers: 1, closeMargin: 5 },
  };
}

/** A released v1 shape (twelve questions of four options, two of three) and a later v2. */
const v1Shape = quizOfShape(1, [4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 4, 4, 4]);
const v2Shape = quizOfShape(2, [4, 4, 5, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 2]);
const released = [v1Shape, v2Shape];

function answersFor(definition: QuizDefinition) {
  return fc.tuple(
    ...definition.questions.map((question) =>
      fc.option(fc.nat(question.options.length - 1), { nil: null }),
    ),
  );
}

describe('encodeAnswers', () => {
  it('writes the version, a dash, the payload and two check characters', () => {
    const code = encodeAnswers(mini, [0, 1, 2]);
    // Four times four times five answer sets fit in two base-32 characters.
    expect(code).toMatch(/^1-[0-9a-z]{4}$/);
    expect(
      encodeAnswers(
        v1Shape,
        v1Shape.questions.map(() => 0),
      ),
    ).toMatch(/^1-[0-9a-z]{9}$/);
  });

  it('writes answers that name no option as skipped', () => {
    expect(encodeAnswers(mini, [9, -1, 0.5])).toBe(encodeAnswers(mini, [null, null, null]));
    expect(encodeAnswers(mini, [2])).toBe(encodeAnswers(mini, [2, null, null]));
  });

  it('gives different answer sets different codes', () => {
    expect(encodeAnswers(mini, [0, 0, 0])).not.toBe(encodeAnswers(mini, [0, 0, 1]));
  });
});

describe('decodeAnswers', () => {
  const code = encodeAnswers(v1Shape, [0, 1, 2, 3, null, 0, 1, 2, 3, 2, 0, null, 1, 2]);

  it('reads a code back with its version', () => {
    const decoded = decodeAnswers(code, released);
    expect(decoded).toEqual({
      ok: true,
      definition: v1Shape,
      answers: [0, 1, 2, 3, null, 0, 1, 2, 3, 2, 0, null, 1, 2],
    });
  });

  it('accepts upper case and surrounding spaces', () => {
    expect(decodeAnswers(`  ${code.toUpperCase()}\n`, released).ok).toBe(true);
  });

  it.each([
    ['an empty code', '', 'empty'],
    ['only spaces', '   ', 'empty'],
    ['no version', code.slice(2), 'malformed'],
    ['a letter a code never has', `${code.slice(0, -1)}u`, 'invalid-character'],
    ['a full stop after the code', `${code}.`, 'invalid-character'],
    ['markup', '<script>alert(1)</script>', 'malformed'],
    ['a leading zero in the version', `0${code}`, 'malformed'],
    ['a version never released', `9${code.slice(1)}`, 'unknown-version'],
    ['a cut-off code', code.slice(0, -3), 'too-short'],
    ['an extra character', `${code}0`, 'too-long'],
    ['a very long code', `1-${'0'.repeat(500)}`, 'malformed'],
  ])('rejects %s', (_, input, error) => {
    expect(decodeAnswers(input, released)).toEqual({ ok: false, error });
  });

  it('catches any single changed character', () => {
    const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
    for (let position = 2; position < code.length; position += 1) {
      for (const replacement of alphabet) {
        if (replacement === code[position]) continue;
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(decodeAnswers(changed, released)).toEqual({ ok: false, error: 'checksum' });
      }
    }
  });

  it('rejects a payload beyond the last answer set even with a valid check', () => {
    // One question of two options has three answer sets (skipped, first, second): digits 0 to 2.
    const tiny = quizOfShape(3, [2]);
    const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
    const outcomes = [...alphabet].flatMap((first) =>
      [...alphabet].map((second) => decodeAnswers(`3-5${first}${second}`, [tiny])),
    );
    // Exactly one pair of check characters fits the payload "5"; every other pair fails the check.
    expect(
      outcomes.filter((decoded) => !decoded.ok && decoded.error === 'out-of-range'),
    ).toHaveLength(1);
    expect(outcomes.filter((decoded) => !decoded.ok && decoded.error === 'checksum')).toHaveLength(
      1023,
    );
  });
});

describe('codec properties', () => {
  it('never throws on any text, and only ever returns answers or a known error', () => {
    const errors = [
      'empty',
      'malformed',
      'unknown-version',
      'invalid-character',
      'too-short',
      'too-long',
      'checksum',
      'out-of-range',
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string(),
          fc.stringMatching(/^[0-9]{1,3}-[0-9a-z]{0,14}$/),
          fc.webUrl(),
        ),
        (input) => {
          const decoded = decodeAnswers(input, released);
          if (decoded.ok) {
            expect(decoded.answers).toHaveLength(decoded.definition.questions.length);
          } else {
            expect(errors).toContain(decoded.error);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('decodes every encoded answer set to the same answers (v1 shape)', () => {
    fc.assert(
      fc.property(answersFor(v1Shape), (answers) => {
        expect(decodeAnswers(encodeAnswers(v1Shape, answers), released)).toEqual({
          ok: true,
          definition: v1Shape,
          answers,
        });
      }),
      { numRuns: 10_000 },
    );
  });

  it('decodes every encoded answer set to the same answers (any quiz shape)', () => {
    const shapes = fc
      .tuple(
        fc.integer({ min: 1, max: 999 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 40 }),
      )
      .map(([version, counts]) => quizOfShape(version, counts));
    fc.assert(
      fc.property(
        shapes.chain((definition) => fc.tuple(fc.constant(definition), answersFor(definition))),
        ([definition, answers]) => {
          expect(decodeAnswers(encodeAnswers(definition, answers), [definition])).toEqual({
            ok: true,
            definition,
            answers,
          });
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
