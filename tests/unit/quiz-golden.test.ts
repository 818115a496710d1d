// Released quiz versions must keep their meaning: these real links, made with each version, have to
// open with the same answers and the same result for as long as the site runs. When a new version
// ships, add its own golden file and test; never edit an older one.
import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers } from '@/lib/quiz/codec';
import { getCurrentQuiz, getQuizDefinitions } from '@/lib/quiz/server';
import { readResultCode } from '@/lib/quiz/links';
import { scoreAnswers } from '@/lib/quiz/registry';
import v1Golden from '../fixtures/quiz/v1-golden.json';
import v1Scoring from '../fixtures/quiz/v1-scoring.json';

const definitions = getQuizDefinitions('en');

describe('quiz version 1', () => {
  const v1 = definitions.find((definition) => definition.version === 1);

  it('is still released with the same questions, options and weights', () => {
    expect(
      v1 && {
        version: v1.version,
        questions: v1.questions.map((question) => ({
          id: question.id,
          options: question.options.map((option) => ({ id: option.id, weights: option.weights })),
        })),
      },
    ).toEqual(v1Scoring);
  });

  it.each(v1Golden.links)('opens the link "$name" with its original result', (golden) => {
    const decoded = decodeAnswers(readResultCode(new URL(golden.link).hash), definitions);
    if (!decoded.ok) throw new Error(`the link no longer decodes: ${decoded.error}`);
    expect(decoded.definition.version).toBe(1);
    const optionIds = decoded.answers.map((answer, index) =>
      answer === null ? null : decoded.definition.questions[index]?.options[answer]?.id,
    );
    expect(optionIds).toEqual(golden.answers);

    const result = scoreAnswers(decoded.definition, decoded.answers);
    expect(
      result.kind === 'scored'
        ? {
            kind: result.kind,
            percentages: result.percentages,
            top: result.top,
            answered: result.answered,
          }
        : { kind: result.kind },
    ).toEqual(golden.expected);
    expect(encodeAnswers(decoded.definition, decoded.answers)).toBe(
      readResultCode(new URL(golden.link).hash),
    );
  });
});

describe('released quiz content', () => {
  it('offers the newest version to new quiz takers', () => {
    expect(getCurrentQuiz('en').version).toBe(
      Math.max(...definitions.map((definition) => definition.version)),
    );
  });

  it('has between twelve and sixteen questions of three or four options in each version', () => {
    for (const definition of definitions) {
      expect(definition.questions.length).toBeGreaterThanOrEqual(12);
      expect(definition.questions.length).toBeLessThanOrEqual(16);
      for (const question of definition.questions) {
        expect(question.options.length).toBeGreaterThanOrEqual(3);
        expect(question.options.length).toBeLessThanOrEqual(4);
      }
    }
  });

  it('shows no figures in its questions, options or reasons', () => {
    const texts = definitions.flatMap((definition) =>
      definition.questions.flatMap((question) => [
        question.prompt,
        ...question.options.flatMap((option) => [option.label, option.reason]),
      ]),
    );
    expect(texts.filter((text) => /[0-9]/.test(text))).toEqual([]);
  });

  it('lets every outcome win with some set of answers', () => {
    const current = getCurrentQuiz('en');
    for (const outcome of ['coding', 'billing', 'both', 'adjacent'] as const) {
      const answers = current.questions.map((question) => {
        const best = Math.max(...question.options.map((option) => option.weights[outcome]));
        return question.options.findIndex((option) => option.weights[outcome] === best);
      });
      const result = scoreAnswers(current, answers);
      expect(result.kind === 'scored' && result.top).toBe(outcome);
    }
  });
});
