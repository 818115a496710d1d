// The quiz as built from the content: every released version can be scored, and is the same quiz
// in both languages, so a result link gives the same result on the English and the Spanish page.
import { describe, expect, it } from 'vitest';
import { encodeAnswers, hasScoringRule, scoreAnswers, type QuizDefinition } from '@/lib/quiz';
import { getQuizDefinitions, getQuizOutcomes } from '@/lib/quiz/server';

/** A version without its words: what codes and scores depend on. */
function wordless(definition: QuizDefinition) {
  return {
    version: definition.version,
    certainty: definition.certainty,
    questions: definition.questions.map((question) => ({
      id: question.id,
      options: question.options.map((option) => ({ id: option.id, weights: option.weights })),
    })),
  };
}

describe('the released quiz versions', () => {
  it('each have the scoring rule they were released with', () => {
    const versions = getQuizDefinitions('en').map((definition) => definition.version);
    expect(versions.length).toBeGreaterThan(0);
    for (const version of versions) expect(hasScoringRule(version), `v${version}`).toBe(true);
  });

  it('are the same versions, ids and weights in Spanish, only in other words', () => {
    const english = getQuizDefinitions('en');
    const spanish = getQuizDefinitions('es');
    expect(spanish.map(wordless)).toEqual(english.map(wordless));
    const [first] = spanish[0]?.questions ?? [];
    expect(first?.prompt).not.toBe(english[0]?.questions[0]?.prompt);
    expect(first?.options[0]?.reason).toMatch(/codificación/);
  });

  it('give the same code and percentages for the same answers in both languages', () => {
    const english = getQuizDefinitions('en');
    const spanish = getQuizDefinitions('es');
    english.forEach((definition, index) => {
      const other = spanish[index];
      if (other === undefined) throw new Error(`no Spanish v${definition.version}`);
      // A spread of answers: the option index cycles with the question number.
      const answers = definition.questions.map((question, n) => n % question.options.length);
      expect(encodeAnswers(other, answers)).toBe(encodeAnswers(definition, answers));
      const [a, b] = [scoreAnswers(definition, answers), scoreAnswers(other, answers)];
      expect(a.kind === 'scored' && b.kind === 'scored' && b.percentages).toEqual(
        a.kind === 'scored' && a.percentages,
      );
    });
  });

  it('have outcomes with Spanish names and the same next steps', () => {
    const english = getQuizOutcomes('en');
    const spanish = getQuizOutcomes('es');
    expect(spanish.map((outcome) => outcome.name)).toEqual([
      'Codificación médica',
      'Facturación médica',
      'Facturación y codificación (mixto)',
      'Expedientes de salud o acceso de pacientes',
    ]);
    expect(spanish.map((outcome) => outcome.jobTitles.map((job) => job.slug))).toEqual(
      english.map((outcome) => outcome.jobTitles.map((job) => job.slug)),
    );
    // Job boards list English titles: a Spanish name comes with the English title beside it.
    expect(spanish[0]?.jobTitles[0]).toEqual({
      slug: 'medical-coder',
      name: 'Codificador médico',
      boardTitle: 'Medical Coder',
    });
    expect(english[0]?.jobTitles[0]).toEqual({ slug: 'medical-coder', name: 'Medical Coder' });
  });
});
